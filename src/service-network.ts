import { Annotations, Arn, ArnFormat, IResource, Names, RemovalPolicy, Resource, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { allowCloudWatchLogs } from './private/logs-key';
import { latticeName } from './private/names';
import { addResourceLimitValidation } from './private/resource-limit';
import { isUnresolved, show, validateArn, validateExactlyOne, validateLatticeName } from './private/validation';

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

const SERVICE_NETWORK_ARN = /^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:servicenetwork\/sn-[0-9a-z]+$/;
const SERVICE_NETWORK_ID = /^sn-[0-9a-z]+$/;
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
    validateExactlyOne({
      serviceNetworkArn: attrs.serviceNetworkArn,
      serviceNetworkId: attrs.serviceNetworkId,
    });
    if (attrs.serviceNetworkArn !== undefined) {
      validateArn('serviceNetworkArn', attrs.serviceNetworkArn, SERVICE_NETWORK_ARN,
        'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0');
    }
    if (attrs.serviceNetworkId !== undefined && !isUnresolved(attrs.serviceNetworkId)
      && !SERVICE_NETWORK_ID.test(attrs.serviceNetworkId)) {
      throw new Error(`serviceNetworkId must look like 'sn-0123456789abcdef0', got ${show(attrs.serviceNetworkId)}`);
    }

    class Import extends Resource implements IServiceNetwork {
      public readonly serviceNetworkId: string;
      public readonly serviceNetworkArn: string;

      constructor() {
        super(scope, id, attrs.serviceNetworkArn !== undefined ? { environmentFromArn: attrs.serviceNetworkArn } : {});
        if (attrs.serviceNetworkArn !== undefined) {
          this.serviceNetworkArn = attrs.serviceNetworkArn;
          this.serviceNetworkId = Arn.split(attrs.serviceNetworkArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
        } else {
          this.serviceNetworkId = attrs.serviceNetworkId!;
          this.serviceNetworkArn = Stack.of(this).formatArn({
            service: 'vpc-lattice',
            resource: 'servicenetwork',
            resourceName: this.serviceNetworkId,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          });
        }
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

  constructor(scope: Construct, id: string, props: ServiceNetworkProps = {}) {
    // AWS::VpcLattice::ServiceNetwork Name: 3-63 characters, pattern
    // ^(?!servicenetwork-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$ (the reserved prefix is
    // `servicenetwork-`, not the `sn-` of the ids;
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetwork.html)
    validateLatticeName('serviceNetworkName', props.serviceNetworkName, { minLength: 3, maxLength: 63, reservedPrefix: SERVICE_NETWORK_RESERVED_PREFIX });
    super(scope, id, { physicalName: props.serviceNetworkName });
    addResourceLimitValidation(this);

    const authType = props.authType ?? ServiceNetworkAuthType.NONE;
    if (props.authPolicy !== undefined && authType !== ServiceNetworkAuthType.AWS_IAM) {
      throw new Error(`authPolicy requires authType AWS_IAM, got authType ${show(authType)}`);
    }
    const logsOn = validateAccessLogProps(props);

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
        this.accessLogEncryptionKey = props.accessLogEncryptionKey ?? this.createAccessLogKey(props);
        this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
          logGroupName: this.accessLogGroupName(),
          retention: props.accessLogRetention ?? logs.RetentionDays.ONE_YEAR,
          encryptionKey: this.accessLogEncryptionKey,
          removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
        });
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

  /** A customer managed key that only CloudWatch Logs in this Region may use, for this log group. */
  private createAccessLogKey(props: ServiceNetworkProps): kms.IKey {
    const key = new kms.Key(this, 'AccessLogKey', {
      description: `Encrypts the VPC Lattice access logs of ${this.node.path}`,
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    allowCloudWatchLogs(key, 'AllowCloudWatchLogsForThisLogGroup', this.accessLogGroupName());
    return key;
  }
}

/** Checks the access log props against each other; true when access logs are on. */
function validateAccessLogProps(props: ServiceNetworkProps): boolean {
  const createdOnly = {
    accessLogRetention: props.accessLogRetention,
    accessLogEncryptionKey: props.accessLogEncryptionKey,
    removalPolicy: props.removalPolicy,
  };
  const given = Object.entries(createdOnly).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (props.accessLogGroup !== undefined) {
    if (props.accessLogs === false) {
      throw new Error(`accessLogGroup ${show(props.accessLogGroup.node.path)} turns access logs on, but accessLogs is false`);
    }
    if (given.length > 0) {
      throw new Error(`${given.join(', ')} apply only to a log group this construct creates: remove ${given.length > 1 ? 'them' : 'it'} or accessLogGroup ${show(props.accessLogGroup.node.path)}`);
    }
    return true;
  }
  if (props.accessLogs !== true && given.length > 0) {
    throw new Error(`${given.join(', ')} apply only to access logs: set accessLogs to true (got accessLogs ${show(props.accessLogs)})`);
  }
  return props.accessLogs === true;
}
