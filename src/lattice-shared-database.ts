import { Annotations, Arn, ArnFormat, IResource, Names, Resource, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct, Dependable, IConstruct, IDependable } from 'constructs';
import { accessLogRules, addResourceAccessLogs, guardAccessLogProps } from './private/access-logs';
import { RESOURCE_CONFIGURATION_ARN } from './private/arns';
import { readerInArnModeRule } from './private/configuration-rules';
import { customDomainRules } from './private/custom-domain-rules';
import { clusterPort, DatabasePort, instancePort, isTcpPort } from './private/database-port';
import { validateDomainName } from './private/domain-names';
import { latticeName } from './private/names';
import { PROXY_PORTS } from './private/proxy-builder';
import { ruleFromCheck, throwIfAny, ValidationRule } from './private/rules';
import {
  hasMembers,
  isUnresolved,
  show,
  validateArn,
  validateBoolean,
  validateConstruct,
  validateEntries,
  validateEnum,
  validateExactlyOne,
  validateLatticeName,
  validatePropsObject,
  validateRange,
} from './private/validation';
import type { ResourceAccessLogOptions } from './resource-access-logs';
import { IResourceGateway, ResourceConfigDnsResolution, ResourceGatewayIpAddressType } from './resource-gateway';
import { IServiceNetwork } from './service-network';

/**
 * A VPC Lattice resource configuration that exposes a database.
 */
export interface IResourceConfiguration extends IResource {
  /**
   * The id of the resource configuration, such as `rcfg-0123456789abcdef0`.
   * @attribute
   */
  readonly resourceConfigurationId: string;

  /**
   * The ARN of the resource configuration.
   * @attribute
   */
  readonly resourceConfigurationArn: string;

  /**
   * The TCP port consumers connect to, when known.
   */
  readonly port?: number;

  /**
   * The resource gateway the configuration is exposed through, when known.
   */
  readonly resourceGateway?: IResourceGateway;

  /**
   * Associates the resource configuration with a service network, so consumers
   * connected to that network can reach the database.
   *
   * @param serviceNetwork the service network
   * @param id the construct id, under this configuration, of the association's
   * CloudFormation resource; by default `Association` followed by the service network's unique id
   */
  associateWith(serviceNetwork: IServiceNetwork, id?: string): IServiceNetworkResourceAssociation;
}

/**
 * An association of a resource configuration with a service network
 * (`AWS::VpcLattice::ServiceNetworkResourceAssociation`). Depend on it with
 * `node.addDependency(association)`.
 */
export interface IServiceNetworkResourceAssociation extends IDependable {
  /** The id of the association, such as `snra-0123456789abcdef0`. */
  readonly serviceNetworkResourceAssociationId: string;

  /** The ARN of the association. */
  readonly serviceNetworkResourceAssociationArn: string;
}

/**
 * The association `associateWith` makes. It is no construct of its own: its
 * CloudFormation resource, `resource`, is a child of the resource configuration, where
 * its construct path and logical id have always been.
 */
export class ServiceNetworkResourceAssociation implements IServiceNetworkResourceAssociation {
  /** The id of the association. */
  public readonly serviceNetworkResourceAssociationId: string;
  /** The ARN of the association. */
  public readonly serviceNetworkResourceAssociationArn: string;
  /** The CloudFormation resource of the association. */
  public readonly resource: vpclattice.CfnServiceNetworkResourceAssociation;

  /**
   * @param resource the CloudFormation resource of the association
   */
  constructor(resource: vpclattice.CfnServiceNetworkResourceAssociation) {
    this.resource = resource;
    this.serviceNetworkResourceAssociationId = resource.attrId;
    this.serviceNetworkResourceAssociationArn = resource.attrArn;
    Dependable.implement(this, { dependencyRoots: [resource] });
  }
}

/**
 * What a resource configuration has, whether created here or imported: the attributes
 * of `IResourceConfiguration`, and `associateWith`.
 */
export abstract class ResourceConfigurationBase extends Resource implements IResourceConfiguration {
  /** The id of the resource configuration. */
  public abstract readonly resourceConfigurationId: string;
  /** The ARN of the resource configuration. */
  public abstract readonly resourceConfigurationArn: string;
  /** The TCP port consumers connect to, when known. */
  public abstract readonly port?: number;
  /** The resource gateway the configuration is exposed through, when known. */
  public abstract readonly resourceGateway?: IResourceGateway;

  /**
   * Whether the configuration may be associated with a shareable service network
   * (its `AllowAssociationToSharableServiceNetwork`), or undefined when unknown.
   * `associateWith` refuses a shareable network when it is false.
   */
  protected get allowsSharableServiceNetwork(): boolean | undefined {
    return undefined;
  }

  /** Whether the associations `associateWith` makes enable private DNS. */
  protected get associationPrivateDnsEnabled(): boolean {
    return true;
  }

  /**
   * Associates the resource configuration with a service network, so consumers
   * connected to that network can reach the database.
   *
   * @param serviceNetwork the service network
   * @param id the construct id, under this configuration, of the association's
   * CloudFormation resource; by default `Association` followed by the service network's unique id
   */
  public associateWith(serviceNetwork: IServiceNetwork, id?: string): IServiceNetworkResourceAssociation {
    validateServiceNetwork('associateWith(serviceNetwork)', serviceNetwork, this);
    if (id !== undefined && (typeof id !== 'string' || id.length === 0)) {
      throw new Error(`associateWith(id) must be a non-empty construct id, got ${show(id, this)}`);
    }
    const associationId = id ?? `Association${Names.uniqueId(serviceNetwork)}`;
    const existing = this.node.tryFindChild(associationId);
    const allowSharable = this.allowsSharableServiceNetwork;
    throwIfAny('associateWith', [
      {
        condition: () => existing !== undefined,
        message: () => id === undefined
          ? `associateWith(serviceNetwork): resource configuration ${show(this.node.path)} is already associated with service network ${show(serviceNetwork.node.path)} (by ${show(existing!.node.path)})`
          : `associateWith(id) ${show(id)} is already used by ${show(existing!.node.path)}: give each association its own id`,
      },
      sharableRule(allowSharable, serviceNetwork),
    ]);
    if (allowSharable === false && serviceNetwork.shareable === undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:associationMayBeRejected',
        `allowAssociationToSharableServiceNetwork is false: the association with ${serviceNetwork.node.path} fails if that service network is shareable.`);
    }
    return new ServiceNetworkResourceAssociation(new vpclattice.CfnServiceNetworkResourceAssociation(this, associationId, {
      resourceConfigurationId: this.resourceConfigurationId,
      serviceNetworkId: serviceNetwork.serviceNetworkId,
      privateDnsEnabled: this.associationPrivateDnsEnabled,
    }));
  }
}

/**
 * How a resource configuration names the database.
 */
export enum DatabaseSharingMode {
  /**
   * A SINGLE resource configuration on the database's endpoint hostname and port.
   * The resource gateway resolves the hostname, so it follows the endpoint to a new
   * primary after a failover (the re-resolution is what AWS describes; not verified
   * here). Consumers connect on the configured port.
   */
  DNS = 'DNS',
  /**
   * An ARN resource configuration on the DB instance or cluster ARN, the type AWS
   * names for RDS. It takes no port or protocol and cannot be updated in place. For a
   * cluster, VPC Lattice makes child configurations of its endpoints itself, so the one
   * configuration carries the writer and the reader endpoint; consumers with private DNS
   * reach them by their RDS hostnames (`rdsHostnames`). Its behaviour on failover is
   * unverified.
   */
  ARN = 'ARN',
}

/**
 * Which endpoint of an Aurora cluster to share.
 */
export enum ClusterEndpointType {
  /** The cluster (writer) endpoint. */
  WRITER = 'WRITER',
  /**
   * The reader endpoint, as a configuration of its own (DNS mode only: in ARN mode the
   * cluster's configuration carries the reader endpoint already).
   */
  READER = 'READER',
}

/**
 * What identifies an existing resource configuration.
 */
export interface ResourceConfigurationAttributes {
  /**
   * The ARN of the resource configuration, such as
   * `arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0`.
   */
  readonly resourceConfigurationArn: string;

  /**
   * The TCP port consumers connect to (1-65535).
   * @default - unknown
   */
  readonly port?: number;
}

/**
 * Properties of a `LatticeSharedDatabase`.
 */
export interface LatticeSharedDatabaseProps extends ResourceAccessLogOptions {
  /**
   * The resource gateway in the database's VPC that consumer traffic enters through.
   */
  readonly resourceGateway: IResourceGateway;

  /**
   * The DB instance to share: an instance or a read replica
   * (`DatabaseInstanceReadReplica`). Give exactly one of `instance` and `cluster`.
   * @default - none: `cluster` must be given
   */
  readonly instance?: rds.IDatabaseInstance;

  /**
   * The Aurora DB cluster to share. Give exactly one of `instance` and `cluster`.
   * @default - none: `instance` must be given
   */
  readonly cluster?: rds.IDatabaseCluster;

  /**
   * Which endpoint of `cluster` to share. Only with `cluster`. In DNS mode the reader
   * endpoint needs its own `LatticeSharedDatabase` next to the writer's; in ARN mode the
   * one configuration of the cluster carries both, and `READER` is refused.
   * @default ClusterEndpointType.WRITER
   */
  readonly clusterEndpoint?: ClusterEndpointType;

  /**
   * How the resource configuration names the database.
   * @default DatabaseSharingMode.DNS
   */
  readonly mode?: DatabaseSharingMode;

  /**
   * The TCP port of the database (1-65535). In DNS mode it is the port consumers
   * connect to; in both modes it is the only port opened from the gateway to the
   * database. In ARN mode it must equal the database's known port (the resource
   * configuration takes no port there, so another value would only open the wrong
   * port); in DNS mode a different value is allowed with a warning.
   * @default - the database's literal port (from its CloudFormation resource when it
   * is created in this app, or from the import), else the engine's default port
   */
  readonly port?: number;

  /**
   * The name of the resource configuration: 3-40 lowercase letters, digits and
   * single hyphens, not starting with `rcfg-`. Names are unique in the account, and
   * CloudFormation creates a replacement before it deletes the old configuration: with
   * a fixed name, a change that replaces the configuration fails unless the name
   * changes in the same deployment (synth warns).
   * @default - a name derived from the construct path, ending in a hash of the values
   * whose change replaces the configuration (so a replacement gets a new name)
   */
  readonly resourceConfigurationName?: string;

  /**
   * A custom domain name for the resource configuration, such as `db.example.com`:
   * 3-255 characters, lowercase labels of at most 63. Changing or removing it later
   * replaces the configuration (synth warns).
   * @default - none: consumers use the DNS names VPC Lattice generates
   */
  readonly customDomainName?: string;

  /**
   * Service networks to associate the resource configuration with.
   * @default - none
   */
  readonly serviceNetworks?: IServiceNetwork[];

  /**
   * Whether the resource configuration may be associated with a service network
   * that is shared with other accounts. `ServiceNetwork` networks are shareable, so
   * associating with them requires `true`.
   * @default true
   */
  readonly allowAssociationToSharableServiceNetwork?: boolean;

  /**
   * Whether private DNS is enabled on the service network associations made by
   * `serviceNetworks` and `associateWith`. Changing it replaces the associations
   * (synth warns when it is set).
   * @default true
   */
  readonly privateDnsEnabled?: boolean;

  /**
   * Whether to send the resource access logs of the configuration (`VpcLatticeResourceAccessLogs`,
   * one record per connection) to CloudWatch Logs, through an access log subscription on the
   * configuration. They record the connections of resource endpoints (`SharedDatabaseEndpoint`),
   * which a service network's access log subscription does not see. Charges for vended logs apply.
   * @default true
   */
  readonly accessLogs?: boolean;

  /**
   * Whether the custom domain name of the resource configuration is the database's endpoint
   * hostname (`domainName`, such as `orders.abc123.us-east-1.rds.amazonaws.com`). A consumer whose
   * private DNS covers that name (a `SharedDatabaseEndpoint` given it as `customDomainName` does)
   * then resolves the RDS hostname to its own endpoint, so that applications connect by the name
   * the database's TLS certificate is issued for and verify it (`sslmode=verify-full`,
   * `ssl-mode=VERIFY_IDENTITY`). DNS mode only; not with `customDomainName`, nor on a gateway
   * whose `resourceConfigDnsResolution` is `IN_VPC`. Turning it on or off later replaces the
   * configuration (synth warns).
   * @default false
   */
  readonly customDomainNameFromDatabase?: boolean;

  /**
   * The id of a VPC Lattice domain verification (`dv-` and 17 lowercase letters or digits) of
   * `customDomainName` or of a parent domain, such as the `attrId` of a
   * `vpclattice.CfnDomainVerification`. Once the verification has succeeded (a TXT record in the
   * domain's public DNS zone), consumers with the default private DNS preference
   * (`VERIFIED_DOMAINS_ONLY`) get a private hosted zone for the name. Needs `customDomainName`,
   * and a domain you own: an RDS hostname (`customDomainNameFromDatabase`) cannot be verified.
   * Setting, changing or removing it later replaces the configuration.
   * @default - none: the custom domain name is unverified, and only consumers whose private DNS
   * preference lists it (or is `ALL_DOMAINS`) resolve it
   */
  readonly domainVerificationId?: string;

  /**
   * Share the database through this RDS Proxy (one of this app, such as `SecureDatabase.proxy`):
   * the configuration points at the proxy's endpoint instead of the database's, on the proxy's
   * port (3306 for MySQL and MariaDB, 5432 for PostgreSQL), and the proxy's security group, not
   * the database's, admits the gateway. DNS mode only: VPC Lattice ARN configurations take RDS
   * databases ("Only Amazon RDS databases are supported", VPC Lattice User Guide, Resource
   * configurations). `instance` or `cluster` is still the database behind it.
   *
   * Through a proxy a failover keeps the address consumers reach ("During DB failovers, RDS
   * Proxy continues to accept connections at the same IP address", RDS User Guide, How RDS Proxy
   * works). The proxy presents its own certificate for its own hostname, not the RDS certificate:
   * consumers that verify hostnames connect by the proxy's hostname (`domainName`; with
   * `customDomainNameFromDatabase`, it becomes the custom domain name).
   * @default - no proxy: the database's own endpoint
   */
  readonly proxy?: rds.DatabaseProxy;

  /**
   * Share this endpoint of `proxy` instead of its default one, such as the READ_ONLY endpoint
   * of an Aurora cluster's proxy (`SecureDatabase.proxyReaderEndpoint`).
   * @default - the proxy's default (read/write) endpoint
   */
  readonly proxyEndpoint?: rds.IDatabaseProxyEndpoint;
}

/** The resource configuration type of each mode, so that no other value can pick one. */
const CONFIGURATION_TYPE: Record<DatabaseSharingMode, string> = {
  [DatabaseSharingMode.DNS]: 'SINGLE',
  [DatabaseSharingMode.ARN]: 'ARN',
};

/**
 * Exposes one RDS database (instance, read replica, or an Aurora cluster's writer or
 * reader endpoint) through a resource gateway as a VPC Lattice resource
 * configuration (`AWS::VpcLattice::ResourceConfiguration`).
 *
 * It also opens the database port, and only that port, from the gateway's security
 * groups to the database's: an ingress rule on the database security groups and an
 * egress rule on the gateway security groups.
 *
 * @example
 * declare const gateway: ResourceGateway;
 * declare const db: rds.IDatabaseInstance;
 * const shared = new LatticeSharedDatabase(this, 'SharedDb', {
 *   resourceGateway: gateway,
 *   instance: db,
 * });
 */
export class LatticeSharedDatabase extends ResourceConfigurationBase {
  /**
   * Imports an existing resource configuration by ARN.
   */
  public static fromResourceConfigurationArn(scope: Construct, id: string, resourceConfigurationArn: string): IResourceConfiguration {
    return LatticeSharedDatabase.fromResourceConfigurationAttributes(scope, id, { resourceConfigurationArn });
  }

  /**
   * Imports an existing resource configuration by ARN, with the port consumers use.
   */
  public static fromResourceConfigurationAttributes(scope: Construct, id: string, attrs: ResourceConfigurationAttributes): IResourceConfiguration {
    if (attrs === undefined || attrs === null || typeof attrs !== 'object' || Array.isArray(attrs)) {
      throw new Error(`fromResourceConfigurationAttributes needs attributes with resourceConfigurationArn, got ${show(attrs, scope)}`);
    }
    throwIfAny('fromResourceConfigurationAttributes', [
      // arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}
      // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
      ruleFromCheck(() => validateArn('resourceConfigurationArn', attrs.resourceConfigurationArn, RESOURCE_CONFIGURATION_ARN, scope)),
      // the port of the configuration's port ranges, "for example: 1-65535"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
      ruleFromCheck(() => validateRange('port', attrs.port, 1, 65535)),
    ]);

    class Import extends ResourceConfigurationBase {
      public readonly resourceConfigurationArn = attrs.resourceConfigurationArn;
      public readonly resourceConfigurationId = Arn.split(attrs.resourceConfigurationArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
      public readonly port = attrs.port;
      public readonly resourceGateway = undefined;

      constructor() {
        super(scope, id, { environmentFromArn: attrs.resourceConfigurationArn });
      }
    }
    return new Import();
  }

  /** The id of the resource configuration. */
  public readonly resourceConfigurationId: string;
  /** The ARN of the resource configuration. */
  public readonly resourceConfigurationArn: string;
  /** The name of the resource configuration. */
  public readonly resourceConfigurationName: string;
  /**
   * The TCP port of the database: the only port opened from the gateway and, in DNS
   * mode, the port consumers connect to. Always set on a `LatticeSharedDatabase`
   * (optional only because jsii forbids narrowing `IResourceConfiguration.port`).
   */
  public readonly port?: number;
  /** How the resource configuration names the database. */
  public readonly mode: DatabaseSharingMode;
  /**
   * The resource gateway the database is exposed through. Always set on a
   * `LatticeSharedDatabase` (optional only because jsii forbids narrowing
   * `IResourceConfiguration.resourceGateway`).
   */
  public readonly resourceGateway?: IResourceGateway;
  /**
   * The database hostname the resource configuration points at (DNS mode only).
   * It is also the name the database's TLS certificate is issued for.
   */
  public readonly domainName?: string;
  /**
   * The RDS endpoint hostnames consumers reach under their own names through this
   * configuration (ARN mode): the instance's endpoint, or the cluster's writer (cluster)
   * endpoint and reader endpoint, as far as this app knows them (tokens for a database
   * created here). VPC Lattice resolves them to the consumer's endpoint when private DNS is
   * on there. Empty in DNS mode, where consumers connect to their endpoint's DNS name or
   * `customDomainName`.
   */
  public readonly rdsHostnames: string[];

  /** The log group that receives the resource access logs, when access logs are on. */
  public readonly accessLogGroup?: logs.ILogGroup;
  /** The key created to encrypt the access log group, when one was. */
  public readonly accessLogEncryptionKey?: kms.IKey;
  /** The access log subscription of the configuration, when access logs are on. */
  public readonly accessLogSubscription?: vpclattice.CfnAccessLogSubscription;

  private readonly allowSharable: boolean;
  private readonly privateDnsEnabled: boolean;

  constructor(scope: Construct, id: string, props: LatticeSharedDatabaseProps) {
    const detected = validateProps(scope, props);
    super(scope, id, { physicalName: props.resourceConfigurationName });

    const mode = props.mode ?? DatabaseSharingMode.DNS;
    const endpointType = props.clusterEndpoint ?? ClusterEndpointType.WRITER;
    const database: rds.IDatabaseInstance | rds.IDatabaseCluster = props.instance ?? props.cluster!;
    const databasePath = database.node.path;
    // validateProps refused an unknown port; a proxy listens on its engine family's port
    const proxyPort = props.proxy !== undefined ? proxyPortOf(props.proxy) : undefined;
    const port = (props.port ?? proxyPort ?? detected.port)!;
    if (props.proxy === undefined && props.port !== undefined && !isUnresolved(props.port) && detected.known && detected.port !== props.port) {
      switch (mode) {
        case DatabaseSharingMode.ARN:
          // refused by validateProps
          break;
        case DatabaseSharingMode.DNS:
          Annotations.of(this).addWarningV2('cdk-lattice-shared-database:portDiffersFromDatabase',
            `port ${props.port} differs from the port of database ${databasePath} (${detected.port}): consumers will only reach it if the database really listens on ${props.port}.`);
          break;
        default:
          throw unknownMode(mode);
      }
    }

    this.port = port;
    this.mode = mode;
    this.resourceGateway = props.resourceGateway;
    this.allowSharable = props.allowAssociationToSharableServiceNetwork ?? true;
    this.privateDnsEnabled = props.privateDnsEnabled ?? true;

    const gateway = props.resourceGateway;
    let definition: vpclattice.CfnResourceConfiguration.ResourceConfigurationDefinitionProperty;
    switch (mode) {
      case DatabaseSharingMode.DNS:
        // validateProps refused a database without the endpoint address and an IPv6-only gateway
        this.domainName = props.proxy !== undefined
          ? (props.proxyEndpoint ?? props.proxy).endpoint
          : props.instance
            ? instanceHostname(props.instance)
            : clusterHostname(props.cluster!, endpointType);
        definition = { dnsResource: { domainName: this.domainName, ipAddressType: 'IPV4' } };
        this.rdsHostnames = [];
        break;
      case DatabaseSharingMode.ARN:
        // validateProps refused an IN_VPC gateway
        definition = { arnResource: props.instance ? props.instance.instanceArn : props.cluster!.clusterArn };
        // for a cluster, the configuration carries the writer and the reader endpoint
        // (private/configuration-rules.ts); a consumer with private DNS reaches them by these names
        this.rdsHostnames = arnHostnames(props);
        // "For resource configurations of type ARN, the private DNS flag is true and immutable"
        // (AWS PrivateLink Guide, Resource configuration for VPC resources, Custom domain names for
        // service network owners, https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html)
        if (props.privateDnsEnabled === false) {
          Annotations.of(this).addWarningV2('cdk-lattice-shared-database:arnPrivateDnsAlwaysOn',
            'privateDnsEnabled false does not turn private DNS off for an ARN resource configuration: AWS keeps it on ("the private DNS flag is true and immutable"), '
            + 'so consumers\' VPCs still resolve the RDS hostnames to VPC Lattice; whether the association is created with false or refused is not documented. Leave privateDnsEnabled out in ARN mode.');
        }
        // ArnResource: "Update requires: Updates are not supported" (AWS::VpcLattice::ResourceConfiguration
        // ResourceConfigurationDefinition,
        // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-resourceconfigurationdefinition.html)
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:arnConfigurationReplaces',
          'mode ARN: an ARN-type resource configuration cannot be updated. Switching mode (either way) replaces it under a new generated name, and consumers must recreate their endpoints for the new ARN; '
          + 'pointing it at another database fails the update (CloudFormation does not support updates of ArnResource): share the new database through a new LatticeSharedDatabase instead.');
        break;
      default:
        throw unknownMode(mode);
    }
    // validateProps refused customDomainNameFromDatabase outside DNS mode and with customDomainName
    const customDomainName = props.customDomainNameFromDatabase === true ? this.domainName : props.customDomainName;
    if (props.customDomainName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:customDomainNameReplaces',
        `customDomainName ${show(props.customDomainName, this)} cannot change after deployment: changing or removing it later replaces the resource configuration (under a new generated name), and consumers must recreate their endpoints for the new ARN.`);
    } else if (customDomainName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:customDomainNameReplaces',
        `customDomainNameFromDatabase sets the custom domain name to the database hostname ${show(customDomainName, this)}, which cannot change after deployment: turning it off later, or a change of the database that gives it another hostname, replaces the resource configuration, and consumers must recreate their endpoints for the new ARN.`);
    }
    if (props.resourceConfigurationName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:fixedConfigurationName',
        `resourceConfigurationName ${show(props.resourceConfigurationName, this)} is fixed: a change that replaces the resource configuration (mode, resourceGateway or a change that replaces the gateway, customDomainName) fails `
        + 'because VPC Lattice names are unique in the account and CloudFormation creates the replacement before it deletes the old configuration. Give a new name in the same deployment as such a change, or leave the name to the construct. '
        + 'A new name alone is no in-place update: VPC Lattice cannot rename a resource configuration.');
    }

    const resourceConfigurationType = CONFIGURATION_TYPE[mode];
    const protocolType = mode === DatabaseSharingMode.DNS ? 'TCP' : undefined;
    // The values whose change replaces the configuration ("Update requires: Replacement" in the
    // AWS::VpcLattice::ResourceConfiguration reference,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html):
    // ResourceConfigurationType, ResourceGatewayId, CustomDomainName, ProtocolType and
    // DomainVerificationId (the construct sets neither GroupDomain nor ResourceConfigurationAuthType).
    // A custom domain name taken from the database is a `Fn::GetAtt` of its endpoint address, which
    // does not change in the template when the database gets a new hostname: its identifier, when the
    // database has a fixed one, stands for the hostname.
    // A replaced gateway keeps its logical id, so its `{ Ref }` does not change: the gateway's
    // own name, which changes whenever the gateway is replaced, stands for it.
    const gatewayResource = gateway.node.defaultChild;
    const replacedBy = {
      resourceConfigurationType,
      resourceGatewayId: gateway.resourceGatewayId,
      resourceGatewayName: vpclattice.CfnResourceGateway.isCfnResourceGateway(gatewayResource) ? gatewayResource.name : undefined,
      customDomainName,
      protocolType,
      domainVerificationId: props.domainVerificationId,
      databaseIdentifier: props.customDomainNameFromDatabase === true && props.proxy === undefined ? databaseIdentifier(database) : undefined,
      // through a proxy the custom domain name is the proxy endpoint's `Fn::GetAtt`: its name, which
      // changes whenever the proxy (or the endpoint) is replaced, stands for the hostname
      proxyName: props.customDomainNameFromDatabase === true && props.proxy !== undefined
        ? proxyNameOf(props.proxyEndpoint ?? props.proxy) : undefined,
    };
    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: props.resourceConfigurationName ?? latticeName(this, 40, 'rcfg-', replacedBy),
      resourceGatewayId: gateway.resourceGatewayId,
      resourceConfigurationType,
      resourceConfigurationDefinition: definition,
      portRanges: mode === DatabaseSharingMode.DNS ? [isUnresolved(port) ? Token.asString(port) : String(port)] : undefined,
      protocolType,
      allowAssociationToSharableServiceNetwork: this.allowSharable,
      customDomainName,
      domainVerificationId: props.domainVerificationId,
    });
    this.resourceConfigurationId = resource.attrId;
    this.resourceConfigurationArn = resource.attrArn;
    this.resourceConfigurationName = resource.name;

    // Resource access logs: "for resource configurations, we publish VpcLatticeResourceAccessLogs
    // which needs to be configured separately" (VPC Lattice User Guide, Access logs,
    // https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html); the
    // subscription and its sources are described in private/access-logs.ts
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

    // The database (or its proxy) admits the port from the gateway only; the gateway may send only
    // to that port.
    const dbConnections = props.proxy?.connections ?? database.connections;
    if (props.resourceGateway.connections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:gatewayWithoutSecurityGroups',
        `The resource gateway ${props.resourceGateway.node.path} has no known security groups, so no rules were added: allow TCP ${show(port, this)} from the gateway's security groups on database ${databasePath} yourself.`);
    } else if (dbConnections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:databaseWithoutSecurityGroups',
        `Database ${databasePath} has no known security groups, so no rules were added: allow TCP ${show(port, this)} from the resource gateway's security groups on it yourself.`);
    } else {
      dbConnections.allowFrom(props.resourceGateway, ec2.Port.tcp(port),
        `VPC Lattice resource gateway to database on TCP ${port}`);
    }

    // PrivateDnsEnabled replaces the association ("Update requires: Replacement",
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkresourceassociation.html),
    // and whether VPC Lattice accepts a second association of the same configuration with the same
    // network while the first exists is not documented (UNVERIFIED): warn whoever sets it.
    if (props.privateDnsEnabled !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:privateDnsEnabledReplacesAssociations',
        `privateDnsEnabled ${show(props.privateDnsEnabled)} cannot change on a deployed service network association: changing it later replaces each association with one for the same configuration and network, `
        + 'created while the old one still exists, which VPC Lattice may refuse. To change it, remove the association in one deployment and add it back in the next.');
    }

    for (const serviceNetwork of props.serviceNetworks ?? []) {
      this.associateWith(serviceNetwork);
    }
  }

  /** Whether the configuration may be associated with a shareable service network. */
  protected get allowsSharableServiceNetwork(): boolean | undefined {
    return this.allowSharable;
  }

  /** Whether the associations `associateWith` makes enable private DNS. */
  protected get associationPrivateDnsEnabled(): boolean {
    return this.privateDnsEnabled;
  }
}

/** The error for a mode `validateProps` let through, which cannot happen. */
function unknownMode(mode: never): Error {
  return new Error(`mode must be one of DatabaseSharingMode.DNS ('DNS'), DatabaseSharingMode.ARN ('ARN'); got ${show(mode)}`);
}

/**
 * Checks the props of a `LatticeSharedDatabase`: first the type guards, which stop at once
 * (later rules would crash on what they refuse), then every value rule, all reported
 * together. Returns what the library tells of the database's port.
 */
function validateProps(scope: Construct, props: LatticeSharedDatabaseProps): DatabasePort {
  validatePropsObject('LatticeSharedDatabase', 'resourceGateway and instance or cluster', props, scope);
  if (!hasMembers(props.resourceGateway, 'resourceGatewayId', 'connections', 'node')) {
    throw new Error('resourceGateway must be an IResourceGateway (a ResourceGateway, or one imported with ResourceGateway.fromResourceGatewayId or '
      + `fromResourceGatewayAttributes), got ${show(props.resourceGateway, scope)}`);
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
  guardAccessLogProps(props, scope);
  validateConstruct('proxy', props.proxy, 'an rds.DatabaseProxy of this app (such as SecureDatabase.proxy)', ['endpoint', 'connections', 'dbProxyArn'], scope);
  validateConstruct('proxyEndpoint', props.proxyEndpoint, 'an rds.IDatabaseProxyEndpoint (such as SecureDatabase.proxyReaderEndpoint)',
    ['endpoint', 'dbProxyEndpointArn'], scope);
  if (Construct.isConstruct(props.serviceNetworks)) {
    throw new Error(`serviceNetworks must be a list of service networks, got the single construct ${show(props.serviceNetworks.node.path)}: write [network]`);
  }
  validateEntries('serviceNetworks', props.serviceNetworks, 'an IServiceNetwork');
  const serviceNetworks = props.serviceNetworks !== undefined && !isUnresolved(props.serviceNetworks) ? props.serviceNetworks : [];
  serviceNetworks.forEach((network, index) => validateServiceNetwork(`serviceNetworks[${index}]`, network, scope));

  const mode = props.mode ?? DatabaseSharingMode.DNS;
  const gateway = props.resourceGateway;
  // the database, when exactly one is given (the rule below refuses both and none)
  const one = (props.instance === undefined) !== (props.cluster === undefined);
  const databaseProp = props.instance !== undefined ? 'instance' : 'cluster';
  const database: rds.IDatabaseInstance | rds.IDatabaseCluster | undefined = one ? props.instance ?? props.cluster : undefined;
  const detected = props.instance !== undefined ? instancePort(props.instance)
    : props.cluster !== undefined ? clusterPort(props.cluster) : undefined;

  throwIfAny('LatticeSharedDatabase', [
    ruleFromCheck(() => validateExactlyOne({ instance: props.instance, cluster: props.cluster })),

    // enum values from JavaScript, JSON or YAML ('dns' for 'DNS') would otherwise pick a branch silently
    ruleFromCheck(() => validateEnum('mode', props.mode, DatabaseSharingMode, 'DatabaseSharingMode')),
    ruleFromCheck(() => validateEnum('clusterEndpoint', props.clusterEndpoint, ClusterEndpointType, 'ClusterEndpointType')),
    {
      condition: () => props.clusterEndpoint !== undefined && props.cluster === undefined,
      message: () => `clusterEndpoint can only be set with cluster, got clusterEndpoint ${show(props.clusterEndpoint)}`
        + (props.instance !== undefined ? ` with instance ${show(props.instance.node.path)}` : ' without cluster'),
    },
    // in ARN mode the cluster's one configuration carries the reader endpoint (configuration-rules.ts)
    readerInArnModeRule(props.clusterEndpoint === ClusterEndpointType.READER, props.mode === DatabaseSharingMode.ARN,
      { reader: `clusterEndpoint ${show(ClusterEndpointType.READER)}`, mode: 'mode' }),

    // a proxy is shared by its endpoint's name; VPC Lattice ARN configurations take RDS databases:
    // "Only Amazon RDS databases are supported" (VPC Lattice User Guide, Resource configurations,
    // https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
    {
      condition: () => props.proxy !== undefined && props.mode === DatabaseSharingMode.ARN,
      message: () => `proxy ${show(props.proxy!.node.path)} can only be shared by its DNS name, with DatabaseSharingMode.DNS (VPC Lattice ARN configurations take RDS databases, not proxies); got mode ${show(props.mode)}`,
    },
    {
      condition: () => props.proxyEndpoint !== undefined && props.proxy === undefined,
      message: () => `proxyEndpoint ${show(props.proxyEndpoint!.node.path)} needs its proxy: give proxy too`,
    },
    {
      condition: () => props.proxy !== undefined && props.clusterEndpoint === ClusterEndpointType.READER,
      message: () => `clusterEndpoint READER does not apply through proxy ${show(props.proxy!.node.path)}: give the proxy's READ_ONLY endpoint as proxyEndpoint instead (SecureDatabase.proxyReaderEndpoint)`,
    },
    {
      // the proxy listens on its engine family's port, whatever the database's
      condition: () => props.proxy !== undefined && props.port !== undefined && !isUnresolved(props.port)
        && proxyPortOf(props.proxy) !== undefined && props.port !== proxyPortOf(props.proxy),
      message: () => `port ${props.port} differs from the port proxy ${show(props.proxy!.node.path)} listens on (${proxyPortOf(props.proxy!)}): leave port out`,
    },
    {
      condition: () => props.proxy !== undefined && props.port === undefined && proxyPortOf(props.proxy) === undefined,
      message: () => `port must be given: the engine family of proxy ${show(props.proxy!.node.path)} is not known here`,
    },
    // PortRanges: "The TCP port ranges that a consumer can use to access a resource configuration
    // (for example: 1-65535)" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
    ruleFromCheck(() => validateRange('port', props.port, 1, 65535)),
    {
      condition: () => database !== undefined && props.proxy === undefined && props.port === undefined && detected?.port === undefined,
      message: () => `port must be given: the port of database ${show(database!.node.path)} is not a literal and its engine is unknown`,
    },
    {
      // a resource configuration's port ranges are TCP ports, "for example: 1-65535"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
      condition: () => database !== undefined && props.port === undefined && detected?.port !== undefined
        && !isUnresolved(detected.port) && !isTcpPort(detected.port),
      message: () => `${databaseProp} ${show(database!.node.path)} has port ${show(detected!.port)}, which is no TCP port (a whole number from 1 to 65535): `
        + 'give the database a valid port, or set port to the port it listens on',
    },
    {
      // in ARN mode the construct sets no port ranges on the configuration: another port than the
      // database's would only open the wrong port from the gateway
      condition: () => database !== undefined && mode === DatabaseSharingMode.ARN && isTcpPort(props.port)
        && detected?.known === true && detected.port !== props.port,
      message: () => `port must equal the port of database ${show(database!.node.path)} (${detected!.port}) in ARN mode, where the resource configuration takes no port, got ${show(props.port)}`,
    },
    {
      // RDS endpoint names resolve to IPv4 addresses: an IPv6-only gateway cannot reach them
      condition: () => mode === DatabaseSharingMode.DNS && gateway.ipAddressType === ResourceGatewayIpAddressType.IPV6,
      message: () => `resourceGateway ${show(gateway.node.path)} has ipAddressType IPV6, but an RDS endpoint resolves to IPv4 addresses: use IPV4 or DUALSTACK`,
    },
    {
      // CreateResourceGateway, resourceConfigDnsResolution: "An IN_VPC resource gateway can't be
      // used for ARN resource configurations"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html)
      condition: () => mode === DatabaseSharingMode.ARN && gateway.resourceConfigDnsResolution === ResourceConfigDnsResolution.IN_VPC,
      message: () => `mode ARN needs a resource gateway whose resourceConfigDnsResolution is not IN_VPC (AWS refuses ARN resource configurations on an IN_VPC gateway): resourceGateway ${show(gateway.node.path)} has resourceConfigDnsResolution 'IN_VPC', got mode 'ARN'`,
    },
    // DNS mode needs the database's endpoint name: DnsResource DomainName, "Required: Yes"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-dnsresource.html)
    ruleFromCheck(() => {
      if (mode !== DatabaseSharingMode.DNS || database === undefined) {
        return;
      }
      if (props.instance !== undefined) {
        instanceHostname(props.instance);
      } else if (isMember(props.clusterEndpoint ?? ClusterEndpointType.WRITER, ClusterEndpointType)) {
        clusterHostname(props.cluster!, props.clusterEndpoint ?? ClusterEndpointType.WRITER);
      }
    }),

    // Name: 3-40 characters, pattern ^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
    ruleFromCheck(() => validateLatticeName('resourceConfigurationName', props.resourceConfigurationName,
      { minLength: 3, maxLength: 40, reservedPrefix: 'rcfg-' })),
    // a lowercase FQDN of 3-255 characters (CreateResourceConfiguration customDomainName; the rules
    // and their sources are in private/domain-names.ts)
    ruleFromCheck(() => validateDomainName('customDomainName', props.customDomainName, scope)),

    // AllowAssociationToSharableServiceNetwork, "Type: Boolean" (AWS::VpcLattice::ResourceConfiguration,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
    ruleFromCheck(() => validateBoolean('allowAssociationToSharableServiceNetwork', props.allowAssociationToSharableServiceNetwork)),
    // PrivateDnsEnabled, "Type: Boolean" (AWS::VpcLattice::ServiceNetworkResourceAssociation,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkresourceassociation.html)
    ruleFromCheck(() => validateBoolean('privateDnsEnabled', props.privateDnsEnabled)),

    ...serviceNetworks.map((network, index): ValidationRule => ({
      condition: () => serviceNetworks.indexOf(network) !== index,
      message: () => `serviceNetworks[${index}] is service network ${show(network.node.path)} again (also serviceNetworks[${serviceNetworks.indexOf(network)}]): associate with each network once`,
    })),
    ...serviceNetworks.map(network => sharableRule(props.allowAssociationToSharableServiceNetwork, network)),

    ...accessLogRules(props, scope),

    ...customDomainRules(props, {
      dnsMode: mode === DatabaseSharingMode.DNS,
      gatewayInVpc: gateway.resourceConfigDnsResolution === ResourceConfigDnsResolution.IN_VPC,
      gatewayPath: gateway.node.path,
      target: () => props.instance !== undefined ? instanceHostname(props.instance)
        : props.cluster !== undefined ? clusterHostname(props.cluster, props.clusterEndpoint ?? ClusterEndpointType.WRITER) : undefined,
    }, scope),
  ]);
  // the rules refused neither instance nor cluster
  return detected!;
}

/**
 * `allowAssociationToShareableServiceNetwork`: "Specifies whether the resource configuration can be
 * associated with a sharable service network" (CreateResourceConfiguration,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html).
 * Broken when the configuration may not be and the network is shareable.
 */
function sharableRule(allowSharable: boolean | undefined, serviceNetwork: IServiceNetwork): ValidationRule {
  return {
    condition: () => allowSharable === false && serviceNetwork.shareable === true,
    message: () => `allowAssociationToSharableServiceNetwork must be true to associate with service network ${show(serviceNetwork.node.path)}, which is shareable; got false`,
  };
}

/**
 * The fixed identifier of a database created in this app (`DBInstanceIdentifier`,
 * `DBClusterIdentifier`), part of its endpoint hostname; undefined for an import or a generated one.
 */
function databaseIdentifier(database: rds.IDatabaseInstance | rds.IDatabaseCluster): string | undefined {
  const resource = database.node.defaultChild;
  if (rds.CfnDBInstance.isCfnDBInstance(resource)) {
    return resource.dbInstanceIdentifier;
  }
  if (rds.CfnDBCluster.isCfnDBCluster(resource)) {
    return resource.dbClusterIdentifier;
  }
  return undefined;
}

/**
 * The port a proxy of this app listens on: its engine family's ("MySQL 3306, PostgreSQL 5432",
 * RDS User Guide, Working with Amazon RDS Proxy endpoints,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-endpoints.html).
 */
function proxyPortOf(proxy: rds.DatabaseProxy): number | undefined {
  const cfn = proxy.node.defaultChild;
  const family = rds.CfnDBProxy.isCfnDBProxy(cfn) ? cfn.engineFamily : undefined;
  return typeof family === 'string' ? PROXY_PORTS[family] : undefined;
}

/** The name of a proxy or proxy endpoint of this app (its L1's), for the names that follow it. */
function proxyNameOf(proxy: rds.IDatabaseProxy | rds.IDatabaseProxyEndpoint): unknown {
  const cfn = proxy.node.defaultChild;
  if (rds.CfnDBProxy.isCfnDBProxy(cfn)) {
    return cfn.dbProxyName;
  }
  return rds.CfnDBProxyEndpoint.isCfnDBProxyEndpoint(cfn) ? cfn.dbProxyEndpointName : undefined;
}

/** Whether a value is a member of a string enum. */
function isMember(value: unknown, enumObject: object): boolean {
  return Object.values(enumObject).includes(value);
}

/** Checks that a value is a service network this library can associate with. */
function validateServiceNetwork(prop: string, value: unknown, scope: IConstruct): asserts value is IServiceNetwork {
  if (!(Construct.isConstruct(value) && hasMembers(value, 'serviceNetworkId'))) {
    throw new Error(`${prop} must be an IServiceNetwork (a ServiceNetwork, or one imported with ServiceNetwork.fromServiceNetworkArn or fromServiceNetworkId), got ${show(value, scope)}`);
  }
}

/** What DNS mode needs of each cluster endpoint type, so that no other value can pick one. */
interface ClusterEndpointChoice {
  /** the endpoint as messages name it */
  readonly which: string;
  /** the attribute of `DatabaseCluster.fromDatabaseClusterAttributes` that gives its address */
  readonly attribute: string;
  /** the endpoint of the cluster */
  readonly endpoint: (cluster: rds.IDatabaseCluster) => rds.Endpoint;
  /** what else the user can do without the address */
  readonly otherwise: string;
}
const CLUSTER_ENDPOINTS: Record<ClusterEndpointType, ClusterEndpointChoice> = {
  [ClusterEndpointType.WRITER]: {
    which: 'writer', attribute: 'clusterEndpointAddress', endpoint: cluster => cluster.clusterEndpoint, otherwise: ', or use mode ARN',
  },
  [ClusterEndpointType.READER]: {
    which: 'reader', attribute: 'readerEndpointAddress', endpoint: cluster => cluster.clusterReadEndpoint, otherwise: '',
  },
};

/**
 * The RDS hostnames of the database of an ARN configuration that this app knows: an
 * instance's endpoint; a cluster's writer and reader endpoints. An import without an address
 * has none (ARN mode does not need them).
 */
function arnHostnames(props: LatticeSharedDatabaseProps): string[] {
  const known = (hostname: () => string): string[] => {
    try {
      const value = hostname();
      return typeof value === 'string' && value !== '' ? [value] : [];
    } catch {
      return [];
    }
  };
  if (props.instance !== undefined) {
    return known(() => props.instance!.dbInstanceEndpointAddress);
  }
  return [
    ...known(() => props.cluster!.clusterEndpoint.hostname),
    ...known(() => props.cluster!.clusterReadEndpoint.hostname),
  ];
}

function instanceHostname(instance: rds.IDatabaseInstance): string {
  let address: string | undefined;
  try {
    address = instance.dbInstanceEndpointAddress;
  } catch {
    address = undefined;
  }
  if (address === undefined || address === null || address === '') {
    throw new Error(`instance ${show(instance.node.path)} has no endpoint address for DNS mode: import it with instanceEndpointAddress and port, or use mode ARN`);
  }
  return address;
}

function clusterHostname(cluster: rds.IDatabaseCluster, endpointType: ClusterEndpointType): string {
  const { which, attribute, endpoint, otherwise } = CLUSTER_ENDPOINTS[endpointType];
  try {
    return endpoint(cluster).hostname;
  } catch {
    throw new Error(`cluster ${show(cluster.node.path)} has no ${which} endpoint address for DNS mode with clusterEndpoint ${show(endpointType)}: import it with ${attribute} and port${otherwise}`);
  }
}
