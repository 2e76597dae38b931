import { Annotations, CfnOutput, Fn, Resource, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct, IConstruct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import { RESOURCE_CONFIGURATION_ARN, SERVICE_NETWORK_ARN } from './private/arns';
import { ChosenDnsOptions, CHOSEN_PREFERENCE, chooseDnsOptions, isUnverifiable, NeededDomain, vpcDnsAttributesRule } from './private/consumer-dns';
import { ruleFromCheck, throwIfAny, ValidationRule } from './private/rules';
import { ownSecurityGroups } from './private/security-groups';
import { selectPrivateSubnets, validateVpc } from './private/subnets';
import {
  hasMembers,
  isPlainObject,
  isUnresolved,
  show,
  validateArn,
  validateBoolean,
  validateEntries,
  validateEnum,
  validateExactlyOne,
  validatePropsObject,
  validateRange,
  validateString,
} from './private/validation';
import { IServiceNetwork } from './service-network';

/**
 * For which domain names VPC Lattice creates private hosted zones in the consumer VPC
 * when private DNS is on (`DnsOptions.PrivateDnsPreference`).
 */
export enum PrivateDnsPreference {
  /** Only custom domain names the provider has verified. */
  VERIFIED_DOMAINS_ONLY = 'VERIFIED_DOMAINS_ONLY',
  /** Every custom domain name, verified or not (for example an `rds.amazonaws.com` name). */
  ALL_DOMAINS = 'ALL_DOMAINS',
  /** Verified custom domain names plus the ones listed in `privateDnsSpecifiedDomains`. */
  VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS = 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS',
  /** Only the domain names listed in `privateDnsSpecifiedDomains`. */
  SPECIFIED_DOMAINS_ONLY = 'SPECIFIED_DOMAINS_ONLY',
}

/**
 * Private DNS settings shared by `SharedDatabaseEndpoint` and `SharedServiceNetworkConnection`.
 */
export interface ConsumerDnsOptions {
  /**
   * Whether VPC Lattice manages private hosted zones in this VPC, so that the custom
   * domain names of the shared resource configurations resolve to this endpoint.
   * @default true
   */
  readonly privateDnsEnabled?: boolean;

  /**
   * For which domain names private hosted zones are created. Needs `privateDnsEnabled`.
   * Given, it is written as it is, and the construct warns when it leaves a custom domain
   * name that applications need (`customDomainName`, `customDomainNames`) unresolved.
   * @default - `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` when the construct knows custom domain
   * names applications need that may be unverified (it lists them as the specified domains);
   * otherwise the service default (`VERIFIED_DOMAINS_ONLY`)
   */
  readonly privateDnsPreference?: PrivateDnsPreference;

  /**
   * The domain names to create private hosted zones for, with
   * `PrivateDnsPreference.VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` or `SPECIFIED_DOMAINS_ONLY`
   * (and only with those), and private DNS enabled. At most 10 on a VPC association.
   * @default - the custom domain names applications need, when the construct chooses the
   * preference; otherwise none
   */
  readonly privateDnsSpecifiedDomains?: string[];
}

/**
 * The options of a `SharedDatabaseEndpoint` that do not say which database it reaches: what
 * `SharedDatabaseEndpoint.fromProviderOutputs` takes besides the provider's values.
 */
export interface SharedDatabaseEndpointOptions extends ConsumerDnsOptions {
  /**
   * The consumer VPC the endpoint is created in. It must not be the VPC of the
   * resource gateway.
   */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets the endpoint places its network interfaces in. Pick subnets in
   * Availability Zones the provider's resource gateway also uses.
   * @default - the VPC's isolated subnets if it has any, otherwise its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the endpoint. They control who in this VPC may connect.
   * @default - a new security group with no ingress (open it with `connections`) and no egress
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Whether to add stack outputs with the names applications use: `Hostname` (the endpoint's
   * `hostname`) and `DnsEntries` (its DNS entries, comma-separated).
   * @default true
   */
  readonly outputs?: boolean;
}

/**
 * Properties of a `SharedDatabaseEndpoint`. Give exactly one of `resourceConfiguration`
 * and `resourceConfigurationArn`.
 */
export interface SharedDatabaseEndpointProps extends SharedDatabaseEndpointOptions {
  /**
   * The resource configuration to connect to, when it is defined in this CDK app
   * (same account, or shared through RAM and imported).
   * @default - give `resourceConfigurationArn`
   */
  readonly resourceConfiguration?: IResourceConfiguration;

  /**
   * The ARN of a resource configuration shared with this account, such as
   * `arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0`.
   * @default - give `resourceConfiguration`
   */
  readonly resourceConfigurationArn?: string;

  /**
   * The TCP port of the database (1-65535): the default port of `connections`. With a
   * `resourceConfiguration` that knows its port it must be that port: the endpoint
   * forwards no other.
   * @default - `resourceConfiguration.port`; required with `resourceConfigurationArn`
   */
  readonly port?: number;

  /**
   * The custom domain name of the shared resource configuration, as the provider publishes it:
   * for a `LatticeSharedDatabase` with `customDomainNameFromDatabase`, the RDS endpoint hostname,
   * the name the database's TLS certificate covers. Applications connect by this name
   * (`hostname`). Unless `privateDnsPreference` or `privateDnsSpecifiedDomains` is given, the
   * endpoint sets the private DNS preference `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` with
   * exactly this name, so that VPC Lattice creates a private hosted zone for it in this VPC,
   * verified or not. It must be the configuration's custom domain name: another name gets no
   * zone.
   * @default - the custom domain name of `resourceConfiguration` when it is a resource
   * configuration of this app that has one (without a domain verification; with one, the
   * service default preference resolves it); none with `resourceConfigurationArn`
   */
  readonly customDomainName?: string;
}

/**
 * The values a provider prints for the consumers of one shared database (the stack outputs of
 * `SecureDatabaseAccess`, or of your own provider stack), as strings, for
 * `SharedDatabaseEndpoint.fromProviderOutputs`.
 */
export interface ProviderOutputs {
  /**
   * The ARN of the resource configuration shared with this account (the `ResourceConfigurationArn`
   * output of `SecureDatabaseAccess`).
   */
  readonly resourceConfigurationArn: string;

  /**
   * The TCP port of the database as the provider prints it (the `DatabasePort` output), such as
   * `'5432'`. A value only known at deploy time (a CloudFormation parameter, such as a shared SSM
   * parameter read with `ssm.StringParameter.fromStringParameterArn`) is taken as it is.
   */
  readonly databasePort: string;

  /**
   * The custom domain name of the resource configuration, when the provider set one (with
   * `customDomainNameFromDatabase`, the database's endpoint hostname). An empty string stands for
   * none.
   * @default - none: applications connect to the endpoint's generated DNS name
   */
  readonly customDomainName?: string;
}


/**
 * A resource endpoint (`AWS::EC2::VPCEndpoint` of type `Resource`) in a consumer VPC,
 * reaching one database shared through a VPC Lattice resource configuration.
 *
 * The endpoint has its own security group, closed by default: open it with
 * `endpoint.connections.allowDefaultPortFrom(...)`. Applications connect to `hostname` on
 * `port`: the configuration's custom domain name when private DNS resolves it to this endpoint
 * (give `customDomainName`; for an RDS hostname the TLS certificate then verifies), else
 * `dnsName`, a generated name the certificate does not cover.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const app: ec2.ISecurityGroup;
 * const endpoint = new SharedDatabaseEndpoint(this, 'Database', {
 *   vpc,
 *   resourceConfigurationArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0',
 *   port: 5432,
 *   // the provider's customDomainNameFromDatabase: the RDS hostname resolves to this endpoint
 *   customDomainName: 'orders.abc123xyz.us-east-1.rds.amazonaws.com',
 * });
 * endpoint.connections.allowDefaultPortFrom(app);
 */
export class SharedDatabaseEndpoint extends Resource implements ec2.IConnectable {
  /**
   * A resource endpoint made from the values a provider prints for its consumers (the
   * configuration ARN, the port as a string, the custom domain name if any), for example
   * from `cdk.json` context or `cdk deploy --outputs-file`, or from shared SSM parameters read as
   * CloudFormation parameters.
   *
   * @param scope the scope of the endpoint
   * @param id the construct id of the endpoint
   * @param providerOutputs the provider's values
   * @param options the consumer's own settings: the VPC, subnets, security groups, DNS options
   */
  public static fromProviderOutputs(scope: Construct, id: string, providerOutputs: ProviderOutputs,
    options: SharedDatabaseEndpointOptions): SharedDatabaseEndpoint {
    if (!isPlainObject(providerOutputs)) {
      throw new Error(`fromProviderOutputs needs providerOutputs, an object with resourceConfigurationArn and databasePort, got ${show(providerOutputs, scope)}`);
    }
    if (!isPlainObject(options)) {
      throw new Error(`fromProviderOutputs needs options, an object with vpc, got ${show(options, scope)}`);
    }
    const loose = options as SharedDatabaseEndpointProps;
    throwIfAny('SharedDatabaseEndpoint.fromProviderOutputs', [
      ruleFromCheck(() => validateString('providerOutputs.resourceConfigurationArn', providerOutputs.resourceConfigurationArn, scope)),
      ruleFromCheck(() => validateString('providerOutputs.customDomainName', providerOutputs.customDomainName, scope)),
      {
        condition: () => providerOutputs.databasePort === undefined || parsePort(providerOutputs.databasePort) === undefined,
        message: () => `providerOutputs.databasePort must be the port the provider printed, a whole number from 1 to 65535 such as '5432', got ${show(providerOutputs.databasePort, scope)}`,
      },
      ...(['resourceConfiguration', 'resourceConfigurationArn', 'port', 'customDomainName'] as const).map((key): ValidationRule => ({
        condition: () => loose[key] !== undefined,
        message: () => `options.${key} cannot be given to fromProviderOutputs, which takes it from providerOutputs; got ${show(loose[key], scope)}`,
      })),
    ]);
    return new SharedDatabaseEndpoint(scope, id, {
      ...options,
      resourceConfigurationArn: providerOutputs.resourceConfigurationArn,
      port: parsePort(providerOutputs.databasePort),
      customDomainName: providerOutputs.customDomainName === '' ? undefined : providerOutputs.customDomainName,
    });
  }

  /** The id of the VPC endpoint, such as `vpce-0123456789abcdef0`. */
  public readonly vpcEndpointId: string;

  /**
   * The DNS entries of the endpoint (`Fn::GetAtt DnsEntries`), each
   * `<hosted zone id>:<DNS name>`. Known at deploy time only.
   */
  public readonly dnsEntries: string[];

  /**
   * The DNS name of the first entry of `dnsEntries`: a name VPC Lattice generates for
   * this endpoint and configuration. The database's TLS certificate does not cover it.
   */
  public readonly dnsName: string;

  /**
   * The name applications connect to: the configuration's custom domain name when the
   * endpoint's private DNS settings give it a private hosted zone in this VPC, else `dnsName`.
   * With a custom domain name that is the RDS endpoint hostname, TLS hostname verification
   * (`sslmode=verify-full`, `ssl-mode=VERIFY_IDENTITY`) works on this name.
   */
  public readonly hostname: string;

  /**
   * The custom domain name of the configuration that private DNS resolves to this endpoint,
   * when there is one.
   */
  public readonly customDomainName?: string;

  /** The ARN of the resource configuration this endpoint reaches. */
  public readonly resourceConfigurationArn: string;

  /** The TCP port of the database. */
  public readonly port: number;

  /** The network connections of the endpoint's security groups, with `port` as default port. */
  public readonly connections: ec2.Connections;

  /** The security group the endpoint created, when none was given. */
  public readonly securityGroup?: ec2.ISecurityGroup;

  /** The underlying CloudFormation resource. */
  private readonly resource: ec2.CfnVPCEndpoint;

  constructor(scope: Construct, id: string, props: SharedDatabaseEndpointProps) {
    validatePropsObject('SharedDatabaseEndpoint', 'vpc and resourceConfiguration or resourceConfigurationArn', props, scope);
    super(scope, id);

    // type guards: what the rules below would crash on
    validateVpc(props.vpc);
    if (props.resourceConfiguration !== undefined && !(Construct.isConstruct(props.resourceConfiguration)
      && hasMembers(props.resourceConfiguration, 'resourceConfigurationArn'))) {
      throw new Error('resourceConfiguration must be an IResourceConfiguration (a LatticeSharedDatabase, or one imported with '
        + `LatticeSharedDatabase.fromResourceConfigurationArn), got ${show(props.resourceConfiguration, this)}`
        + (typeof props.resourceConfiguration === 'string' ? ': give an ARN as resourceConfigurationArn' : ''));
    }
    validateDnsOptionTypes(props);
    validateString('customDomainName', props.customDomainName, this);

    const configurationDomain = configurationCustomDomain(props.resourceConfiguration);
    const needed = neededDomain(props.customDomainName, configurationDomain);
    throwIfAny('SharedDatabaseEndpoint', [
      ruleFromCheck(() => validateExactlyOne({
        resourceConfiguration: props.resourceConfiguration,
        resourceConfigurationArn: props.resourceConfigurationArn,
      })),
      // arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}
      // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
      ruleFromCheck(() => {
        if (props.resourceConfigurationArn !== undefined) {
          validateArn('resourceConfigurationArn', props.resourceConfigurationArn, RESOURCE_CONFIGURATION_ARN, this);
        }
      }),
      ...endpointPortRules(props, this),
      ...dnsOptionRules(props, false, this),
      notGatewayVpcRule(props.resourceConfiguration, props.vpc),
      ...customDomainNameRules('customDomainName', props.customDomainName === undefined ? [] : [props.customDomainName], this),
      {
        // a resource endpoint reaches one configuration, which "can only have one custom domain" (VPC
        // Lattice User Guide, https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html):
        // a private hosted zone is created for that name, never for another
        condition: () => props.customDomainName !== undefined && configurationDomain !== undefined
          && !isUnresolved(props.customDomainName) && !isUnresolved(configurationDomain.name)
          && props.customDomainName.toLowerCase() !== configurationDomain.name.toLowerCase(),
        message: () => `customDomainName ${show(props.customDomainName)} differs from the custom domain name of resourceConfiguration `
          + `${show(props.resourceConfiguration!.node.path)} (${show(configurationDomain!.name)}): VPC Lattice resolves only the configuration's own name. Leave customDomainName out`,
      },
      vpcDnsAttributesRule(props.vpc, needed, props.privateDnsEnabled !== false, this),
    ]);

    // endpointPortRules refused a port that is unknown
    const port = (props.port ?? props.resourceConfiguration?.port)!;
    this.port = port;
    this.resourceConfigurationArn = props.resourceConfiguration?.resourceConfigurationArn ?? props.resourceConfigurationArn!;

    const subnetIds = selectEndpointSubnets(this, props.vpc, props.vpcSubnets);
    const securityGroups = ownSecurityGroups(this, props.vpc, props.securityGroups,
      'VPC Lattice resource endpoint of a shared database');
    this.securityGroup = props.securityGroups ? undefined : securityGroups[0];
    this.connections = new ec2.Connections({ securityGroups, defaultPort: ec2.Port.tcp(port) });

    const dns = chooseDnsOptions(props, needed);
    warnUnresolved(this, dns);
    this.resource = new ec2.CfnVPCEndpoint(this, 'Resource', {
      vpcEndpointType: 'Resource',
      vpcId: props.vpc.vpcId,
      resourceConfigurationArn: this.resourceConfigurationArn,
      subnetIds,
      securityGroupIds: securityGroups.map(sg => sg.securityGroupId),
      privateDnsEnabled: props.privateDnsEnabled ?? true,
      dnsOptions: dns.dnsOptions,
    });

    this.vpcEndpointId = this.resource.attrId;
    this.dnsEntries = this.resource.attrDnsEntries;
    this.dnsName = Fn.select(1, Fn.split(':', Fn.select(0, this.resource.attrDnsEntries)));
    this.customDomainName = dns.resolved[0]?.name;
    this.hostname = this.customDomainName ?? this.dnsName;

    if (props.outputs !== false) {
      new CfnOutput(this, 'Hostname', {
        value: this.hostname,
        description: this.customDomainName !== undefined
          ? 'Host name applications connect to: the custom domain name of the shared database, resolved to this endpoint by private DNS'
          : 'Host name applications connect to: the DNS name VPC Lattice generated for this endpoint (the database certificate does not cover it)',
      });
      new CfnOutput(this, 'DnsEntries', {
        value: Fn.join(',', this.dnsEntries),
        description: 'DNS entries of the resource endpoint, each <hosted zone id>:<DNS name>',
      });
    }
  }
}

/** The port in a provider's output: a whole number from 1 to 65535 as a string (or a number), or a token. */
function parsePort(value: unknown): number | undefined {
  if (typeof value === 'string' && Token.isUnresolved(value)) {
    return Token.asNumber(value);
  }
  const port = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * The custom domain name of a resource configuration of this app, read from its CloudFormation
 * resource (a `LatticeSharedDatabase`'s), with whether it names a domain verification; undefined
 * for an import or a configuration without one.
 */
function configurationCustomDomain(configuration: IResourceConfiguration | undefined): NeededDomain | undefined {
  const resource = configuration?.node.defaultChild;
  if (!vpclattice.CfnResourceConfiguration.isCfnResourceConfiguration(resource) || typeof resource.customDomainName !== 'string') {
    return undefined;
  }
  return {
    name: resource.customDomainName,
    from: `the custom domain name of resourceConfiguration ${show(configuration!.node.path)}`,
    verified: resource.domainVerificationId !== undefined ? true : isUnverifiable(resource.customDomainName) ? false : undefined,
  };
}

/** The name a `SharedDatabaseEndpoint` needs resolved: `customDomainName`, else its configuration's. */
function neededDomain(customDomainName: string | undefined, configurationDomain: NeededDomain | undefined): NeededDomain[] {
  if (customDomainName !== undefined) {
    return [{ name: customDomainName, from: 'customDomainName', verified: isUnverifiable(customDomainName) ? false : undefined }];
  }
  return configurationDomain !== undefined ? [configurationDomain] : [];
}

/**
 * Warns about each needed custom domain name that private DNS will not resolve to the endpoint:
 * applications cannot reach the database by it.
 */
function warnUnresolved(scope: IConstruct, dns: ChosenDnsOptions): void {
  for (const [domain, reason] of dns.unresolved) {
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:customDomainNotResolved',
      `${domain.from} ${show(domain.name, scope)} gets no private hosted zone in this VPC (${reason}), so it does not resolve to this endpoint: `
      + 'applications must connect to the generated DNS name, which the database certificate does not cover, unless you create the DNS record yourself. '
      + `To resolve it, leave privateDnsPreference and privateDnsSpecifiedDomains out (the construct then lists the name), or list it with ${CHOSEN_PREFERENCE}.`);
  }
}

/**
 * Custom domain names a consumer gives: domain names of at most 255 characters ("The total length
 * of a domain name cannot exceed 255 bytes, including the dots", Route 53 DNS domain name format,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html) with labels of at
 * most 63; no wildcard (a configuration's custom domain name is one name). Tokens are accepted.
 */
function customDomainNameRules(prop: string, names: unknown[], scope: IConstruct): ValidationRule[] {
  return names.map((name, index): ValidationRule => ({
    condition: () => !isUnresolved(name) && (typeof name !== 'string' || name.length > 255 || name.startsWith('*') || !SPECIFIED_DOMAIN.test(name)),
    message: () => `${prop}${names.length > 1 || prop.endsWith('s') ? `[${index}]` : ''} must be a domain name such as 'orders.abc123xyz.us-east-1.rds.amazonaws.com' `
      + `(at most 255 characters, labels of at most 63, no wildcard), got ${show(name, scope)}`,
  }));
}

/**
 * How a consumer VPC joins a shared service network.
 */
export enum ServiceNetworkConnectionType {
  /**
   * A service network endpoint (`AWS::EC2::VPCEndpoint` of type `ServiceNetwork`) in
   * chosen subnets. A VPC can have endpoints to several service networks.
   */
  ENDPOINT = 'ENDPOINT',
  /**
   * A service network VPC association (`AWS::VpcLattice::ServiceNetworkVpcAssociation`).
   * A VPC can be associated with only one service network.
   */
  VPC_ASSOCIATION = 'VPC_ASSOCIATION',
}

/**
 * Properties of a `SharedServiceNetworkConnection`. Give exactly one of
 * `serviceNetwork` and `serviceNetworkArn`.
 */
export interface SharedServiceNetworkConnectionProps extends ConsumerDnsOptions {
  /** The consumer VPC that joins the service network. */
  readonly vpc: ec2.IVpc;

  /**
   * How the VPC joins the service network.
   * @default ServiceNetworkConnectionType.ENDPOINT
   */
  readonly connectionType?: ServiceNetworkConnectionType;

  /**
   * The service network, when it is defined in this CDK app (same account).
   * @default - give `serviceNetworkArn`
   */
  readonly serviceNetwork?: IServiceNetwork;

  /**
   * The ARN of a service network shared with this account, such as
   * `arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0`.
   * Across accounts VPC Lattice needs the ARN, not the id.
   * @default - give `serviceNetwork`
   */
  readonly serviceNetworkArn?: string;

  /**
   * The subnets of the endpoint's network interfaces. Only with
   * `ServiceNetworkConnectionType.ENDPOINT`.
   * @default - the VPC's isolated subnets if it has any, otherwise its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the endpoint or association.
   * @default - a new security group with no ingress (open it with `connections`) and no egress
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * The TCP port of the database (1-65535): the default port of `connections`.
   * @default - `connections` has no default port: name ports in its calls
   */
  readonly port?: number;

  /**
   * Custom domain names of resource configurations in the service network that applications in
   * this VPC connect by, such as the RDS endpoint hostnames that providers set with
   * `customDomainNameFromDatabase`. Unless `privateDnsPreference` or `privateDnsSpecifiedDomains`
   * is given, the connection sets the private DNS preference
   * `VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` with exactly these names (at most 10 on a VPC
   * association), so that VPC Lattice creates private hosted zones for them, verified or not,
   * besides those of verified domains.
   * @default - none: private hosted zones only for verified custom domain names (the service default)
   */
  readonly customDomainNames?: string[];
}

/** Marks a `SharedServiceNetworkConnection`, for `isSharedServiceNetworkConnection`. */
const CONNECTION_SYMBOL = Symbol.for('cdk-lattice-shared-database.SharedServiceNetworkConnection');

/**
 * Joins a consumer VPC to a VPC Lattice service network shared with it, so that every
 * resource configuration in that network (each shared database) becomes reachable.
 *
 * By default this is a service network endpoint, which leaves the VPC free to reach
 * other service networks too. `ServiceNetworkConnectionType.VPC_ASSOCIATION` uses a VPC
 * association instead: a VPC can have only one, and synthesis fails when this app
 * associates the same VPC twice.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const app: ec2.ISecurityGroup;
 * const network = new SharedServiceNetworkConnection(this, 'Network', {
 *   vpc,
 *   serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0',
 *   port: 5432,
 * });
 * network.connections.allowDefaultPortFrom(app);
 */
export class SharedServiceNetworkConnection extends Resource implements ec2.IConnectable {
  /**
   * Whether the value is a `SharedServiceNetworkConnection`, also one made by another copy
   * of this library.
   *
   * @param x the value to test
   */
  public static isSharedServiceNetworkConnection(x: any): x is SharedServiceNetworkConnection {
    return x !== null && typeof x === 'object' && CONNECTION_SYMBOL in x;
  }

  /** The ARN of the service network joined. */
  public readonly serviceNetworkArn: string;

  /** How the VPC joined the service network. */
  public readonly connectionType: ServiceNetworkConnectionType;

  /** The id of the service network endpoint; undefined with a VPC association. */
  public readonly vpcEndpointId?: string;

  /**
   * The DNS entries of the service network endpoint (`<hosted zone id>:<DNS name>`);
   * undefined with a VPC association.
   */
  public readonly dnsEntries?: string[];

  /** The id of the service network VPC association; undefined with an endpoint. */
  public readonly serviceNetworkVpcAssociationId?: string;

  /** The VPC that joined the service network. */
  public readonly vpc: ec2.IVpc;

  /** The TCP port given as `port`, if any. */
  public readonly port?: number;

  /** The network connections of the endpoint's or association's security groups. */
  public readonly connections: ec2.Connections;

  /** The security group this construct created, when none was given. */
  public readonly securityGroup?: ec2.ISecurityGroup;

  constructor(scope: Construct, id: string, props: SharedServiceNetworkConnectionProps) {
    validatePropsObject('SharedServiceNetworkConnection', 'vpc and serviceNetwork or serviceNetworkArn', props, scope);
    super(scope, id);
    Object.defineProperty(this, CONNECTION_SYMBOL, { value: true });

    // type guards: what the rules below would crash on
    validateVpc(props.vpc);
    if (props.serviceNetwork !== undefined && !(Construct.isConstruct(props.serviceNetwork)
      && hasMembers(props.serviceNetwork, 'serviceNetworkArn'))) {
      throw new Error('serviceNetwork must be an IServiceNetwork (a ServiceNetwork, or one imported with ServiceNetwork.fromServiceNetworkArn), '
        + `got ${show(props.serviceNetwork, this)}`
        + (typeof props.serviceNetwork === 'string' ? ': give an ARN as serviceNetworkArn' : ''));
    }
    validateDnsOptionTypes(props);
    validateEntries('customDomainNames', props.customDomainNames, 'a domain name');

    this.connectionType = props.connectionType ?? ServiceNetworkConnectionType.ENDPOINT;
    this.vpc = props.vpc;
    const vpcAssociation = this.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION;
    const literalNames: unknown[] = props.customDomainNames !== undefined && !isUnresolved(props.customDomainNames) ? props.customDomainNames : [];
    const needed: NeededDomain[] = props.customDomainNames === undefined ? []
      : isUnresolved(props.customDomainNames) ? [{ name: Token.asString(props.customDomainNames), from: 'customDomainNames' }]
        : props.customDomainNames.map(name => ({ name, from: 'customDomainNames', verified: isUnverifiable(name) ? false : undefined }));
    throwIfAny('SharedServiceNetworkConnection', [
      ruleFromCheck(() => validateExactlyOne({ serviceNetwork: props.serviceNetwork, serviceNetworkArn: props.serviceNetworkArn })),
      // arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId}
      // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
      ruleFromCheck(() => {
        if (props.serviceNetworkArn !== undefined) {
          validateArn('serviceNetworkArn', props.serviceNetworkArn, SERVICE_NETWORK_ARN, this);
        }
      }),
      // the port of a resource configuration's port ranges, "for example: 1-65535"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
      ruleFromCheck(() => validateRange('port', props.port, 1, 65535)),
      // a value from JavaScript, JSON or YAML ('endpoint' for 'ENDPOINT') must not pick a branch silently
      ruleFromCheck(() => validateEnum('connectionType', props.connectionType, ServiceNetworkConnectionType, 'ServiceNetworkConnectionType')),
      ...dnsOptionRules(props, vpcAssociation, this),
      {
        condition: () => vpcAssociation && props.vpcSubnets !== undefined,
        message: () => `vpcSubnets only applies to ServiceNetworkConnectionType.ENDPOINT, got connectionType ${show(this.connectionType)}`,
      },
      singleAssociationRule(this),
      ...customDomainNameRules('customDomainNames', literalNames, this),
      {
        // PrivateDnsSpecifiedDomains of a VPC association: "Maximum: 255 | 10" (page above)
        condition: () => vpcAssociation && props.privateDnsPreference === undefined && props.privateDnsSpecifiedDomains === undefined
          && literalNames.length > MAX_ASSOCIATION_SPECIFIED_DOMAINS,
        message: () => `customDomainNames holds at most ${MAX_ASSOCIATION_SPECIFIED_DOMAINS} domain names on a VPC association, whose private DNS specified domains they become; got ${literalNames.length}`,
      },
      vpcDnsAttributesRule(props.vpc, needed, props.privateDnsEnabled !== false, this),
    ]);
    const dns = chooseDnsOptions(props, needed, props.customDomainNames);
    warnUnresolved(this, dns);

    this.port = props.port;
    this.serviceNetworkArn = props.serviceNetwork?.serviceNetworkArn ?? props.serviceNetworkArn!;

    const securityGroups = ownSecurityGroups(this, props.vpc, props.securityGroups,
      'VPC Lattice service network access for shared databases');
    this.securityGroup = props.securityGroups ? undefined : securityGroups[0];
    this.connections = new ec2.Connections({
      securityGroups,
      defaultPort: props.port !== undefined ? ec2.Port.tcp(props.port) : undefined,
    });

    switch (this.connectionType) {
      case ServiceNetworkConnectionType.ENDPOINT: {
        const endpoint = new ec2.CfnVPCEndpoint(this, 'Resource', {
          vpcEndpointType: 'ServiceNetwork',
          vpcId: props.vpc.vpcId,
          serviceNetworkArn: this.serviceNetworkArn,
          subnetIds: selectEndpointSubnets(this, props.vpc, props.vpcSubnets),
          securityGroupIds: securityGroups.map(sg => sg.securityGroupId),
          privateDnsEnabled: props.privateDnsEnabled ?? true,
          dnsOptions: dns.dnsOptions,
        });
        this.vpcEndpointId = endpoint.attrId;
        this.dnsEntries = endpoint.attrDnsEntries;
        break;
      }
      case ServiceNetworkConnectionType.VPC_ASSOCIATION: {
        // singleAssociationRule refused a VPC that this app associates twice
        // "You can connect a VPC to only one service network through an association" (VPC Lattice
        // User Guide, https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html),
        // and the identifiers, PrivateDnsEnabled and DnsOptions replace the association
        // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkvpcassociation.html):
        // CloudFormation creates the replacement while the old association still holds the VPC.
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:vpcAssociationReplacementConflicts',
          'A VPC association cannot be changed in place: changing the service network, privateDnsEnabled or the private DNS options later replaces it, '
          + 'and the replacement is created while the old association still holds the VPC (a VPC can be associated with only one service network), so the update fails. '
          + 'Remove the connection in one deployment and create the new one in the next.');
        const association = new vpclattice.CfnServiceNetworkVpcAssociation(this, 'Resource', {
          vpcIdentifier: props.vpc.vpcId,
          serviceNetworkIdentifier: this.serviceNetworkArn,
          securityGroupIds: securityGroups.map(sg => sg.securityGroupId),
          privateDnsEnabled: props.privateDnsEnabled ?? true,
          dnsOptions: dns.dnsOptions,
        });
        this.serviceNetworkVpcAssociationId = association.attrId;
        break;
      }
      default:
        throw new Error(`connectionType must be a ServiceNetworkConnectionType, got ${show(this.connectionType)}`);
    }
  }
}

const SPECIFIED_PREFERENCES = [
  PrivateDnsPreference.VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS,
  PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
];

/** The most domain names a VPC association's `PrivateDnsSpecifiedDomains` holds. */
const MAX_ASSOCIATION_SPECIFIED_DOMAINS = 10;

/**
 * The type guards of the private DNS options: `privateDnsSpecifiedDomains` must be a list
 * without empty entries, since the rules of `dnsOptionRules` go through it.
 */
function validateDnsOptionTypes(props: ConsumerDnsOptions): void {
  validateEntries('privateDnsSpecifiedDomains', props.privateDnsSpecifiedDomains, 'a domain name');
}

/**
 * The rules of the private DNS options of an endpoint or a VPC association. `privateDnsPreference` is
 * "Only supported when private DNS is enabled" (DnsOptionsSpecification,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html);
 * `privateDnsSpecifiedDomains` is "Only supported when private DNS is enabled and the private
 * DNS preference is VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY"
 * (DnsOptions, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DnsOptions.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html).
 * `validateDnsOptionTypes` must have passed.
 */
function dnsOptionRules(props: ConsumerDnsOptions, vpcAssociation: boolean, scope: IConstruct): ValidationRule[] {
  const preference = props.privateDnsPreference;
  const specifiedPreference = preference !== undefined && SPECIFIED_PREFERENCES.includes(preference);
  const domains = props.privateDnsSpecifiedDomains;
  const literalDomains = domains !== undefined && !isUnresolved(domains) ? domains : undefined;
  return [
    // PrivateDnsEnabled, "Type: Boolean"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpoint.html)
    ruleFromCheck(() => validateBoolean('privateDnsEnabled', props.privateDnsEnabled)),
    // PrivateDnsPreference, "Allowed values: VERIFIED_DOMAINS_ONLY | ALL_DOMAINS |
    // VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS | SPECIFIED_DOMAINS_ONLY"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
    ruleFromCheck(() => validateEnum('privateDnsPreference', preference, PrivateDnsPreference, 'PrivateDnsPreference')),
    {
      // PrivateDnsPreference: "Only supported when private DNS is enabled"
      // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html)
      condition: () => props.privateDnsEnabled === false && preference !== undefined,
      message: () => `privateDnsPreference needs privateDnsEnabled, got privateDnsPreference ${show(preference)} with privateDnsEnabled false`,
    },
    {
      condition: () => domains === undefined && specifiedPreference,
      message: () => `privateDnsSpecifiedDomains is required with privateDnsPreference ${show(preference)}`,
    },
    // PrivateDnsSpecifiedDomains: "Only supported when private DNS is enabled and the private DNS
    // preference is VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DnsOptions.html)
    {
      condition: () => domains !== undefined && props.privateDnsEnabled === false,
      message: () => `privateDnsSpecifiedDomains needs privateDnsEnabled (AWS supports them only when private DNS is enabled), got privateDnsSpecifiedDomains ${show(domains, scope)} with privateDnsEnabled false`,
    },
    {
      condition: () => domains !== undefined && !specifiedPreference,
      message: () => `privateDnsSpecifiedDomains needs privateDnsPreference VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY, got ${show(preference ?? 'none')}`,
    },
    {
      condition: () => literalDomains !== undefined && literalDomains.length === 0,
      message: () => 'privateDnsSpecifiedDomains must name at least one domain, got []',
    },
    {
      // PrivateDnsSpecifiedDomains of a VPC association: "Minimum: 1 | 1, Maximum: 255 | 10", at most
      // 10 names (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
      condition: () => vpcAssociation && literalDomains !== undefined && literalDomains.length > MAX_ASSOCIATION_SPECIFIED_DOMAINS,
      message: () => `privateDnsSpecifiedDomains holds at most ${MAX_ASSOCIATION_SPECIFIED_DOMAINS} domain names on a VPC association, got ${literalDomains!.length}: ${show(literalDomains, scope)}`,
    },
    ...(literalDomains ?? []).map((domain, index): ValidationRule => ({
      // "The total length of a domain name cannot exceed 255 bytes, including the dots", each label
      // "up to 63 bytes long" (Route 53 DNS domain name format, the private hosted zones VPC Lattice
      // creates, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html);
      // a VPC association's names are at most 255 characters too (the page above)
      condition: () => !isUnresolved(domain) && (typeof domain !== 'string' || domain.length > 255 || !SPECIFIED_DOMAIN.test(domain)),
      message: () => typeof domain !== 'string'
        ? `privateDnsSpecifiedDomains[${index}] must be a domain name, got ${show(domain, scope)}`
        : `privateDnsSpecifiedDomains must hold domain names, got ${show(domain)}`
          + `${literalDomains!.length > 1 ? ` at privateDnsSpecifiedDomains[${index}]` : ''} (a domain name has at most 255 characters and labels of at most 63)`,
    })),
  ];
}

/** A domain name, optionally starting with a `*.` wildcard. */
const SPECIFIED_DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/i;

/**
 * The rules of the port of an endpoint: `port`, or the port of `resourceConfiguration`. When both are
 * known they must agree: a SINGLE resource configuration's `PortRanges` are "The TCP port
 * ranges that a consumer can use to access a resource configuration"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html),
 * so the endpoint forwards no other port, and a `LatticeSharedDatabase` in ARN mode exposes
 * the database's own port, which its `port` must equal.
 */
function endpointPortRules(props: SharedDatabaseEndpointProps, scope: IConstruct): ValidationRule[] {
  const configuration = props.resourceConfiguration;
  const configurationPort = configuration?.port;
  // with both or neither of resourceConfiguration and resourceConfigurationArn, only that is reported
  const one = (configuration === undefined) !== (props.resourceConfigurationArn === undefined);
  return [
    // the port of the configuration's port ranges, "for example: 1-65535" (pages above)
    ruleFromCheck(() => validateRange('port', props.port, 1, 65535)),
    ruleFromCheck(() => {
      if (props.port === undefined && configurationPort !== undefined) {
        validateRange('resourceConfiguration.port', configurationPort, 1, 65535);
      }
    }),
    {
      condition: () => one && props.port === undefined && configurationPort === undefined,
      message: () => configuration
        ? `port is required: resourceConfiguration ${show(configuration.node.path)} does not say which port the database listens on`
        : `port is required with resourceConfigurationArn ${show(props.resourceConfigurationArn, scope)}: the ARN does not say which port the database listens on`,
    },
    {
      condition: () => configuration !== undefined && props.port !== undefined && configurationPort !== undefined
        && !isUnresolved(props.port) && !isUnresolved(configurationPort) && props.port !== configurationPort,
      message: () => `port ${show(props.port)} differs from the port of resourceConfiguration ${show(configuration!.node.path)} (${configurationPort}): `
        + `the resource endpoint forwards only the configuration's port ${configurationPort}, so ${props.port} would reach nothing. Leave port out, or give ${configurationPort}`,
    },
  ];
}

function selectEndpointSubnets(scope: IConstruct, vpc: ec2.IVpc, selection?: ec2.SubnetSelection): string[] {
  const subnets = selectPrivateSubnets(vpc, selection, 'the endpoint');
  const knownAzs = subnets.knownAvailabilityZones;
  if (knownAzs !== undefined && knownAzs.length === 1) {
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:endpointSingleAz',
      `The endpoint's subnets are all in ${knownAzs[0]}: the endpoint only works if the provider's resource gateway also has a network interface in ${knownAzs[0]}, and it fails with that Availability Zone. Select subnets in at least two Availability Zones the gateway uses.`);
  }
  return subnets.subnetIds;
}

/**
 * AWS refuses a resource endpoint in the VPC of the configuration's resource gateway ("VPC
 * Lattice does not create a resource endpoint if ... Resource gateway is in the same VPC as the
 * resource endpoint", https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html).
 * Detectable when the configuration knows its gateway and the gateway knows its VPC: equal VPC
 * ids (the same token for the same VPC of this app, or the same literal id) are the same VPC.
 */
function notGatewayVpcRule(configuration: IResourceConfiguration | undefined, vpc: ec2.IVpc): ValidationRule {
  const gatewayVpcId = configuration?.resourceGateway?.vpcId;
  return {
    condition: () => gatewayVpcId !== undefined && gatewayVpcId === vpc.vpcId,
    message: () => `vpc must not be the VPC of the resource gateway of resourceConfiguration ${show(configuration!.node.path)} `
      + `(${show(vpc.node.path)}): AWS does not create a resource endpoint in the gateway's own VPC. Connect to the database directly there.`,
  };
}

/**
 * "You can connect a VPC to only one service network through an association" (VPC Lattice
 * User Guide, https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html):
 * broken when this app associates the VPC of `self` with another service network too.
 */
function singleAssociationRule(self: SharedServiceNetworkConnection): ValidationRule {
  const vpc = self.vpc;
  const others = () => self.node.root.node.findAll().filter((c): c is SharedServiceNetworkConnection =>
    c !== self && SharedServiceNetworkConnection.isSharedServiceNetworkConnection(c)
    && c.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION
    && (c.vpc === vpc || (!Token.isUnresolved(vpc.vpcId) && c.vpc.vpcId === vpc.vpcId
      && Stack.of(c).account === Stack.of(self).account && Stack.of(c).region === Stack.of(self).region)));
  return {
    condition: () => self.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION && others().length > 0,
    message: () => `vpc ${show(vpc.node.path)} is already associated with a service network by ${show(others()[0].node.path)}: `
      + 'a VPC can be associated with only one service network. Use connectionType ServiceNetworkConnectionType.ENDPOINT, '
      + 'which allows one endpoint per service network.',
  };
}
