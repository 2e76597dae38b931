import { Annotations, Lazy, Resource, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { ClusterEndpointType, ResourceConfigurationBase } from './lattice-shared-database';
import { accessLogRules, addResourceAccessLogs, guardAccessLogProps } from './private/access-logs';
import { clusterPort, DatabasePort, instancePort, isTcpPort } from './private/database-port';
import { isSubdomainOf, validateDomainName } from './private/domain-names';
import { latticeName } from './private/names';
import { ruleFromCheck, throwIfAny } from './private/rules';
import {
  hasMembers,
  isUnresolved,
  show,
  validateBoolean,
  validateEntries,
  validateEnum,
  validateExactlyOne,
  validateLatticeName,
  validatePropsObject,
  validateRange,
  warnUnknownProps,
} from './private/validation';
import type { ResourceAccessLogOptions } from './resource-access-logs';
import { IResourceGateway, ResourceGatewayIpAddressType } from './resource-gateway';
import { IServiceNetwork } from './service-network';

/*
 * GROUP and CHILD resource configurations, as AWS documents them.
 *
 * "Group resource configuration: A collection of child resource configurations. It can be shared
 * independently. Child resource configuration: A member of a Group resource configuration. It
 * represents an IP address or a domain name. It can't be shared independently; and can only be
 * shared as part of a group. It can be added and removed from a group seamlessly. When added, its
 * automatically accessible to those who can access the group." (AWS PrivateLink Guide, Resource
 * configuration for VPC resources, Types of resource configurations,
 * https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types;
 * the VPC Lattice User Guide says the same,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html#resource-configuration-types.)
 * A resource endpoint takes "a resource configuration of type single, group, or ARN" (AWS PrivateLink
 * Guide, Access a resource through a resource VPC endpoint,
 * https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html).
 *
 * What CreateResourceConfiguration allows for each type
 * (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html),
 * and so what the group and its members set:
 * - type: "GROUP - A group of resources. You must create a group resource configuration before you
 *   create a child resource configuration" (the member's ResourceConfigurationGroupId references the
 *   group, so CloudFormation creates the group first);
 * - resourceGatewayIdentifier: "(SINGLE, GROUP, ARN) [...] For a child resource configuration, this
 *   value is inherited from the parent resource configuration": the group has the gateway, a member none;
 * - resourceConfigurationGroupIdentifier: "(CHILD) The ID or ARN of the parent resource configuration
 *   of type GROUP": members only;
 * - portRanges: "(SINGLE, GROUP, CHILD)": each member its database's port, and the group the ports
 *   of its members (which of the two VPC Lattice enforces is not documented: setting both works
 *   either way, and the gateway's security group rules still admit each port to its own database only);
 * - protocol: "(SINGLE, GROUP)": TCP on the group, none on a member;
 * - allowAssociationToShareableServiceNetwork: "(SINGLE, GROUP, ARN)": the group only;
 * - groupDomain: "(GROUP) The group domain for a group resource configuration. Any domains that you
 *   create for the child resource are subdomains of the group domain. Child resources inherit the
 *   verification status of the domain."
 * A member names its database by its endpoint hostname (dnsResource), as DNS mode does: a child
 * "represents an IP address or a domain name", so an ARN member does not exist.
 *
 * Replacement ("Update requires: Replacement", AWS::VpcLattice::ResourceConfiguration,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html,
 * and the resource spec): GroupDomain, ResourceGatewayId, ResourceConfigurationType, ProtocolType,
 * CustomDomainName. ResourceConfigurationGroupId is updatable in the spec, so a replaced group moves its
 * members to the new group in place (whether VPC Lattice accepts that move is not documented).
 */

/** The documented default of "Child Resource Configurations per Group Resource Configuration". */
const CHILDREN_PER_GROUP = 60;

/**
 * Properties of a `LatticeSharedDatabaseGroup`.
 */
export interface LatticeSharedDatabaseGroupProps extends ResourceAccessLogOptions {
  /**
   * The resource gateway in the databases' VPC that consumer traffic enters through. The
   * members inherit it.
   */
  readonly resourceGateway: IResourceGateway;

  /**
   * The group domain, such as `db.example.com`: the members' `customDomainName`s must be
   * subdomains of it, and they inherit its verification status. Changing or removing it later
   * replaces the group (synth warns).
   * @default - none: members may have any custom domain name, but VPC Lattice provisions no
   * hosted zones for them in consumers' VPCs
   */
  readonly groupDomain?: string;

  /**
   * The name of the group resource configuration: 3-40 lowercase letters, digits and single
   * hyphens, not starting with `rcfg-`. Names are unique in the account; a change that replaces
   * the group fails under a fixed name (synth warns).
   * @default - a name derived from the construct path, ending in a hash of the values whose
   * change replaces the group
   */
  readonly resourceConfigurationName?: string;

  /**
   * Service networks to associate the group with.
   * @default - none
   */
  readonly serviceNetworks?: IServiceNetwork[];

  /**
   * Whether the group may be associated with a service network that is shared with other
   * accounts. `ServiceNetwork` networks are shareable, so associating with them requires `true`.
   * @default true
   */
  readonly allowAssociationToSharableServiceNetwork?: boolean;

  /**
   * Whether private DNS is enabled on the service network associations made by
   * `serviceNetworks` and `associateWith`. Changing it replaces the associations.
   * @default true
   */
  readonly privateDnsEnabled?: boolean;

  /**
   * Whether to send the resource access logs of the group configuration to CloudWatch Logs, as
   * `LatticeSharedDatabaseProps.accessLogs`. Whether a group's subscription records the
   * connections to its members is not documented.
   * @default true
   */
  readonly accessLogs?: boolean;

}

/**
 * One database of a `LatticeSharedDatabaseGroup`: a child resource configuration on the
 * database's endpoint hostname.
 */
export interface GroupDatabaseOptions {
  /**
   * The DB instance (or read replica) to add. Give exactly one of `instance` and `cluster`.
   * @default - none: `cluster` must be given
   */
  readonly instance?: rds.IDatabaseInstance;

  /**
   * The Aurora DB cluster to add. Give exactly one of `instance` and `cluster`.
   * @default - none: `instance` must be given
   */
  readonly cluster?: rds.IDatabaseCluster;

  /**
   * Which endpoint of `cluster` to add; add the cluster twice (writer and reader) to have both
   * in the group. Only with `cluster`.
   * @default ClusterEndpointType.WRITER
   */
  readonly clusterEndpoint?: ClusterEndpointType;

  /**
   * The TCP port of the database (1-65535): the port of the member's configuration and the
   * only port opened from the gateway to the database.
   * @default - the database's literal port, else the engine's default port
   */
  readonly port?: number;

  /**
   * A custom domain name for this database, such as `orders.db.example.com`: a subdomain of the
   * group's `groupDomain` when the group has one. Changing it later replaces the member.
   * @default - none: consumers use the DNS names VPC Lattice gives their endpoint
   */
  readonly customDomainName?: string;

  /**
   * The name of the member's resource configuration (3-40 lowercase letters, digits and single
   * hyphens, not starting with `rcfg-`).
   * @default - a name derived from the construct path, ending in a hash of the values whose
   * change replaces the member
   */
  readonly resourceConfigurationName?: string;
}

/**
 * Properties of a `LatticeSharedDatabaseGroupMember`.
 */
export interface LatticeSharedDatabaseGroupMemberProps extends GroupDatabaseOptions {
  /** The group the database joins. */
  readonly group: LatticeSharedDatabaseGroup;
}

/**
 * Several RDS databases behind one VPC Lattice GROUP resource configuration: one RAM share,
 * one service network association and one consumer resource endpoint reach every member.
 * Add databases with `addDatabase`; each is a CHILD configuration on its endpoint hostname and
 * port, behind the group's gateway, and the database admits its port from the gateway only.
 *
 * A member cannot be shared on its own (AWS shares a child only as part of its group), so only
 * the group is an `IResourceConfiguration`. Members are DNS-type: an Aurora cluster in ARN mode
 * already groups its endpoints itself (`LatticeSharedDatabase` with `mode: ARN`).
 *
 * @example
 * declare const gateway: ResourceGateway;
 * declare const orders: rds.IDatabaseInstance;
 * declare const analytics: rds.IDatabaseCluster;
 * const group = new LatticeSharedDatabaseGroup(this, 'Databases', {
 *   resourceGateway: gateway,
 *   groupDomain: 'db.example.com',
 * });
 * group.addDatabase('Orders', { instance: orders, customDomainName: 'orders.db.example.com' });
 * group.addDatabase('Analytics', { cluster: analytics, customDomainName: 'analytics.db.example.com' });
 */
export class LatticeSharedDatabaseGroup extends ResourceConfigurationBase {
  /** The id of the group resource configuration. */
  public readonly resourceConfigurationId: string;
  /** The ARN of the group resource configuration. */
  public readonly resourceConfigurationArn: string;
  /** The name of the group resource configuration. */
  public readonly resourceConfigurationName: string;
  /**
   * Undefined: the members keep their own ports (see each member's `port`); give a consumer
   * endpoint its `port`.
   */
  public readonly port?: number = undefined;
  /**
   * The resource gateway of the group and its members. Always set on a group (optional only
   * because jsii forbids narrowing `IResourceConfiguration.resourceGateway`).
   */
  public readonly resourceGateway?: IResourceGateway;
  /** The group domain, when one was given. */
  public readonly groupDomain?: string;
  /** The log group that receives the resource access logs, when access logs are on. */
  public readonly accessLogGroup?: logs.ILogGroup;
  /** The key created to encrypt the access log group, when one was. */
  public readonly accessLogEncryptionKey?: kms.IKey;
  /** The access log subscription of the group, when access logs are on. */
  public readonly accessLogSubscription?: vpclattice.CfnAccessLogSubscription;

  private readonly allowSharable: boolean;
  private readonly privateDnsEnabled: boolean;
  private readonly memberList: LatticeSharedDatabaseGroupMember[] = [];

  constructor(scope: Construct, id: string, props: LatticeSharedDatabaseGroupProps) {
    validateGroupProps(scope, props);
    super(scope, id, { physicalName: props.resourceConfigurationName });

    const gateway = props.resourceGateway;
    this.resourceGateway = gateway;
    this.groupDomain = props.groupDomain;
    this.allowSharable = props.allowAssociationToSharableServiceNetwork ?? true;
    this.privateDnsEnabled = props.privateDnsEnabled ?? true;

    if (props.groupDomain !== undefined) {
      // GroupDomain: "Update requires: Replacement" (AWS::VpcLattice::ResourceConfiguration)
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:groupDomainReplaces',
        `groupDomain ${show(props.groupDomain, this)} cannot change after deployment: changing or removing it later replaces the group configuration (under a new generated name), and consumers must recreate their endpoints for the new ARN.`);
    }
    if (props.resourceConfigurationName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:fixedConfigurationName',
        `resourceConfigurationName ${show(props.resourceConfigurationName, this)} is fixed: a change that replaces the group (resourceGateway or a change that replaces the gateway, groupDomain) fails `
        + 'because VPC Lattice names are unique in the account and CloudFormation creates the replacement before it deletes the old configuration. Give a new name in the same deployment as such a change, or leave the name to the construct.');
    }

    const protocolType = 'TCP';
    const gatewayResource = gateway.node.defaultChild;
    // the values whose change replaces the group (see the top of this file)
    const replacedBy = {
      resourceConfigurationType: 'GROUP',
      resourceGatewayId: gateway.resourceGatewayId,
      resourceGatewayName: vpclattice.CfnResourceGateway.isCfnResourceGateway(gatewayResource) ? gatewayResource.name : undefined,
      groupDomain: props.groupDomain,
      protocolType,
    };
    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: props.resourceConfigurationName ?? latticeName(this, 40, 'rcfg-', replacedBy),
      resourceConfigurationType: 'GROUP',
      resourceGatewayId: gateway.resourceGatewayId,
      // the ports of the members, each once (none while the group has no member)
      portRanges: Lazy.list({ produce: () => this.memberPorts() }, { omitEmpty: true }),
      protocolType,
      allowAssociationToSharableServiceNetwork: this.allowSharable,
      groupDomain: props.groupDomain,
    });
    this.resourceConfigurationId = resource.attrId;
    this.resourceConfigurationArn = resource.attrArn;
    this.resourceConfigurationName = resource.name;

    if (props.accessLogs !== false) {
      const accessLogs = addResourceAccessLogs(this, resource.attrId, {
        logGroup: props.accessLogGroup,
        retention: props.accessLogRetention,
        encryptionKey: props.accessLogEncryptionKey,
      });
      this.accessLogGroup = accessLogs.logGroup;
      this.accessLogEncryptionKey = accessLogs.encryptionKey;
      this.accessLogSubscription = accessLogs.subscription;
    }

    for (const serviceNetwork of props.serviceNetworks ?? []) {
      this.associateWith(serviceNetwork);
    }
  }

  /** The databases of the group, in the order they were added. */
  public get members(): LatticeSharedDatabaseGroupMember[] {
    return [...this.memberList];
  }

  /**
   * Adds a database to the group: a child resource configuration on its endpoint hostname
   * and port, and the port opened from the group's gateway to the database.
   *
   * @param id the construct id of the member, under the group
   * @param options the database and how it is exposed
   */
  public addDatabase(id: string, options: GroupDatabaseOptions): LatticeSharedDatabaseGroupMember {
    return new LatticeSharedDatabaseGroupMember(this, id, { ...options, group: this });
  }

  /**
   * Records a member (called by the member's constructor).
   * @internal
   */
  public _addMember(member: LatticeSharedDatabaseGroupMember): void {
    this.memberList.push(member);
    // "Child Resource Configurations per Group Resource Configuration": default 60, adjustable
    // (VPC Lattice User Guide, Quotas, https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html)
    if (this.memberList.length === CHILDREN_PER_GROUP + 1) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:groupMemberQuota',
        `group ${show(this.node.path)} has more than ${CHILDREN_PER_GROUP} members (the ${CHILDREN_PER_GROUP + 1}st is ${show(member.node.path)}): `
        + `the default quota of child resource configurations per group is ${CHILDREN_PER_GROUP}; request an increase (Service Quotas, VPC Lattice, L-9BC96FEF) before deploying.`);
    }
  }

  /** Whether the group may be associated with a shareable service network. */
  protected get allowsSharableServiceNetwork(): boolean | undefined {
    return this.allowSharable;
  }

  /** Whether the associations `associateWith` makes enable private DNS. */
  protected get associationPrivateDnsEnabled(): boolean {
    return this.privateDnsEnabled;
  }

  private memberPorts(): string[] {
    const ports = this.memberList.map(member => isUnresolved(member.port) ? Token.asString(member.port) : String(member.port));
    return [...new Set(ports)];
  }
}

/**
 * One database of a `LatticeSharedDatabaseGroup`: a CHILD resource configuration
 * (`AWS::VpcLattice::ResourceConfiguration`) on the database's endpoint hostname and port,
 * behind the group's gateway. It is reached through the group, never on its own. Usually made
 * with `group.addDatabase(id, options)`.
 */
export class LatticeSharedDatabaseGroupMember extends Resource {
  /** The id of the member's resource configuration. */
  public readonly resourceConfigurationId: string;
  /** The ARN of the member's resource configuration. */
  public readonly resourceConfigurationArn: string;
  /** The name of the member's resource configuration. */
  public readonly resourceConfigurationName: string;
  /** The group the database is a member of. */
  public readonly group: LatticeSharedDatabaseGroup;
  /** The TCP port of the database: the member's port range and the only port opened from the gateway. */
  public readonly port: number;
  /**
   * The database hostname the member points at; also the name the database's TLS
   * certificate is issued for.
   */
  public readonly domainName: string;
  /** The custom domain name consumers may use, when one was given. */
  public readonly customDomainName?: string;

  constructor(scope: Construct, id: string, props: LatticeSharedDatabaseGroupMemberProps) {
    const detected = validateMemberProps(scope, props);
    super(scope, id, { physicalName: props.resourceConfigurationName });
    warnUnknownProps(this, 'LatticeSharedDatabaseGroupMember', '', props, MEMBER_PROP_NAMES);

    const group = props.group;
    const gateway = group.resourceGateway!;
    this.group = group;
    const database: rds.IDatabaseInstance | rds.IDatabaseCluster = props.instance ?? props.cluster!;
    const databasePath = database.node.path;
    // validateMemberProps refused an unknown port
    const port = (props.port ?? detected.port)!;
    this.port = port;
    this.domainName = props.instance !== undefined
      ? instanceHostname(props.instance)
      : clusterHostname(props.cluster!, props.clusterEndpoint ?? ClusterEndpointType.WRITER);
    this.customDomainName = props.customDomainName;
    MEMBER_ENDPOINTS.set(this, endpointKey(props));

    if (props.port !== undefined && !isUnresolved(props.port) && detected.known && detected.port !== props.port) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:portDiffersFromDatabase',
        `port ${props.port} differs from the port of database ${databasePath} (${detected.port}): consumers will only reach it if the database really listens on ${props.port}.`);
    }
    if (props.customDomainName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:customDomainNameReplaces',
        `customDomainName ${show(props.customDomainName, this)} cannot change after deployment: changing or removing it later replaces the member's configuration (under a new generated name).`);
      // "If the group doesn't have a group domain, you can use any custom domain name for the child,
      // but VPC Lattice will not provision any hosted zones for the child domain names in the resource
      // consumer's VPC" (VPC Lattice User Guide, Resource configurations, Custom domain names for
      // resource providers, https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
      if (group.groupDomain === undefined) {
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:memberDomainWithoutGroupDomain',
          `customDomainName ${show(props.customDomainName, this)} is on a member of group ${group.node.path}, which has no groupDomain: VPC Lattice provisions no hosted zones for it in consumers' VPCs, so consumers resolve it themselves. Give the group a groupDomain that this name is a subdomain of.`);
      }
    }

    const replacedBy = {
      resourceConfigurationType: 'CHILD',
      customDomainName: props.customDomainName,
    };
    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: props.resourceConfigurationName ?? latticeName(this, 40, 'rcfg-', replacedBy),
      resourceConfigurationType: 'CHILD',
      resourceConfigurationGroupId: group.resourceConfigurationId,
      // RDS endpoint names resolve to IPv4 addresses (validateMemberProps refused an IPv6-only gateway)
      resourceConfigurationDefinition: { dnsResource: { domainName: this.domainName, ipAddressType: 'IPV4' } },
      portRanges: [isUnresolved(port) ? Token.asString(port) : String(port)],
      customDomainName: props.customDomainName,
    });
    this.resourceConfigurationId = resource.attrId;
    this.resourceConfigurationArn = resource.attrArn;
    this.resourceConfigurationName = resource.name;

    // The database admits the port from the gateway only; the gateway may send only to that port.
    const dbConnections = database.connections;
    if (gateway.connections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:gatewayWithoutSecurityGroups',
        `The resource gateway ${gateway.node.path} has no known security groups, so no rules were added: allow TCP ${show(port, this)} from the gateway's security groups on database ${databasePath} yourself.`);
    } else if (dbConnections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:databaseWithoutSecurityGroups',
        `Database ${databasePath} has no known security groups, so no rules were added: allow TCP ${show(port, this)} from the resource gateway's security groups on it yourself.`);
    } else {
      dbConnections.allowFrom(gateway, ec2.Port.tcp(port), `VPC Lattice resource gateway to database on TCP ${port}`);
    }

    group._addMember(this);
  }
}

/** The database endpoint of each member, to refuse adding one twice. */
const MEMBER_ENDPOINTS = new WeakMap<LatticeSharedDatabaseGroupMember, string>();

/** What tells the database endpoints of members apart: the database's path and, for a cluster, the endpoint. */
function endpointKey(props: GroupDatabaseOptions): string {
  return props.instance !== undefined
    ? `instance ${show(props.instance.node.path)}`
    : `cluster ${show(props.cluster!.node.path)} (clusterEndpoint ${show(props.clusterEndpoint ?? ClusterEndpointType.WRITER)})`;
}

/** Every prop of `LatticeSharedDatabaseGroupMemberProps` (the compiler keeps the list complete). */
const MEMBER_PROP_NAMES: Record<keyof LatticeSharedDatabaseGroupMemberProps, true> = {
  group: true,
  instance: true,
  cluster: true,
  clusterEndpoint: true,
  port: true,
  customDomainName: true,
  resourceConfigurationName: true,
};

/** The checks of a group's props: type guards first, then every value rule at once. */
function validateGroupProps(scope: Construct, props: LatticeSharedDatabaseGroupProps): void {
  validatePropsObject('LatticeSharedDatabaseGroup', 'resourceGateway', props, scope);
  if (!hasMembers(props.resourceGateway, 'resourceGatewayId', 'connections', 'node')) {
    throw new Error('resourceGateway must be an IResourceGateway (a ResourceGateway, or one imported with ResourceGateway.fromResourceGatewayId or '
      + `fromResourceGatewayAttributes), got ${show(props.resourceGateway, scope)}`);
  }
  if (props.resourceConfigurationName !== undefined && typeof props.resourceConfigurationName !== 'string') {
    throw new Error(`resourceConfigurationName must be a string of 3-40 lowercase letters, digits and single hyphens, got ${show(props.resourceConfigurationName, scope)}`);
  }
  guardAccessLogProps(props, scope);
  if (Construct.isConstruct(props.serviceNetworks)) {
    throw new Error(`serviceNetworks must be a list of service networks, got the single construct ${show(props.serviceNetworks.node.path)}: write [network]`);
  }
  validateEntries('serviceNetworks', props.serviceNetworks, 'an IServiceNetwork');

  throwIfAny('LatticeSharedDatabaseGroup', [
    // Name: 3-40 characters, pattern (?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+ (CreateResourceConfiguration,
    // https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
    ruleFromCheck(() => validateLatticeName('resourceConfigurationName', props.resourceConfigurationName,
      { minLength: 3, maxLength: 40, reservedPrefix: 'rcfg-' })),
    // groupDomain: 3-255 characters (same page; private/domain-names.ts)
    ruleFromCheck(() => validateDomainName('groupDomain', props.groupDomain, scope)),
    // AllowAssociationToSharableServiceNetwork and PrivateDnsEnabled, "Type: Boolean"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkresourceassociation.html)
    ruleFromCheck(() => validateBoolean('allowAssociationToSharableServiceNetwork', props.allowAssociationToSharableServiceNetwork)),
    ruleFromCheck(() => validateBoolean('privateDnsEnabled', props.privateDnsEnabled)),
    ...accessLogRules(props, scope),
  ]);
}

/**
 * The checks of a member's props: type guards first, then every value rule at once. Returns
 * what the library tells of the database's port.
 */
function validateMemberProps(scope: Construct, props: LatticeSharedDatabaseGroupMemberProps): DatabasePort {
  validatePropsObject('LatticeSharedDatabaseGroupMember', 'group and instance or cluster', props, scope);
  if (!(Construct.isConstruct(props.group) && hasMembers(props.group, 'resourceConfigurationId', 'addDatabase', '_addMember'))) {
    throw new Error(`group must be a LatticeSharedDatabaseGroup, got ${show(props.group, scope)}`);
  }
  if (props.instance !== undefined && !(Construct.isConstruct(props.instance) && hasMembers(props.instance, 'instanceIdentifier', 'connections'))) {
    throw new Error(`instance must be an rds.IDatabaseInstance (a DatabaseInstance, a DatabaseInstanceReadReplica or an import), got ${show(props.instance, scope)}`
      + (hasMembers(props.instance, 'clusterIdentifier') ? ': it is a DB cluster, give it as cluster' : ''));
  }
  if (props.cluster !== undefined && !(Construct.isConstruct(props.cluster) && hasMembers(props.cluster, 'clusterIdentifier', 'connections'))) {
    throw new Error(`cluster must be an rds.IDatabaseCluster (a DatabaseCluster or an import), got ${show(props.cluster, scope)}`
      + (hasMembers(props.cluster, 'instanceIdentifier') ? ': it is a DB instance, give it as instance' : ''));
  }
  if (props.resourceConfigurationName !== undefined && typeof props.resourceConfigurationName !== 'string') {
    throw new Error(`resourceConfigurationName must be a string of 3-40 lowercase letters, digits and single hyphens, got ${show(props.resourceConfigurationName, scope)}`);
  }

  const group = props.group;
  const gateway = group.resourceGateway!;
  const one = (props.instance === undefined) !== (props.cluster === undefined);
  const databaseProp = props.instance !== undefined ? 'instance' : 'cluster';
  const database: rds.IDatabaseInstance | rds.IDatabaseCluster | undefined = one ? props.instance ?? props.cluster : undefined;
  const detected = props.instance !== undefined ? instancePort(props.instance)
    : props.cluster !== undefined ? clusterPort(props.cluster) : { known: false };
  // a `mode` copied from LatticeSharedDatabaseProps (JavaScript and JSON accept any key)
  const mode = (props as { mode?: unknown }).mode;
  const groupDomain = group.groupDomain;
  const customDomainName = props.customDomainName;

  throwIfAny('LatticeSharedDatabaseGroupMember', [
    ruleFromCheck(() => validateExactlyOne({ instance: props.instance, cluster: props.cluster })),
    {
      // a child "represents an IP address or a domain name" (AWS PrivateLink Guide, Resource configuration
      // for VPC resources, https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types):
      // there is no ARN child
      condition: () => mode === 'ARN',
      message: () => `mode ${show(mode)} cannot be used in a group: a member is a CHILD configuration, which names an IP address or a domain name, never an ARN. `
        + 'Members are DNS-type (leave mode out); share an ARN configuration with its own LatticeSharedDatabase',
    },
    ruleFromCheck(() => validateEnum('clusterEndpoint', props.clusterEndpoint, ClusterEndpointType, 'ClusterEndpointType')),
    {
      condition: () => props.clusterEndpoint !== undefined && props.cluster === undefined,
      message: () => `clusterEndpoint can only be set with cluster, got clusterEndpoint ${show(props.clusterEndpoint)}`
        + (props.instance !== undefined ? ` with instance ${show(props.instance.node.path)}` : ' without cluster'),
    },
    // PortRanges: "(SINGLE, GROUP, CHILD) The TCP port ranges [...] (for example: 1-65535)"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
    ruleFromCheck(() => validateRange('port', props.port, 1, 65535)),
    {
      condition: () => database !== undefined && props.port === undefined && detected.port === undefined,
      message: () => `port must be given: the port of database ${show(database!.node.path)} is not a literal and its engine is unknown`,
    },
    {
      condition: () => database !== undefined && props.port === undefined && detected.port !== undefined
        && !isUnresolved(detected.port) && !isTcpPort(detected.port),
      message: () => `${databaseProp} ${show(database!.node.path)} has port ${show(detected.port)}, which is no TCP port (a whole number from 1 to 65535): `
        + 'give the database a valid port, or set port to the port it listens on',
    },
    {
      // RDS endpoint names resolve to IPv4 addresses: an IPv6-only gateway cannot reach them
      condition: () => gateway.ipAddressType === ResourceGatewayIpAddressType.IPV6,
      message: () => `resourceGateway ${show(gateway.node.path)} of group ${show(group.node.path)} has ipAddressType IPV6, but an RDS endpoint resolves to IPv4 addresses: use IPV4 or DUALSTACK`,
    },
    // the member names the database's endpoint: DnsResource DomainName, "Required: Yes"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-dnsresource.html)
    ruleFromCheck(() => {
      if (database === undefined) {
        return;
      }
      if (props.instance !== undefined) {
        instanceHostname(props.instance);
      } else if (Object.values(ClusterEndpointType).includes(props.clusterEndpoint ?? ClusterEndpointType.WRITER)) {
        clusterHostname(props.cluster!, props.clusterEndpoint ?? ClusterEndpointType.WRITER);
      }
    }),
    ruleFromCheck(() => validateLatticeName('resourceConfigurationName', props.resourceConfigurationName,
      { minLength: 3, maxLength: 40, reservedPrefix: 'rcfg-' })),
    ruleFromCheck(() => validateDomainName('customDomainName', customDomainName, scope)),
    {
      // "For resource configurations of type group and child, you must first specify a group domain on
      // the group resource configuration. After, the child resource configurations can have custom domains
      // that are subdomains of the group domain" (VPC Lattice User Guide, Resource configurations, Custom
      // domain names for resource providers, https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html);
      // groupDomain: "Any domains that you create for the child resource are subdomains of the group
      // domain" (CreateResourceConfiguration)
      condition: () => typeof customDomainName === 'string' && typeof groupDomain === 'string'
        && !isUnresolved(customDomainName) && !isUnresolved(groupDomain) && !isSubdomainOf(customDomainName, groupDomain),
      message: () => `customDomainName must be a subdomain of the group's groupDomain ${show(groupDomain)} (such as ${show(`orders.${groupDomain}`)}), got ${show(customDomainName, scope)}`,
    },
    {
      // a database endpoint is a member once (two children on one hostname would only repeat it)
      condition: () => database !== undefined && group.members.some(member => MEMBER_ENDPOINTS.get(member) === endpointKey(props)),
      message: () => {
        const twin = group.members.find(member => MEMBER_ENDPOINTS.get(member) === endpointKey(props))!;
        return `${endpointKey(props)} is already a member of group ${show(group.node.path)} as ${show(twin.node.path)}: add each database endpoint once`;
      },
    },
  ]);
  return detected;
}

function instanceHostname(instance: rds.IDatabaseInstance): string {
  let address: string | undefined;
  try {
    address = instance.dbInstanceEndpointAddress;
  } catch {
    address = undefined;
  }
  if (address === undefined || address === null || address === '') {
    throw new Error(`instance ${show(instance.node.path)} has no endpoint address, which a group member needs: import it with instanceEndpointAddress and port`);
  }
  return address;
}

function clusterHostname(cluster: rds.IDatabaseCluster, endpointType: ClusterEndpointType): string {
  const reader = endpointType === ClusterEndpointType.READER;
  try {
    return (reader ? cluster.clusterReadEndpoint : cluster.clusterEndpoint).hostname;
  } catch {
    throw new Error(`cluster ${show(cluster.node.path)} has no ${reader ? 'reader' : 'writer'} endpoint address, which a group member with clusterEndpoint ${show(endpointType)} needs: `
      + `import it with ${reader ? 'readerEndpointAddress' : 'clusterEndpointAddress'} and port`);
  }
}
