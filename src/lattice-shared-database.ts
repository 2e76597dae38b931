import { Annotations, Arn, ArnFormat, IResource, Names, Resource, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { clusterPort, instancePort } from './private/database-port';
import { latticeName } from './private/names';
import { addResourceLimitValidation } from './private/resource-limit';
import { isUnresolved, show, validateArn, validateExactlyOne, validateLatticeName, validateRange } from './private/validation';
import { IResourceGateway, ResourceGateway, ResourceGatewayIpAddressType } from './resource-gateway';
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
   * single hyphens, not starting with `rcfg-`.
   * @default - a unique name derived from the construct path
   */
  readonly resourceConfigurationName?: string;

  /**
   * A custom domain name for the resource configuration, such as `db.example.com`.
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
   * `serviceNetworks` and `associateWith`.
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

    let definition: vpclattice.CfnResourceConfiguration.ResourceConfigurationDefinitionProperty;
    if (mode === DatabaseSharingMode.DNS) {
      this.domainName = props.instance
        ? props.instance.dbInstanceEndpointAddress
        : clusterHostname(props.cluster!, endpointType);
      // RDS endpoint names resolve to IPv4 addresses: an IPv6-only gateway cannot reach them
      if (props.resourceGateway instanceof ResourceGateway && props.resourceGateway.ipAddressType === ResourceGatewayIpAddressType.IPV6) {
        throw new Error(`resourceGateway ${show(props.resourceGateway.node.path)} has ipAddressType IPV6, but an RDS endpoint resolves to IPv4 addresses: use IPV4 or DUALSTACK`);
      }
      definition = { dnsResource: { domainName: this.domainName, ipAddressType: 'IPV4' } };
    } else {
      definition = { arnResource: props.instance ? props.instance.instanceArn : props.cluster!.clusterArn };
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:arnConfigurationReplaces',
        'mode ARN: an ARN-type resource configuration cannot be updated, so switching mode (either way) or the database later replaces it, and consumers must recreate their endpoints for the new ARN.');
    }

    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: props.resourceConfigurationName ?? latticeName(this, 40, 'rcfg-'),
      resourceGatewayId: props.resourceGateway.resourceGatewayId,
      resourceConfigurationType: mode === DatabaseSharingMode.DNS ? 'SINGLE' : 'ARN',
      resourceConfigurationDefinition: definition,
      portRanges: mode === DatabaseSharingMode.DNS ? [isUnresolved(port) ? Token.asString(port) : String(port)] : undefined,
      protocolType: mode === DatabaseSharingMode.DNS ? 'TCP' : undefined,
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
