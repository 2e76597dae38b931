import { Annotations, Arn, ArnFormat, IResource, Names, Resource, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { clusterPort, instancePort } from './private/database-port';
import { latticeName } from './private/names';
import { addResourceLimitValidation } from './private/resource-limit';
import { isUnresolved, show, validateArn, validateExactlyOne, validateLatticeName, validateRange } from './private/validation';
import { IResourceGateway, ResourceConfigDnsResolution, ResourceGatewayIpAddressType } from './resource-gateway';
import { IServiceNetwork, ServiceNetwork } from './service-network';

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
   * names for RDS. It takes no port or protocol and cannot be updated in place;
   * its behaviour with Aurora reader endpoints and Multi-AZ failover is unverified.
   */
  ARN = 'ARN',
}

/**
 * Which endpoint of an Aurora cluster to share.
 */
export enum ClusterEndpointType {
  /** The cluster (writer) endpoint. */
  WRITER = 'WRITER',
  /** The reader endpoint (DNS mode only). */
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
export interface LatticeSharedDatabaseProps {
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
   * Which endpoint of `cluster` to share. Only with `cluster`; `READER` only in DNS
   * mode. A reader needs its own `LatticeSharedDatabase` next to the writer's.
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
   * A custom domain name for the resource configuration, such as `db.example.com`.
   * Changing or removing it later replaces the configuration (synth warns).
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
}

const RESOURCE_CONFIGURATION_ARN = /^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:resourceconfiguration\/rcfg-[0-9a-z]+$/;
const DOMAIN_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

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
export class LatticeSharedDatabase extends Resource implements IResourceConfiguration {
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
    validateArn('resourceConfigurationArn', attrs.resourceConfigurationArn, RESOURCE_CONFIGURATION_ARN,
      'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0');
    validateRange('port', attrs.port, 1, 65535);

    class Import extends Resource implements IResourceConfiguration {
      public readonly resourceConfigurationArn = attrs.resourceConfigurationArn;
      public readonly resourceConfigurationId = Arn.split(attrs.resourceConfigurationArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
      public readonly port = attrs.port;

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
  /** The resource gateway the database is exposed through. */
  public readonly resourceGateway: IResourceGateway;
  /**
   * The database hostname the resource configuration points at (DNS mode only).
   * It is also the name the database's TLS certificate is issued for.
   */
  public readonly domainName?: string;

  private readonly allowSharable: boolean;
  private readonly privateDnsEnabled: boolean;

  constructor(scope: Construct, id: string, props: LatticeSharedDatabaseProps) {
    validateLatticeName('resourceConfigurationName', props.resourceConfigurationName,
      { minLength: 3, maxLength: 40, reservedPrefix: 'rcfg-' });
    super(scope, id, { physicalName: props.resourceConfigurationName });
    addResourceLimitValidation(this);

    validateExactlyOne({ instance: props.instance, cluster: props.cluster });
    const mode = props.mode ?? DatabaseSharingMode.DNS;
    if (props.clusterEndpoint !== undefined && props.cluster === undefined) {
      throw new Error(`clusterEndpoint can only be set with cluster, got clusterEndpoint ${show(props.clusterEndpoint)} with instance ${show(props.instance!.node.path)}`);
    }
    const endpointType = props.clusterEndpoint ?? ClusterEndpointType.WRITER;
    if (endpointType === ClusterEndpointType.READER && mode === DatabaseSharingMode.ARN) {
      throw new Error(`clusterEndpoint ${show(ClusterEndpointType.READER)} needs mode DNS: an ARN resource configuration names the whole cluster, got mode ${show(mode)}`);
    }
    validateRange('port', props.port, 1, 65535);
    if (props.customDomainName !== undefined && !isUnresolved(props.customDomainName)
      && !DOMAIN_NAME.test(props.customDomainName)) {
      throw new Error(`customDomainName must be a lowercase fully qualified domain name such as 'db.example.com', got ${show(props.customDomainName)}`);
    }

    const databasePath = (props.instance ?? props.cluster!).node.path;
    const detected = props.instance ? instancePort(props.instance) : clusterPort(props.cluster!);
    const port = props.port ?? detected.port;
    if (port === undefined) {
      throw new Error(`port must be given: the port of database ${show(databasePath)} is not a literal and its engine is unknown`);
    }
    if (props.port !== undefined && !isUnresolved(props.port) && detected.known && detected.port !== props.port) {
      if (mode === DatabaseSharingMode.ARN) {
        throw new Error(`port must equal the port of database ${show(databasePath)} (${detected.port}) in ARN mode, where the resource configuration takes no port, got ${show(props.port)}`);
      }
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:portDiffersFromDatabase',
        `port ${props.port} differs from the port of database ${databasePath} (${detected.port}): consumers will only reach it if the database really listens on ${props.port}.`);
    }

    this.port = port;
    this.mode = mode;
    this.resourceGateway = props.resourceGateway;
    this.allowSharable = props.allowAssociationToSharableServiceNetwork ?? true;
    this.privateDnsEnabled = props.privateDnsEnabled ?? true;

    const gateway = props.resourceGateway;
    let definition: vpclattice.CfnResourceConfiguration.ResourceConfigurationDefinitionProperty;
    if (mode === DatabaseSharingMode.DNS) {
      this.domainName = props.instance
        ? props.instance.dbInstanceEndpointAddress
        : clusterHostname(props.cluster!, endpointType);
      // RDS endpoint names resolve to IPv4 addresses: an IPv6-only gateway cannot reach them
      if (gateway.ipAddressType === ResourceGatewayIpAddressType.IPV6) {
        throw new Error(`resourceGateway ${show(gateway.node.path)} has ipAddressType IPV6, but an RDS endpoint resolves to IPv4 addresses: use IPV4 or DUALSTACK`);
      }
      definition = { dnsResource: { domainName: this.domainName, ipAddressType: 'IPV4' } };
    } else {
      // CreateResourceGateway, resourceConfigDnsResolution: "An IN_VPC resource gateway can't be
      // used for ARN resource configurations"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html)
      if (gateway.resourceConfigDnsResolution === ResourceConfigDnsResolution.IN_VPC) {
        throw new Error(`mode ARN needs a resource gateway whose resourceConfigDnsResolution is not IN_VPC (AWS refuses ARN resource configurations on an IN_VPC gateway): resourceGateway ${show(gateway.node.path)} has resourceConfigDnsResolution 'IN_VPC', got mode 'ARN'`);
      }
      definition = { arnResource: props.instance ? props.instance.instanceArn : props.cluster!.clusterArn };
      // ArnResource: "Update requires: Updates are not supported" (AWS::VpcLattice::ResourceConfiguration
      // ResourceConfigurationDefinition,
      // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-resourceconfigurationdefinition.html)
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:arnConfigurationReplaces',
        'mode ARN: an ARN-type resource configuration cannot be updated. Switching mode (either way) replaces it under a new generated name, and consumers must recreate their endpoints for the new ARN; '
        + 'pointing it at another database fails the update (CloudFormation does not support updates of ArnResource): share the new database through a new LatticeSharedDatabase instead.');
    }
    if (props.customDomainName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:customDomainNameReplaces',
        `customDomainName ${show(props.customDomainName)} cannot change after deployment: changing or removing it later replaces the resource configuration (under a new generated name), and consumers must recreate their endpoints for the new ARN.`);
    }
    if (props.resourceConfigurationName !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:fixedConfigurationName',
        `resourceConfigurationName ${show(props.resourceConfigurationName)} is fixed: a change that replaces the resource configuration (mode, resourceGateway or a change that replaces the gateway, customDomainName) fails `
        + 'because VPC Lattice names are unique in the account and CloudFormation creates the replacement before it deletes the old configuration. Give a new name in the same deployment as such a change, or leave the name to the construct. '
        + 'A new name alone is no in-place update: VPC Lattice cannot rename a resource configuration.');
    }

    const resourceConfigurationType = mode === DatabaseSharingMode.DNS ? 'SINGLE' : 'ARN';
    const protocolType = mode === DatabaseSharingMode.DNS ? 'TCP' : undefined;
    // The values whose change replaces the configuration ("Update requires: Replacement" in the
    // AWS::VpcLattice::ResourceConfiguration reference,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html):
    // ResourceConfigurationType, ResourceGatewayId, CustomDomainName and ProtocolType (the
    // construct sets none of DomainVerificationId, GroupDomain, ResourceConfigurationAuthType).
    // A replaced gateway keeps its logical id, so its `{ Ref }` does not change: the gateway's
    // own name, which changes whenever the gateway is replaced, stands for it.
    const gatewayResource = gateway.node.defaultChild;
    const replacedBy = {
      resourceConfigurationType,
      resourceGatewayId: gateway.resourceGatewayId,
      resourceGatewayName: vpclattice.CfnResourceGateway.isCfnResourceGateway(gatewayResource) ? gatewayResource.name : undefined,
      customDomainName: props.customDomainName,
      protocolType,
    };
    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: props.resourceConfigurationName ?? latticeName(this, 40, 'rcfg-', replacedBy),
      resourceGatewayId: gateway.resourceGatewayId,
      resourceConfigurationType,
      resourceConfigurationDefinition: definition,
      portRanges: mode === DatabaseSharingMode.DNS ? [isUnresolved(port) ? Token.asString(port) : String(port)] : undefined,
      protocolType,
      allowAssociationToSharableServiceNetwork: this.allowSharable,
      customDomainName: props.customDomainName,
    });
    this.resourceConfigurationId = resource.attrId;
    this.resourceConfigurationArn = resource.attrArn;
    this.resourceConfigurationName = resource.name;

    // The database admits the port from the gateway only; the gateway may send only to that port.
    const dbConnections = (props.instance ?? props.cluster!).connections;
    if (props.resourceGateway.connections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:gatewayWithoutSecurityGroups',
        `The resource gateway ${props.resourceGateway.node.path} has no known security groups, so no rules were added: allow TCP ${port} from the gateway's security groups on database ${databasePath} yourself.`);
    } else if (dbConnections.securityGroups.length === 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:databaseWithoutSecurityGroups',
        `Database ${databasePath} has no known security groups, so no rules were added: allow TCP ${port} from the resource gateway's security groups on it yourself.`);
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

  /**
   * Associates the resource configuration with a service network, so consumers
   * connected to that network can reach the database.
   *
   * @param serviceNetwork the service network
   * @param id the construct id of the association; by default `Association`
   * followed by the service network's unique id
   */
  public associateWith(serviceNetwork: IServiceNetwork, id?: string): vpclattice.CfnServiceNetworkResourceAssociation {
    if (!this.allowSharable && serviceNetwork instanceof ServiceNetwork) {
      throw new Error(`allowAssociationToSharableServiceNetwork must be true to associate with service network ${show(serviceNetwork.node.path)}, which is shareable; got false`);
    }
    if (!this.allowSharable) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:associationMayBeRejected',
        `allowAssociationToSharableServiceNetwork is false: the association with ${serviceNetwork.node.path} fails if that service network is shareable.`);
    }
    return new vpclattice.CfnServiceNetworkResourceAssociation(this, id ?? `Association${Names.uniqueId(serviceNetwork)}`, {
      resourceConfigurationId: this.resourceConfigurationId,
      serviceNetworkId: serviceNetwork.serviceNetworkId,
      privateDnsEnabled: this.privateDnsEnabled,
    });
  }
}

function clusterHostname(cluster: rds.IDatabaseCluster, endpointType: ClusterEndpointType): string {
  try {
    return endpointType === ClusterEndpointType.READER ? cluster.clusterReadEndpoint.hostname : cluster.clusterEndpoint.hostname;
  } catch (e) {
    const needed = endpointType === ClusterEndpointType.READER ? 'readerEndpointAddress' : 'clusterEndpointAddress';
    throw new Error(`cluster ${show(cluster.node.path)} has no ${endpointType === ClusterEndpointType.READER ? 'reader' : 'writer'} endpoint address for DNS mode with clusterEndpoint ${show(endpointType)}: import it with ${needed} and port (${(e as Error).message})`);
  }
}
