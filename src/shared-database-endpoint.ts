import { Annotations, Fn, Resource, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct, IConstruct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import { RESOURCE_CONFIGURATION_ARN, SERVICE_NETWORK_ARN } from './private/arns';
import { addResourceLimitValidation } from './private/resource-limit';
import { ownSecurityGroups } from './private/security-groups';
import { selectPrivateSubnets, validateVpc } from './private/subnets';
import {
  hasMembers,
  isUnresolved,
  show,
  validateArn,
  validateBoolean,
  validateEntries,
  validateEnum,
  validateExactlyOne,
  validatePropsObject,
  validateRange,
} from './private/validation';
import { ResourceGateway } from './resource-gateway';
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
   * @default - the service default
   */
  readonly privateDnsPreference?: PrivateDnsPreference;

  /**
   * The domain names to create private hosted zones for, with
   * `PrivateDnsPreference.VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS` or `SPECIFIED_DOMAINS_ONLY`
   * (and only with those), and private DNS enabled. At most 10 on a VPC association.
   * @default - none
   */
  readonly privateDnsSpecifiedDomains?: string[];
}

/**
 * Properties of a `SharedDatabaseEndpoint`. Give exactly one of `resourceConfiguration`
 * and `resourceConfigurationArn`.
 */
export interface SharedDatabaseEndpointProps extends ConsumerDnsOptions {
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
}


/**
 * A resource endpoint (`AWS::EC2::VPCEndpoint` of type `Resource`) in a consumer VPC,
 * reaching one database shared through a VPC Lattice resource configuration.
 *
 * The endpoint has its own security group, closed by default: open it with
 * `endpoint.connections.allowDefaultPortFrom(...)`. Applications connect to
 * `dnsName` (or, with private DNS and a custom domain name on the configuration, to
 * that name) on `port`.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const app: ec2.ISecurityGroup;
 * const endpoint = new SharedDatabaseEndpoint(this, 'Database', {
 *   vpc,
 *   resourceConfigurationArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0',
 *   port: 5432,
 * });
 * endpoint.connections.allowDefaultPortFrom(app);
 */
export class SharedDatabaseEndpoint extends Resource implements ec2.IConnectable {
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
    addResourceLimitValidation(this);

    validateVpc(props.vpc);
    validateExactlyOne({
      resourceConfiguration: props.resourceConfiguration,
      resourceConfigurationArn: props.resourceConfigurationArn,
    });
    if (props.resourceConfiguration !== undefined && !(Construct.isConstruct(props.resourceConfiguration)
      && hasMembers(props.resourceConfiguration, 'resourceConfigurationArn'))) {
      throw new Error('resourceConfiguration must be an IResourceConfiguration (a LatticeSharedDatabase, or one imported with '
        + `LatticeSharedDatabase.fromResourceConfigurationArn), got ${show(props.resourceConfiguration, this)}`
        + (typeof props.resourceConfiguration === 'string' ? ': give an ARN as resourceConfigurationArn' : ''));
    }
    if (props.resourceConfigurationArn !== undefined) {
      // arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}
      // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
      validateArn('resourceConfigurationArn', props.resourceConfigurationArn, RESOURCE_CONFIGURATION_ARN, this);
    }
    const port = endpointPort(props, this);
    validateDnsOptions(props, false, this);
    if (props.resourceConfiguration) {
      checkNotGatewayVpc(props.resourceConfiguration, props.vpc);
    }

    this.port = port;
    this.resourceConfigurationArn = props.resourceConfiguration?.resourceConfigurationArn ?? props.resourceConfigurationArn!;

    const subnetIds = selectEndpointSubnets(this, props.vpc, props.vpcSubnets);
    const securityGroups = ownSecurityGroups(this, props.vpc, props.securityGroups,
      'VPC Lattice resource endpoint of a shared database');
    this.securityGroup = props.securityGroups ? undefined : securityGroups[0];
    this.connections = new ec2.Connections({ securityGroups, defaultPort: ec2.Port.tcp(port) });

    this.resource = new ec2.CfnVPCEndpoint(this, 'Resource', {
      vpcEndpointType: 'Resource',
      vpcId: props.vpc.vpcId,
      resourceConfigurationArn: this.resourceConfigurationArn,
      subnetIds,
      securityGroupIds: securityGroups.map(sg => sg.securityGroupId),
      privateDnsEnabled: props.privateDnsEnabled ?? true,
      dnsOptions: endpointDnsOptions(props),
    });

    this.vpcEndpointId = this.resource.attrId;
    this.dnsEntries = this.resource.attrDnsEntries;
    this.dnsName = Fn.select(1, Fn.split(':', Fn.select(0, this.resource.attrDnsEntries)));
  }
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
}

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
    addResourceLimitValidation(this);

    validateVpc(props.vpc);
    validateExactlyOne({ serviceNetwork: props.serviceNetwork, serviceNetworkArn: props.serviceNetworkArn });
    if (props.serviceNetwork !== undefined && !(Construct.isConstruct(props.serviceNetwork)
      && hasMembers(props.serviceNetwork, 'serviceNetworkArn'))) {
      throw new Error('serviceNetwork must be an IServiceNetwork (a ServiceNetwork, or one imported with ServiceNetwork.fromServiceNetworkArn), '
        + `got ${show(props.serviceNetwork, this)}`
        + (typeof props.serviceNetwork === 'string' ? ': give an ARN as serviceNetworkArn' : ''));
    }
    if (props.serviceNetworkArn !== undefined) {
      // arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId}
      // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
      validateArn('serviceNetworkArn', props.serviceNetworkArn, SERVICE_NETWORK_ARN, this);
    }
    validateRange('port', props.port, 1, 65535);
    // a value from JavaScript, JSON or YAML ('endpoint' for 'ENDPOINT') must not pick a branch silently
    validateEnum('connectionType', props.connectionType, ServiceNetworkConnectionType, 'ServiceNetworkConnectionType');
    this.connectionType = props.connectionType ?? ServiceNetworkConnectionType.ENDPOINT;
    validateDnsOptions(props, this.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION, this);
    if (this.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION && props.vpcSubnets !== undefined) {
      throw new Error(`vpcSubnets only applies to ServiceNetworkConnectionType.ENDPOINT, got connectionType ${show(this.connectionType)}`);
    }

    this.vpc = props.vpc;
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
          dnsOptions: endpointDnsOptions(props),
        });
        this.vpcEndpointId = endpoint.attrId;
        this.dnsEntries = endpoint.attrDnsEntries;
        break;
      }
      case ServiceNetworkConnectionType.VPC_ASSOCIATION: {
        checkSingleAssociation(this);
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
          dnsOptions: props.privateDnsPreference || props.privateDnsSpecifiedDomains ? {
            privateDnsPreference: props.privateDnsPreference,
            privateDnsSpecifiedDomains: props.privateDnsSpecifiedDomains,
          } : undefined,
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
 * The private DNS options of an endpoint or a VPC association. `privateDnsPreference` is
 * "Only supported when private DNS is enabled" (DnsOptionsSpecification,
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html);
 * `privateDnsSpecifiedDomains` is "Only supported when private DNS is enabled and the private
 * DNS preference is VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY"
 * (DnsOptions, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DnsOptions.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html).
 */
function validateDnsOptions(props: ConsumerDnsOptions, vpcAssociation: boolean, scope: IConstruct): void {
  // PrivateDnsEnabled, "Type: Boolean"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpoint.html)
  validateBoolean('privateDnsEnabled', props.privateDnsEnabled);
  // PrivateDnsPreference, "Allowed values: VERIFIED_DOMAINS_ONLY | ALL_DOMAINS |
  // VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS | SPECIFIED_DOMAINS_ONLY"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
  validateEnum('privateDnsPreference', props.privateDnsPreference, PrivateDnsPreference, 'PrivateDnsPreference');
  validateEntries('privateDnsSpecifiedDomains', props.privateDnsSpecifiedDomains, 'a domain name');

  // PrivateDnsPreference: "Only supported when private DNS is enabled"
  // (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html)
  if (props.privateDnsEnabled === false && props.privateDnsPreference !== undefined) {
    throw new Error(`privateDnsPreference needs privateDnsEnabled, got privateDnsPreference ${show(props.privateDnsPreference)} with privateDnsEnabled false`);
  }
  const domains = props.privateDnsSpecifiedDomains;
  if (domains === undefined) {
    if (props.privateDnsPreference !== undefined && SPECIFIED_PREFERENCES.includes(props.privateDnsPreference)) {
      throw new Error(`privateDnsSpecifiedDomains is required with privateDnsPreference ${show(props.privateDnsPreference)}`);
    }
    return;
  }
  // PrivateDnsSpecifiedDomains: "Only supported when private DNS is enabled and the private DNS
  // preference is VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_DnsOptions.html)
  if (props.privateDnsEnabled === false) {
    throw new Error(`privateDnsSpecifiedDomains needs privateDnsEnabled (AWS supports them only when private DNS is enabled), got privateDnsSpecifiedDomains ${show(domains, scope)} with privateDnsEnabled false`);
  }
  if (props.privateDnsPreference === undefined || !SPECIFIED_PREFERENCES.includes(props.privateDnsPreference)) {
    throw new Error(`privateDnsSpecifiedDomains needs privateDnsPreference VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY, got ${show(props.privateDnsPreference ?? 'none')}`);
  }
  if (isUnresolved(domains)) {
    return;
  }
  if (domains.length === 0) {
    throw new Error('privateDnsSpecifiedDomains must name at least one domain, got []');
  }
  // PrivateDnsSpecifiedDomains of a VPC association: "Minimum: 1 | 1, Maximum: 255 | 10", at most
  // 10 names (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
  if (vpcAssociation && domains.length > MAX_ASSOCIATION_SPECIFIED_DOMAINS) {
    throw new Error(`privateDnsSpecifiedDomains holds at most ${MAX_ASSOCIATION_SPECIFIED_DOMAINS} domain names on a VPC association, got ${domains.length}: ${show(domains, scope)}`);
  }
  domains.forEach((domain, index) => {
    if (isUnresolved(domain)) {
      return;
    }
    if (typeof domain !== 'string') {
      throw new Error(`privateDnsSpecifiedDomains[${index}] must be a domain name, got ${show(domain, scope)}`);
    }
    // "The total length of a domain name cannot exceed 255 bytes, including the dots", each label
    // "up to 63 bytes long" (Route 53 DNS domain name format, the private hosted zones VPC Lattice
    // creates, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html);
    // a VPC association's names are at most 255 characters too (the page above)
    if (domain.length > 255 || !SPECIFIED_DOMAIN.test(domain)) {
      throw new Error(`privateDnsSpecifiedDomains must hold domain names, got ${show(domain)}`
        + `${domains.length > 1 ? ` at privateDnsSpecifiedDomains[${index}]` : ''} (a domain name has at most 255 characters and labels of at most 63)`);
    }
  });
}

/** A domain name, optionally starting with a `*.` wildcard. */
const SPECIFIED_DOMAIN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}\.?$/i;

/**
 * The port of an endpoint: `port`, or the port of `resourceConfiguration`. When both are
 * known they must agree: a SINGLE resource configuration's `PortRanges` are "The TCP port
 * ranges that a consumer can use to access a resource configuration"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html),
 * so the endpoint forwards no other port, and a `LatticeSharedDatabase` in ARN mode exposes
 * the database's own port, which its `port` must equal.
 */
function endpointPort(props: SharedDatabaseEndpointProps, scope: IConstruct): number {
  const configuration = props.resourceConfiguration;
  // the port of the configuration's port ranges, "for example: 1-65535" (pages above)
  validateRange('port', props.port, 1, 65535);
  const configurationPort = configuration?.port;
  if (props.port === undefined && configurationPort !== undefined) {
    validateRange('resourceConfiguration.port', configurationPort, 1, 65535);
  }
  const port = props.port ?? configurationPort;
  if (port === undefined) {
    throw new Error(configuration
      ? `port is required: resourceConfiguration ${show(configuration.node.path)} does not say which port the database listens on`
      : `port is required with resourceConfigurationArn ${show(props.resourceConfigurationArn, scope)}: the ARN does not say which port the database listens on`);
  }
  if (configuration !== undefined && props.port !== undefined && configurationPort !== undefined
    && !isUnresolved(props.port) && !isUnresolved(configurationPort) && props.port !== configurationPort) {
    throw new Error(`port ${show(props.port)} differs from the port of resourceConfiguration ${show(configuration.node.path)} (${configurationPort}): `
      + `the resource endpoint forwards only the configuration's port ${configurationPort}, so ${props.port} would reach nothing. Leave port out, or give ${configurationPort}`);
  }
  return port;
}

function endpointDnsOptions(props: ConsumerDnsOptions): ec2.CfnVPCEndpoint.DnsOptionsSpecificationProperty | undefined {
  if (props.privateDnsPreference === undefined && props.privateDnsSpecifiedDomains === undefined) {
    return undefined;
  }
  return {
    privateDnsPreference: props.privateDnsPreference,
    privateDnsSpecifiedDomains: props.privateDnsSpecifiedDomains,
  };
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
 * AWS refuses a resource endpoint in the VPC of the configuration's resource gateway.
 * Detectable when the configuration is a construct of this app whose `resourceGateway`
 * is a `ResourceGateway` created here (an imported gateway has no VPC to compare).
 */
function checkNotGatewayVpc(configuration: IResourceConfiguration, vpc: ec2.IVpc): void {
  const gateway: unknown = (configuration as any).resourceGateway;
  if (!(gateway instanceof ResourceGateway)) {
    return;
  }
  const gatewayVpc = gateway.vpc;
  const sameLiteralId = !Token.isUnresolved(gatewayVpc.vpcId) && !Token.isUnresolved(vpc.vpcId)
    && gatewayVpc.vpcId === vpc.vpcId;
  if (gatewayVpc === vpc || sameLiteralId) {
    throw new Error(`vpc must not be the VPC of the resource gateway of resourceConfiguration ${show(configuration.node.path)} `
      + `(${show(gatewayVpc.node.path)}): AWS does not create a resource endpoint in the gateway's own VPC. Connect to the database directly there.`);
  }
}

/** Fails when this app associates the same VPC with two service networks. */
function checkSingleAssociation(self: SharedServiceNetworkConnection): void {
  const vpc = self.vpc;
  const others = self.node.root.node.findAll().filter((c): c is SharedServiceNetworkConnection =>
    c !== self && c instanceof SharedServiceNetworkConnection
    && c.connectionType === ServiceNetworkConnectionType.VPC_ASSOCIATION
    && (c.vpc === vpc || (!Token.isUnresolved(vpc.vpcId) && c.vpc.vpcId === vpc.vpcId
      && Stack.of(c).account === Stack.of(self).account && Stack.of(c).region === Stack.of(self).region)));
  if (others.length > 0) {
    throw new Error(`vpc ${show(vpc.node.path)} is already associated with a service network by ${show(others[0].node.path)}: `
      + 'a VPC can be associated with only one service network. Use connectionType ServiceNetworkConnectionType.ENDPOINT, '
      + 'which allows one endpoint per service network.');
  }
}
