import { Annotations, IResource, Names, RemovalPolicy, Resource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { accessLogValueRules, guardAccessLogProps, newAccessLogGroup } from './private/access-logs';
import { SERVICE_NETWORK_ARN } from './private/arns';
import { idAndArn } from './private/imports';
import { latticeName } from './private/names';
import { ruleFromCheck, throwIfAny, ValidationRule } from './private/rules';
import { hasMembers, isUnresolved, show, validateBoolean, validateEnum, validateLatticeName } from './private/validation';

/**
 * A VPC Lattice service network.
 */
export interface IServiceNetwork extends IResource {
  /**
   * The id of the service network, such as `sn-0123456789abcdef0`.
   * @attribute
   */
  readonly serviceNetworkId: string;

  /**
   * The ARN of the service network.
   * @attribute
   */
  readonly serviceNetworkArn: string;

  /**
   * Whether the service network is, or may be, shared with other accounts through AWS
   * RAM, when known. A resource configuration with `allowAssociationToSharableServiceNetwork:
   * false` cannot be associated with such a network. A `ServiceNetwork` made here is shareable.
   */
  readonly shareable?: boolean;
}

/**
 * How a service network authenticates requests to the HTTP services in it.
 *
 * Neither value has any effect on resource configurations (databases) in the
 * network: VPC Lattice does not apply service network auth policies to them.
 */
export enum ServiceNetworkAuthType {
  /** No IAM authentication. */
  NONE = 'NONE',
  /**
   * IAM authentication of requests to services, governed by the auth policy.
   * Does not apply to resource configurations.
   */
  AWS_IAM = 'AWS_IAM',
}

/**
 * What identifies an existing service network. Give exactly one of
 * `serviceNetworkArn` and `serviceNetworkId`.
 */
export interface ServiceNetworkAttributes {
  /**
   * The ARN of the service network.
   * @default - built from `serviceNetworkId` in this stack's account and region
   */
  readonly serviceNetworkArn?: string;

  /**
   * The id of the service network, such as `sn-0123456789abcdef0`.
   * @default - derived from `serviceNetworkArn`
   */
  readonly serviceNetworkId?: string;

  /**
   * Whether the service network is, or may be, shared with other accounts through AWS
   * RAM (its sharing configuration is enabled), so that a resource configuration that
   * may not be associated with a shareable network can be refused.
   * @default - unknown
   */
  readonly shareable?: boolean;
}

/**
 * Properties of a `ServiceNetwork`.
 */
export interface ServiceNetworkProps {
  /**
   * The name of the service network: 3-63 lowercase letters, digits and single
   * hyphens, not starting with `servicenetwork-`. Names are unique in the account:
   * changing a fixed name replaces the network.
   * @default - a name derived from the construct path, ending in a hash of the values
   * whose change replaces the network
   */
  readonly serviceNetworkName?: string;

  /**
   * How the network authenticates requests to the HTTP services in it. This does
   * not protect the databases (resource configurations) in the network.
   * @default ServiceNetworkAuthType.NONE
   */
  readonly authType?: ServiceNetworkAuthType;

  /**
   * The auth policy of the network (`vpc-lattice-svcs:Invoke` statements). Only
   * with `ServiceNetworkAuthType.AWS_IAM`. It governs HTTP services only: it does
   * NOT protect resource configurations, so it is no access control for databases.
   * @default - no auth policy
   */
  readonly authPolicy?: iam.PolicyDocument;

  /**
   * Whether to send the network's resource access logs to a new CloudWatch Logs
   * log group.
   * @default false
   */
  readonly accessLogs?: boolean;

  /**
   * An existing log group to send the network's resource access logs to. Implies
   * access logs; cannot be combined with `accessLogRetention`,
   * `accessLogEncryptionKey` or `removalPolicy`, which apply to a created group only.
   * @default - a new log group when `accessLogs` is true, none otherwise
   */
  readonly accessLogGroup?: logs.ILogGroup;

  /**
   * How long the created access log group keeps its logs.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly accessLogRetention?: logs.RetentionDays;

  /**
   * The KMS key that encrypts the created access log group. Its key policy must let
   * the CloudWatch Logs service principal of this Region use it.
   * @default - a new customer managed key with rotation on, usable only by CloudWatch
   * Logs in this Region for this log group
   */
  readonly accessLogEncryptionKey?: kms.IKey;

  /**
   * What happens to the created access log group (and to the key created for it)
   * when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * A service network id: `sn-` and 17 lowercase letters or digits (the resourceIdentifier
 * pattern `((sn)|(svc))-[0-9a-z]{17}` of AWS::VpcLattice::AuthPolicy,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html,
 * and of PutAuthPolicy, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html).
 */
const SERVICE_NETWORK_ID = /^sn-[0-9a-z]{17}$/;

/**
 * The longest auth policy VPC Lattice takes: "Length Constraints: Minimum length of 0.
 * Maximum length of 36864" (PutAuthPolicy policy,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html).
 */
const AUTH_POLICY_MAX_LENGTH = 36864;

/** The name prefix CloudFormation reserves (the ids start with `sn-`, names may). */
const SERVICE_NETWORK_RESERVED_PREFIX = 'servicenetwork-';

/** The id of the warning that an auth policy does not protect resource configurations. */
const AUTH_POLICY_WARNING = 'cdk-lattice-shared-database:authPolicyDoesNotProtectResources';

/**
 * A VPC Lattice service network (`AWS::VpcLattice::ServiceNetwork`) meant to carry
 * shared databases (resource configurations).
 *
 * The network is created with sharing enabled (`sharingConfig.enabled: true`) so it
 * can be shared with other accounts through AWS RAM. Access logs, when enabled, are
 * resource access logs (`serviceNetworkLogType: RESOURCE`), the kind that records
 * connections to resource configurations.
 *
 * @example
 * const network = new ServiceNetwork(this, 'Network', { accessLogs: true });
 */
export class ServiceNetwork extends Resource implements IServiceNetwork {
  /**
   * Imports an existing service network by id or ARN.
   */
  public static fromServiceNetworkAttributes(scope: Construct, id: string, attrs: ServiceNetworkAttributes): IServiceNetwork {
    // type guard: the attributes must be an object
    if (attrs !== undefined && (attrs === null || typeof attrs !== 'object')) {
      throw new Error(`attrs must be ServiceNetworkAttributes with serviceNetworkArn or serviceNetworkId, got ${show(attrs)}`);
    }
    const given: ServiceNetworkAttributes = attrs ?? {};

    const imported = idAndArn(scope, {
      construct: 'ServiceNetwork.fromServiceNetworkAttributes',
      idProp: 'serviceNetworkId',
      arnProp: 'serviceNetworkArn',
      id: given.serviceNetworkId,
      arn: given.serviceNetworkArn,
      service: 'vpc-lattice',
      resourceType: 'servicenetwork',
      what: 'service network',
      // the id, alone and inside the ARN, follows the id pattern (`sn-[0-9a-z]{17}` and
      // `servicenetwork/sn-[0-9a-z]{17}` in the AWS::VpcLattice::AuthPolicy ResourceIdentifier pattern,
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html)
      idPattern: SERVICE_NETWORK_ID,
      idExample: 'sn-0123456789abcdef0',
      idShape: 'sn- and 17 lowercase letters or digits',
      arnRules: SERVICE_NETWORK_ARN,
      arnFirst: true,
    }, [
      ruleFromCheck(() => validateBoolean('shareable', given.shareable)),
    ]);

    class Import extends Resource implements IServiceNetwork {
      public readonly serviceNetworkId = imported.id;
      public readonly serviceNetworkArn = imported.arn;
      public readonly shareable = given.shareable;

      constructor() {
        super(scope, id, { environmentFromArn: imported.environmentFromArn });
      }
    }
    return new Import();
  }

  /**
   * Imports an existing service network by ARN.
   */
  public static fromServiceNetworkArn(scope: Construct, id: string, serviceNetworkArn: string): IServiceNetwork {
    return ServiceNetwork.fromServiceNetworkAttributes(scope, id, { serviceNetworkArn });
  }

  /**
   * Imports an existing service network by id, in this stack's account and region.
   */
  public static fromServiceNetworkId(scope: Construct, id: string, serviceNetworkId: string): IServiceNetwork {
    return ServiceNetwork.fromServiceNetworkAttributes(scope, id, { serviceNetworkId });
  }

  /** The id of the service network. */
  public readonly serviceNetworkId: string;
  /** The ARN of the service network. */
  public readonly serviceNetworkArn: string;
  /** The name of the service network. */
  public readonly serviceNetworkName: string;
  /** The log group that receives the resource access logs, when access logs are on. */
  public readonly accessLogGroup?: logs.ILogGroup;
  /** The key that encrypts the access log group this construct created. */
  public readonly accessLogEncryptionKey?: kms.IKey;
  /**
   * Whether the network can be shared through AWS RAM: always true, since it is created
   * with sharing enabled (optional only because jsii forbids narrowing `IServiceNetwork.shareable`).
   */
  public readonly shareable?: boolean;

  constructor(scope: Construct, id: string, props: ServiceNetworkProps = {}) {
    // type guards: what the rules below read must be there and of its type
    if (props === null || typeof props !== 'object') {
      throw new Error(`props must be ServiceNetworkProps (or left out), got ${show(props)}`);
    }
    if (props.serviceNetworkName !== undefined && !isUnresolved(props.serviceNetworkName) && typeof props.serviceNetworkName !== 'string') {
      throw new Error(`serviceNetworkName must be a string, got ${show(props.serviceNetworkName)}`);
    }
    const authPolicy = props.authPolicy;
    // an iam.PolicyDocument by what it has (no instanceof: another copy of aws-cdk-lib makes another class)
    if (authPolicy !== undefined && !hasMembers(authPolicy, 'addStatements', 'statementCount', 'resolve')) {
      throw new Error(`authPolicy must be an iam.PolicyDocument (iam.PolicyDocument.fromJson(json) makes one of a JSON policy), got ${show(authPolicy)}`);
    }
    guardAccessLogProps(props, scope);

    // the value rules, all reported at once
    const authType = props.authType ?? ServiceNetworkAuthType.NONE;
    throwIfAny('ServiceNetwork', [
      // AWS::VpcLattice::ServiceNetwork Name: 3-63 characters, pattern
      // ^(?!servicenetwork-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$ (the reserved prefix is
      // `servicenetwork-`, not the `sn-` of the ids;
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetwork.html)
      ruleFromCheck(() => validateLatticeName('serviceNetworkName', props.serviceNetworkName,
        { minLength: 3, maxLength: 63, reservedPrefix: SERVICE_NETWORK_RESERVED_PREFIX })),
      // AuthType allowed values NONE | AWS_IAM (AWS::VpcLattice::ServiceNetwork, linked above)
      ruleFromCheck(() => validateEnum('authType', props.authType, ServiceNetworkAuthType, 'ServiceNetworkAuthType')),
      {
        // the library's rule: "The auth policy is only active when the auth type is set to AWS_IAM"
        // (PutAuthPolicy response, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html)
        condition: () => authPolicy !== undefined && !isUnresolved(authType) && authType !== ServiceNetworkAuthType.AWS_IAM,
        message: () => `authPolicy requires authType AWS_IAM, got authType ${show(authType)}`,
      },
      ...accessLogRules(scope, props),
    ]);

    super(scope, id, { physicalName: props.serviceNetworkName });

    if (authPolicy !== undefined) {
      addAuthPolicyValidation(this, authPolicy);
    }
    const logsOn = props.accessLogGroup !== undefined || props.accessLogs === true;

    // Name and SharingConfig replace the network ("Update requires: Replacement" in the
    // AWS::VpcLattice::ServiceNetwork reference, linked above): the generated name carries a
    // hash of the sharing configuration, so a replacement gets a new name.
    const sharingConfig = { enabled: true };
    if (props.serviceNetworkName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:fixedServiceNetworkName',
        `serviceNetworkName ${show(props.serviceNetworkName)} is fixed: VPC Lattice names are unique in the account and CloudFormation creates a replacement before it deletes the old network, `
        + 'so a change that replaces the network fails unless the name changes in the same deployment (a new name itself replaces the network, and every association with it).');
    }
    const resource = new vpclattice.CfnServiceNetwork(this, 'Resource', {
      name: props.serviceNetworkName ?? latticeName(this, 63, SERVICE_NETWORK_RESERVED_PREFIX, { sharingConfig }),
      authType,
      sharingConfig,
    });
    this.serviceNetworkId = resource.attrId;
    this.serviceNetworkArn = resource.attrArn;
    this.serviceNetworkName = resource.name!;
    // created with sharing enabled (sharingConfig above): RAM can share it
    this.shareable = sharingConfig.enabled;

    if (authType === ServiceNetworkAuthType.AWS_IAM) {
      Annotations.of(this).addWarningV2(AUTH_POLICY_WARNING,
        'The auth policy of a VPC Lattice service network does NOT apply to resource configurations: it does not protect the '
        + 'databases in this network. Control access to them with the RAM share, the consumer endpoint security group, the '
        + 'resource gateway and database security groups, and database authentication with TLS. If this network also carries '
        + `HTTP services the policy is meant for, acknowledge this warning with Annotations.of(network).acknowledgeWarning('${AUTH_POLICY_WARNING}', reason).`);
    }
    if (props.authPolicy !== undefined) {
      new vpclattice.CfnAuthPolicy(this, 'AuthPolicy', {
        resourceIdentifier: this.serviceNetworkId,
        policy: props.authPolicy,
      });
    }

    if (logsOn) {
      if (props.accessLogGroup !== undefined) {
        this.accessLogGroup = props.accessLogGroup;
      } else {
        const created = newAccessLogGroup(this, {
          logGroupName: this.accessLogGroupName(),
          keyDescription: `Encrypts the VPC Lattice access logs of ${this.node.path}`,
          retention: props.accessLogRetention,
          encryptionKey: props.accessLogEncryptionKey,
          removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
        });
        this.accessLogEncryptionKey = props.accessLogEncryptionKey ?? created.createdKey;
        this.accessLogGroup = created.logGroup;
      }
      new vpclattice.CfnAccessLogSubscription(this, 'AccessLogSubscription', {
        resourceIdentifier: this.serviceNetworkId,
        destinationArn: this.accessLogGroup.logGroupArn,
        serviceNetworkLogType: 'RESOURCE',
      });
    }
  }

  /**
   * The name of the created access log group. It is fixed (derived from the
   * construct path) so the key policy can name the log group without a circular
   * reference; the `/aws/vendedlogs/` prefix is the one CloudWatch Logs recommends
   * for logs that AWS services deliver.
   */
  private accessLogGroupName(): string {
    return `/aws/vendedlogs/vpclattice/${Names.uniqueResourceName(this, { maxLength: 200, separator: '-' })}`;
  }

}

/**
 * At synth, an auth policy must hold a statement (AWS::VpcLattice::AuthPolicy Policy,
 * "Required: Yes": an empty document renders no Policy,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html)
 * and be at most 36864 characters long (PutAuthPolicy,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html), counting only its
 * literal text (a token adds at least nothing). Statements can be added after the network
 * is created, so both are judged then.
 */
function addAuthPolicyValidation(network: ServiceNetwork, authPolicy: iam.PolicyDocument): void {
  network.node.addValidation({
    validate: () => {
      if (authPolicy.isEmpty) {
        return ['authPolicy has no statements: AWS::VpcLattice::AuthPolicy requires a policy, and an empty iam.PolicyDocument renders none. Add statements, or leave authPolicy out.'];
      }
      const length = leastJsonLength(Stack.of(network).resolve(authPolicy));
      if (length > AUTH_POLICY_MAX_LENGTH) {
        return [`authPolicy must be at most ${AUTH_POLICY_MAX_LENGTH} characters of JSON, got at least ${length} (${authPolicy.statementCount} statements): `
          + 'merge statements (several principals or actions in one), or use wildcards and conditions'];
      }
      return [];
    },
  });
}

/**
 * The least length the JSON of a resolved CloudFormation value can have once deployed: the
 * literal parts of `Fn::Join` count, every other intrinsic (`Ref`, `Fn::GetAtt`, ...)
 * counts as nothing.
 */
function leastJsonLength(resolved: unknown): number {
  const marker = '\u0000intrinsic\u0000';
  const lower = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map(lower);
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
        const args = (value as Record<string, unknown>)[keys[0]];
        if (keys[0] === 'Fn::Join' && Array.isArray(args) && typeof args[0] === 'string' && Array.isArray(args[1])) {
          return args[1].map(part => (typeof part === 'string' ? part : '')).join(args[0]);
        }
        return marker;
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lower(v)]));
    }
    return value;
  };
  return (JSON.stringify(lower(resolved)) ?? '').split(JSON.stringify(marker)).join('').length;
}

/**
 * The rules of the access log props and their pairs. Tokens are accepted as they are,
 * except for `accessLogs`. Run `guardAccessLogProps` first.
 *
 * @param scope the scope of the network, to show tokens in
 */
function accessLogRules(scope: Construct, props: ServiceNetworkProps): ValidationRule[] {
  const createdOnly: Record<string, string | undefined> = {
    accessLogRetention: props.accessLogRetention !== undefined ? show(props.accessLogRetention, scope) : undefined,
    accessLogEncryptionKey: props.accessLogEncryptionKey !== undefined ? show(props.accessLogEncryptionKey.node.path) : undefined,
    removalPolicy: props.removalPolicy !== undefined ? show(props.removalPolicy) : undefined,
  };
  const given = Object.entries(createdOnly).filter(([, v]) => v !== undefined);
  const givenText = given.map(([k, v]) => `${k} ${v}`).join(', ');
  const apply = given.length > 1 ? 'apply' : 'applies';
  const them = given.length > 1 ? 'them' : 'it';
  const group = props.accessLogGroup;
  return [
    ...accessLogValueRules(props, scope, 'which resources the network creates'),
    ruleFromCheck(() => validateEnum('removalPolicy', props.removalPolicy, RemovalPolicy, 'RemovalPolicy')),
    {
      condition: () => group !== undefined && props.accessLogs === false,
      message: () => `accessLogGroup ${show(group!.node.path)} turns access logs on, but accessLogs is false: remove one of them`,
    },
    {
      condition: () => group !== undefined && given.length > 0,
      message: () => `${givenText} ${apply} only to a log group this construct creates, not to accessLogGroup ${show(group!.node.path)}: remove ${them} or accessLogGroup`,
    },
    {
      condition: () => group === undefined && props.accessLogs !== true && given.length > 0,
      message: () => `${givenText} ${apply} only to access logs: set accessLogs to true or remove ${them} (got accessLogs ${show(props.accessLogs)})`,
    },
  ];
}
