import { Annotations, CfnOutput, Tags, Token } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CrossAccountShare, SharePrincipal } from './cross-account-share';
import { SharedDatabaseDashboard } from './database-monitoring';
import { LatticeSharedDatabase, DatabaseSharingMode, ClusterEndpointType } from './lattice-shared-database';
import { asGiven, pathsOf } from './private/as-given';
import { readerNeedsOwnConfiguration } from './private/configuration-rules';
import { newEncryptionKey } from './private/key-builder';
import { allowCloudWatchLogs } from './private/logs-key';
import { validateSharePrincipals } from './private/principals';
import { ruleFromCheck, throwIfAny, ValidationRule } from './private/rules';
import { buildSecureDatabase, OPTION_NAMES, validateDatabaseOptions } from './private/secure-database-builder';
import { defaultPrivateSubnets } from './private/subnets';
import { buildAuditTrail } from './private/trail-builder';
import { isPlainObject, show, validateAtMostOne, validateConstruct, warnUnknownProps, validateBoolean, validateCidr, validateEnum, validateObject, validateString } from './private/validation';
import { buildFlowLog, buildIsolatedVpc } from './private/vpc-builder';
import { ResourceGateway, ResourceGatewayOptions, ResourceGatewayProps } from './resource-gateway';
import { DatabaseOptions } from './secure-database';
import { IServiceNetwork, ServiceNetwork, ServiceNetworkProps } from './service-network';

/**
 * Properties of `SecureDatabaseAccess`. Only `consumers` is required.
 */
export interface SecureDatabaseAccessProps {
  /**
   * Who may use the database: accounts, organizational units or the organization.
   */
  readonly consumers: SharePrincipal[];

  /**
   * Whether principals outside your organization may receive the share.
   * @default - true when any consumer is a plain account id, false otherwise
   */
  readonly allowExternalPrincipals?: boolean;

  /**
   * An existing VPC. Give this or `vpcCidr`, not both.
   * @default - a new VPC with isolated subnets in two Availability Zones
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Subnets of the resource gateway and the created database in an existing VPC.
   * @default - the isolated subnets, else the private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The CIDR block of a new VPC.
   * @default '10.0.0.0/16'
   */
  readonly vpcCidr?: string;

  /**
   * Give a new VPC public subnets, an internet gateway and one NAT gateway (about
   * $33 a month), for workloads in it that need the internet. The pattern itself never does.
   * @default false
   */
  readonly internetAccess?: boolean;

  /**
   * VPC flow logs to an encrypted CloudWatch Logs group.
   * @default true
   */
  readonly flowLogs?: boolean;

  /**
   * Resource access logs of each resource configuration (`VpcLatticeResourceAccessLogs`, one
   * record per connection) to an encrypted CloudWatch Logs group per configuration, kept
   * `logRetention` and retained when it leaves the stack. They record the connections of resource
   * endpoints (`SharedDatabaseEndpoint`), which the service network's access logs do not see. See
   * `LatticeSharedDatabaseProps.accessLogs`.
   * @default true
   */
  readonly resourceAccessLogs?: boolean;

  /**
   * How long flow logs, access logs and trail logs are kept in CloudWatch Logs.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * An existing RDS instance (or read replica) to share. Needs `vpc`. Give at most
   * one of `database`, `databaseCluster` and `databaseOptions`.
   * @default - a new database created from `databaseOptions`
   */
  readonly database?: rds.IDatabaseInstance;

  /**
   * An existing Aurora cluster to share (its writer endpoint). Needs `vpc`.
   * @default - a new database created from `databaseOptions`
   */
  readonly databaseCluster?: rds.IDatabaseCluster;

  /**
   * How to create the database.
   * @default - a MySQL 8.4 db.t3.micro instance with the secure defaults of `DatabaseOptions`
   */
  readonly databaseOptions?: DatabaseOptions;

  /**
   * How the database is exposed through VPC Lattice. In DNS mode a read replica or an Aurora
   * reader gets a resource configuration of its own; in ARN mode a read replica does too, but
   * an Aurora reader is carried by the cluster's one configuration.
   * @default DatabaseSharingMode.DNS
   */
  readonly sharingMode?: DatabaseSharingMode;

  /**
   * Options of the resource gateway (`vpc` is the construct's VPC).
   * @default - a gateway in the database subnets with its own security group
   */
  readonly gatewayOptions?: ResourceGatewayOptions;

  /**
   * An existing service network to put the resource configurations in.
   * @default - a new service network, unless `createServiceNetwork` is false
   */
  readonly serviceNetwork?: IServiceNetwork;

  /**
   * Whether to create a service network when `serviceNetwork` is not given.
   * @default true
   */
  readonly createServiceNetwork?: boolean;

  /**
   * Options of the created service network.
   * @default - access logs to an encrypted CloudWatch Logs group, no auth policy
   */
  readonly serviceNetworkOptions?: ServiceNetworkProps;

  /**
   * Whether the created service network is shared with the consumers too (in its own
   * share, so it does not wait for the database), letting them associate a VPC with it.
   * @default true
   */
  readonly shareServiceNetwork?: boolean;

  /**
   * A CloudTrail trail for the account's management events, to an encrypted,
   * versioned bucket and CloudWatch Logs. Usually one trail per account exists already.
   * @default false
   * @deprecated An account-level trail does not belong to one database: use `AuditTrail`, once,
   * in the stack that owns account-wide resources. This prop stays so that a trail deployed with
   * it keeps its bucket and log group (they live at this construct's paths); it builds exactly
   * what `AuditTrail` builds, with this construct's key.
   */
  readonly cloudTrail?: boolean;

  /**
   * The `Environment` tag on everything the construct creates.
   * @default - no Environment tag
   */
  readonly environment?: string;

  /**
   * The `CostCenter` tag on everything the construct creates.
   * @default - no CostCenter tag
   */
  readonly costCenter?: string;

  /**
   * Stack outputs with what a consumer needs: configuration ARNs, service network
   * ARN, share ARN, secret ARN, database port.
   * @default true
   */
  readonly outputs?: boolean;

  /**
   * Make each configuration's custom domain name its target's hostname (the RDS endpoint, or the
   * proxy's with `databaseOptions.proxy`), so that consumers connect by the name the server
   * certificate covers and keep `verify-full` / `VERIFY_IDENTITY`. DNS sharing mode only. See
   * `LatticeSharedDatabaseProps.customDomainNameFromDatabase`; changing it later replaces the
   * configurations.
   * @default false
   */
  readonly customDomainNameFromDatabase?: boolean;

  /**
   * A CloudWatch dashboard of the shared database (`SharedDatabaseDashboard`): its health next to
   * its VPC Lattice traffic (from the resource access logs), and the state of the
   * `databaseOptions.alarms` when there are any.
   * @default false
   */
  readonly dashboard?: boolean;

  /**
   * The customer managed key for storage, the secret, Performance Insights and logs.
   * @default - a new key with rotation on, retained when the stack is deleted
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * The provider side of cross-account database sharing in one construct: a VPC with
 * no internet path, an encrypted database that requires TLS, a VPC Lattice resource
 * gateway and resource configuration, a service network with access logs, the AWS RAM
 * share to the consumers, flow logs and stack outputs.
 *
 * @example
 * new SecureDatabaseAccess(this, 'Access', {
 *   consumers: [SharePrincipal.account('222222222222')],
 * });
 */
export class SecureDatabaseAccess extends Construct {
  /** The VPC of the database and the gateway. */
  public readonly vpc: ec2.IVpc;
  /** The customer managed key of the created resources and logs (undefined when nothing needs one). */
  public readonly encryptionKey?: kms.IKey;
  /** The shared RDS instance, when the database is an instance. */
  public readonly database?: rds.IDatabaseInstance;
  /** The shared Aurora cluster, when the database is a cluster. */
  public readonly databaseCluster?: rds.IDatabaseCluster;
  /** The read replica, when one was created for an instance. */
  public readonly readReplica?: rds.IDatabaseInstance;
  /** The database security group the construct created. */
  public readonly databaseSecurityGroup?: ec2.ISecurityGroup;
  /** The Secrets Manager secret with the master credentials, when the database was created. */
  public readonly secret?: secretsmanager.ISecret;
  /** The TCP port of the database. */
  public readonly port: number;
  /** The VPC Lattice resource gateway. */
  public readonly resourceGateway: ResourceGateway;
  /** The resource configuration of the database (the writer, for a cluster). */
  public readonly sharedDatabase: LatticeSharedDatabase;
  /**
   * The resource configuration of the read replica or, in DNS mode, of the cluster's reader
   * endpoint. Undefined for an Aurora reader in ARN mode: `sharedDatabase` carries it.
   */
  public readonly sharedReadReplica?: LatticeSharedDatabase;
  /** The service network the configurations are associated with. */
  public readonly serviceNetwork?: IServiceNetwork;
  /** The AWS RAM share of the resource configurations. */
  public readonly share: CrossAccountShare;
  /** The AWS RAM share of the created service network. */
  public readonly serviceNetworkShare?: CrossAccountShare;
  /** The VPC flow log. */
  public readonly flowLog?: ec2.FlowLog;
  /** The encrypted CloudWatch Logs group of the VPC flow log. */
  public readonly flowLogGroup?: logs.ILogGroup;
  /** The parameter group that requires TLS, when the database was created. */
  public readonly parameterGroup?: rds.IParameterGroup;
  /** The option group with the MariaDB Audit Plugin, when a MySQL or MariaDB instance was created. */
  public readonly optionGroup?: rds.IOptionGroup;
  /** The CloudTrail trail. */
  public readonly trail?: cloudtrail.Trail;
  /** Whether the master secret was generated by this construct (an instance with a read replica) rather than managed by RDS. */
  public readonly masterSecretGenerated: boolean = false;
  /** The alarms of `databaseOptions.alarms` (empty without it). */
  public readonly alarms: cloudwatch.IAlarm[] = [];
  /** The SNS topic the alarms notify, when it was created here. */
  public readonly alarmTopic?: sns.ITopic;
  /** The RDS Proxy of `databaseOptions.proxy`, which the configurations then share. */
  public readonly proxy?: rds.DatabaseProxy;
  /** The proxy's READ_ONLY endpoint, for an Aurora cluster with a reader. */
  public readonly proxyReaderEndpoint?: rds.IDatabaseProxyEndpoint;
  /** The dashboard, with `dashboard: true`. */
  public readonly dashboard?: SharedDatabaseDashboard;

  constructor(scope: Construct, id: string, props: SecureDatabaseAccessProps) {
    super(scope, id);
    validateProps(props, this);

    const logRetention = props.logRetention ?? logs.RetentionDays.ONE_YEAR;
    const resourceAccessLogs = props.resourceAccessLogs !== false;
    const needsKey = props.databaseOptions !== undefined || (props.database === undefined && props.databaseCluster === undefined)
      || props.flowLogs !== false || props.cloudTrail === true || (props.serviceNetwork === undefined && props.createServiceNetwork !== false)
      || resourceAccessLogs;
    if (props.encryptionKey) {
      this.encryptionKey = props.encryptionKey;
      // the log groups below are encrypted with it: CloudWatch Logs needs the key policy to allow it
      // (an imported key's policy cannot be written here: addToResourcePolicy says so)
      if (needsKey && !allowCloudWatchLogs(props.encryptionKey, 'AllowCloudWatchLogsOfThisAccount', '*')) {
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:importedEncryptionKey',
          `encryptionKey ${show(props.encryptionKey.node.path)} is imported: its key policy must let logs.<region>.amazonaws.com use it (kms:EncryptionContext:aws:logs:arn), or the encrypted log groups fail to create.`);
      }
    } else if (needsKey) {
      const key = newEncryptionKey(this, `Encrypts the shared database, its secret and logs (${this.node.path})`);
      allowCloudWatchLogs(key, 'AllowCloudWatchLogsOfThisAccount', '*');
      this.encryptionKey = key;
    }

    // ---------------------------------------------------------------- VPC
    this.vpc = props.vpc ?? buildIsolatedVpc(this, props.vpcCidr, props.internetAccess === true);
    // an existing VPC: the gateway's default (isolated, else private subnets) for the database too,
    // since aws-cdk-lib's RDS default asks for private subnets and fails in an isolated-only VPC
    const subnets = props.vpcSubnets ?? (props.vpc ? defaultPrivateSubnets(props.vpc, 'the resource gateway and the database') : { subnetGroupName: 'Database' });
    if (props.flowLogs !== false) {
      const flowLogs = buildFlowLog(this, this.vpc, this.encryptionKey, logRetention);
      this.flowLog = flowLogs.flowLog;
      this.flowLogGroup = flowLogs.logGroup;
    }

    // ---------------------------------------------------------------- gateway (does not wait for the database)
    const gatewayProps: ResourceGatewayProps = {
      vpc: this.vpc,
      // the gateway's own default is the same selection; passing it only when the user
      // chose one keeps the gateway's replacing-props warning for what the user chose
      vpcSubnets: props.vpcSubnets,
      resourceGatewayName: props.gatewayOptions?.resourceGatewayName,
      ipv4AddressesPerEni: props.gatewayOptions?.ipv4AddressesPerEni,
    };
    this.resourceGateway = asGiven(pathsOf('gatewayOptions', props.gatewayOptions),
      () => new ResourceGateway(this, 'ResourceGateway', gatewayProps));

    // ---------------------------------------------------------------- database
    let replicaInstance: rds.IDatabaseInstance | undefined;
    let hasClusterReader = false;
    if (props.database) {
      this.database = props.database;
    } else if (props.databaseCluster) {
      this.databaseCluster = props.databaseCluster;
    } else {
      const options = props.databaseOptions ?? {};
      const securityGroup = new ec2.SecurityGroup(this, 'DatabaseSecurityGroup', {
        vpc: this.vpc,
        description: 'Shared database: admits its port from the VPC Lattice resource gateway only',
        allowAllOutbound: false,
        allowAllIpv6Outbound: false,
      });
      this.databaseSecurityGroup = securityGroup;
      // built in this construct's scope, as SecureDatabase builds in its own: the paths and
      // logical ids of databases deployed with earlier releases stay as they are
      const built = buildSecureDatabase(this, options, {
        vpc: this.vpc,
        vpcSubnets: subnets,
        securityGroup,
        encryptionKey: this.encryptionKey,
        prefix: 'databaseOptions.',
      });
      this.database = built.instance;
      this.databaseCluster = built.cluster;
      this.readReplica = built.replica;
      replicaInstance = built.replica;
      hasClusterReader = built.clusterReader;
      this.secret = built.secret;
      this.parameterGroup = built.parameterGroup;
      this.optionGroup = built.optionGroup;
      this.masterSecretGenerated = built.masterSecretGenerated;
      this.alarms = built.alarms;
      this.alarmTopic = built.alarmTopic;
      this.proxy = built.proxy;
      this.proxyReaderEndpoint = built.proxyReaderEndpoint;
    }

    // ---------------------------------------------------------------- VPC Lattice
    if (props.serviceNetwork) {
      this.serviceNetwork = props.serviceNetwork;
    } else if (props.createServiceNetwork !== false) {
      const options = props.serviceNetworkOptions ?? {};
      // the retention and key defaults apply only to a log group the network creates
      const createsLogGroup = options.accessLogs !== false && options.accessLogGroup === undefined;
      // its messages name the props the user set: serviceNetworkOptions.<prop>, or the
      // logRetention and encryptionKey the defaults come from
      const given = {
        accessLogRetention: options.accessLogRetention === undefined && props.logRetention !== undefined ? 'logRetention' : undefined,
        accessLogEncryptionKey: options.accessLogEncryptionKey === undefined && props.encryptionKey !== undefined ? 'encryptionKey' : undefined,
        ...pathsOf('serviceNetworkOptions', options),
      };
      this.serviceNetwork = asGiven(given, () => new ServiceNetwork(this, 'ServiceNetwork', {
        ...options,
        accessLogs: options.accessLogs ?? true,
        accessLogRetention: options.accessLogRetention ?? (createsLogGroup ? logRetention : undefined),
        accessLogEncryptionKey: options.accessLogEncryptionKey ?? (createsLogGroup ? this.encryptionKey : undefined),
      }));
    }
    const serviceNetworks = this.serviceNetwork ? [this.serviceNetwork] : undefined;
    const port = props.databaseOptions?.port;
    // the configurations' messages name the props the user set
    const sharedGiven = {
      port: port !== undefined ? 'databaseOptions.port' : undefined,
      proxy: this.proxy !== undefined ? 'databaseOptions.proxy' : undefined,
      customDomainNameFromDatabase: props.customDomainNameFromDatabase !== undefined ? 'customDomainNameFromDatabase' : undefined,
      mode: props.sharingMode !== undefined ? 'sharingMode' : undefined,
      instance: props.database !== undefined ? 'database' : undefined,
      cluster: props.databaseCluster !== undefined ? 'databaseCluster' : undefined,
    };

    // each configuration logs its connections to a log group of its own, encrypted with the
    // construct's key and kept as long as the construct's other logs
    const accessLogs = resourceAccessLogs
      ? { accessLogEncryptionKey: this.encryptionKey, accessLogRetention: logRetention }
      : { accessLogs: false };
    // with a proxy, consumers reach the proxy, on its port (databaseOptions.port is the database's)
    this.sharedDatabase = asGiven(sharedGiven, () => new LatticeSharedDatabase(this, 'SharedDatabase', {
      resourceGateway: this.resourceGateway,
      instance: this.database,
      cluster: this.databaseCluster,
      proxy: this.proxy,
      mode: props.sharingMode,
      port: this.proxy ? undefined : port,
      serviceNetworks,
      customDomainNameFromDatabase: props.customDomainNameFromDatabase,
      ...accessLogs,
    }));
    // always set on a LatticeSharedDatabase (optional only in the shared interface)
    this.port = this.sharedDatabase.port!;

    if (replicaInstance) {
      this.sharedReadReplica = asGiven(sharedGiven, () => new LatticeSharedDatabase(this, 'SharedReadReplica', {
        resourceGateway: this.resourceGateway,
        instance: replicaInstance,
        mode: props.sharingMode,
        port,
        serviceNetworks,
        customDomainNameFromDatabase: props.customDomainNameFromDatabase,
        ...accessLogs,
      }));
    } else if (hasClusterReader && readerNeedsOwnConfiguration(props.sharingMode === DatabaseSharingMode.ARN)) {
      // DNS mode: the reader endpoint is a configuration of its own. In ARN mode the cluster's one
      // configuration (SharedDatabase) carries the writer and the reader endpoint, so there is
      // none (private/configuration-rules.ts)
      this.sharedReadReplica = asGiven({ ...sharedGiven, clusterEndpoint: 'databaseOptions.readReplica' }, () => new LatticeSharedDatabase(this, 'SharedReadReplica', {
        resourceGateway: this.resourceGateway,
        cluster: this.databaseCluster,
        // through the proxy, its READ_ONLY endpoint; else the cluster's reader endpoint
        clusterEndpoint: this.proxy ? undefined : ClusterEndpointType.READER,
        proxy: this.proxy,
        proxyEndpoint: this.proxyReaderEndpoint,
        mode: props.sharingMode,
        port: this.proxy ? undefined : port,
        serviceNetworks,
        customDomainNameFromDatabase: props.customDomainNameFromDatabase,
        ...accessLogs,
      }));
    }

    // ---------------------------------------------------------------- RAM
    // the shares' messages name consumers, not the shares' principals
    const shareGiven = { principals: 'consumers' };
    this.share = asGiven(shareGiven, () => new CrossAccountShare(this, 'Share', {
      principals: props.consumers,
      allowExternalPrincipals: props.allowExternalPrincipals,
      resourceConfigurations: this.sharedReadReplica ? [this.sharedDatabase, this.sharedReadReplica] : [this.sharedDatabase],
    }));
    if (this.serviceNetwork && !props.serviceNetwork && props.shareServiceNetwork !== false) {
      this.serviceNetworkShare = asGiven(shareGiven, () => new CrossAccountShare(this, 'ServiceNetworkShare', {
        principals: props.consumers,
        allowExternalPrincipals: props.allowExternalPrincipals,
        serviceNetworks: [this.serviceNetwork!],
      }));
    }

    // ---------------------------------------------------------------- audit trail
    if (props.cloudTrail) {
      // built in this construct's scope, as AuditTrail builds in its own: trails deployed with
      // earlier releases keep their buckets and log group
      this.trail = buildAuditTrail(this, this.encryptionKey, logRetention).trail;
    }

    // ---------------------------------------------------------------- dashboard
    if (props.dashboard === true) {
      this.dashboard = new SharedDatabaseDashboard(this, 'Dashboard', {
        instance: this.database,
        cluster: this.databaseCluster,
        readReplica: this.readReplica,
        sharedDatabases: [this.sharedDatabase, ...(this.sharedReadReplica ? [this.sharedReadReplica] : [])],
        alarms: this.alarms,
      });
    }

    // ---------------------------------------------------------------- tags and outputs
    if (props.environment !== undefined) {
      Tags.of(this).add('Environment', props.environment);
    }
    if (props.costCenter !== undefined) {
      Tags.of(this).add('CostCenter', props.costCenter);
    }
    if (props.outputs !== false) {
      this.addOutputs();
    }
  }


  private addOutputs(): void {
    const output = (id: string, value: string, description: string) => new CfnOutput(this, id, { value, description });
    output('ResourceConfigurationArn', this.sharedDatabase.resourceConfigurationArn,
      'Resource configuration of the shared database: consumers create a resource endpoint for it');
    if (this.sharedReadReplica) {
      output('ReadReplicaResourceConfigurationArn', this.sharedReadReplica.resourceConfigurationArn,
        'Resource configuration of the read replica (or the cluster reader endpoint)');
    }
    if (this.serviceNetwork) {
      output('ServiceNetworkArn', this.serviceNetwork.serviceNetworkArn, 'Service network that carries the shared database');
    }
    output('ResourceShareArn', this.share.resourceShareArn, 'AWS RAM share of the resource configurations');
    if (this.secret) {
      output('DatabaseSecretArn', this.secret.secretArn, this.masterSecretGenerated
        ? 'Secrets Manager secret with the master credentials (generated by this stack: RDS cannot manage it for a source with a read replica)'
        : 'Secrets Manager secret with the master credentials (managed by RDS)');
    }
    output('DatabasePort', Token.isUnresolved(this.port) ? Token.asString(this.port) : String(this.port), 'TCP port consumers connect to');
    // the name the server certificate covers: what consumers connect by to verify it
    const hostname = this.sharedDatabase.domainName ?? this.sharedDatabase.rdsHostnames[0];
    if (hostname !== undefined) {
      output('DatabaseHostname', hostname, 'Hostname the database (or proxy) certificate covers: connect by it, resolved through VPC Lattice, to verify TLS');
    }
    const readerHostname = this.sharedReadReplica?.domainName ?? this.sharedDatabase.rdsHostnames[1];
    if (readerHostname !== undefined) {
      output('ReadReplicaHostname', readerHostname, 'Hostname of the read replica (or the cluster reader endpoint) that its certificate covers');
    }
  }
}


/** The boolean props of `SecureDatabaseAccessProps`. */
const BOOLEAN_PROPS = [
  'allowExternalPrincipals', 'internetAccess', 'flowLogs', 'resourceAccessLogs', 'createServiceNetwork', 'shareServiceNetwork', 'cloudTrail', 'outputs', 'dashboard',
  'customDomainNameFromDatabase',
] as const;

/**
 * The construct props, each with a member it must have and how the message names what is
 * expected: a value that is no such construct (an id string, a construct of another kind)
 * would otherwise fail deep inside aws-cdk-lib with a TypeError.
 */
const CONSTRUCT_PROPS: ReadonlyArray<readonly [keyof SecureDatabaseAccessProps, string, string]> = [
  ['vpc', 'vpcId', 'an ec2.IVpc such as ec2.Vpc.fromLookup(this, \'Vpc\', { vpcId })'],
  ['database', 'instanceEndpoint', 'an rds.IDatabaseInstance such as rds.DatabaseInstance.fromDatabaseInstanceAttributes(...)'],
  ['databaseCluster', 'clusterEndpoint', 'an rds.IDatabaseCluster such as rds.DatabaseCluster.fromDatabaseClusterAttributes(...)'],
  ['serviceNetwork', 'serviceNetworkArn', 'an IServiceNetwork such as ServiceNetwork.fromServiceNetworkArn(...)'],
  ['encryptionKey', 'keyArn', 'a kms.IKey such as kms.Key.fromKeyArn(...)'],
];

/** Refuses a construct prop given something that is not that construct (see `CONSTRUCT_PROPS`). */
function validateConstructProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  for (const [prop, member, what] of CONSTRUCT_PROPS) {
    validateConstruct(prop, props[prop], what, [member], scope);
  }
}

/** The types of the top-level props: lists, booleans, enums, constructs, objects and strings. */
function validatePropTypes(props: SecureDatabaseAccessProps, scope: Construct): void {
  if (!isPlainObject(props)) {
    throw new Error(`SecureDatabaseAccess needs props with at least consumers, got ${show(props, scope)}`);
  }
  validateSharePrincipals('consumers', props.consumers, scope);
  if (props.consumers.length === 0) {
    throw new Error(`consumers must name at least one account, organizational unit or organization, got ${show(props.consumers, scope)}`);
  }
  for (const prop of BOOLEAN_PROPS) {
    validateBoolean(prop, props[prop]);
  }
  // CloudWatch Logs takes "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096,
  // 1827, 2192, 2557, 2922, 3288, and 3653" days (PutRetentionPolicy, retentionInDays,
  // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html):
  // exactly the members of logs.RetentionDays, with INFINITE for no retention policy
  validateEnum('logRetention', props.logRetention, logs.RetentionDays, 'logs.RetentionDays');
  validateEnum('sharingMode', props.sharingMode, DatabaseSharingMode, 'DatabaseSharingMode');
  validateConstructProps(props, scope);
  for (const prop of ['vpcSubnets', 'databaseOptions', 'gatewayOptions', 'serviceNetworkOptions'] as const) {
    validateObject(prop, props[prop], scope);
  }
  for (const prop of ['vpcCidr', 'environment', 'costCenter'] as const) {
    validateString(prop, props[prop], scope);
  }
}


/** Every prop of `SecureDatabaseAccessProps` (the compiler keeps the list complete). */
const PROP_NAMES: Record<keyof SecureDatabaseAccessProps, true> = {
  consumers: true,
  allowExternalPrincipals: true,
  vpc: true,
  vpcSubnets: true,
  vpcCidr: true,
  internetAccess: true,
  flowLogs: true,
  resourceAccessLogs: true,
  logRetention: true,
  database: true,
  databaseCluster: true,
  databaseOptions: true,
  sharingMode: true,
  gatewayOptions: true,
  serviceNetwork: true,
  createServiceNetwork: true,
  serviceNetworkOptions: true,
  shareServiceNetwork: true,
  cloudTrail: true,
  environment: true,
  costCenter: true,
  outputs: true,
  dashboard: true,
  customDomainNameFromDatabase: true,
  encryptionKey: true,
};
/** Every prop of `ResourceGatewayOptions`. */
const GATEWAY_OPTION_NAMES: Record<keyof ResourceGatewayOptions, true> = { resourceGatewayName: true, ipv4AddressesPerEni: true };


/**
 * The rules that span the composite's parts, as a table (every broken one reported at once):
 * an existing VPC or a new one, at most one database source, an existing service network or
 * a created one, and the tag values.
 */
function compositeRules(props: SecureDatabaseAccessProps, scope: Construct): ValidationRule[] {
  const existingDatabase = props.database !== undefined || props.databaseCluster !== undefined;
  return [
    // the VPC: an existing one or a new one, never parts of both
    {
      condition: () => props.vpc !== undefined && props.vpcCidr !== undefined,
      message: () => `Give vpc (an existing VPC) or vpcCidr (to create one), not both; got vpcCidr ${show(props.vpcCidr, scope)}`,
    },
    {
      condition: () => props.vpc === undefined && props.vpcSubnets !== undefined,
      message: () => `vpcSubnets selects subnets of an existing vpc, but no vpc was given; got vpcSubnets ${show(props.vpcSubnets, scope)}`,
    },
    {
      condition: () => props.vpc !== undefined && props.internetAccess !== undefined,
      message: () => `internetAccess applies only to a VPC the construct creates, but vpc was given; got internetAccess ${show(props.internetAccess)}`,
    },
    ruleFromCheck(() => {
      if (props.vpcCidr !== undefined && !Token.isUnresolved(props.vpcCidr)) {
        validateCidr('vpcCidr', props.vpcCidr);
      }
    }),
    // the database: at most one source, and an existing database lives in a given VPC
    ruleFromCheck(() => validateAtMostOne({
      database: props.database,
      databaseCluster: props.databaseCluster,
      databaseOptions: props.databaseOptions,
    })),
    {
      condition: () => existingDatabase && props.vpc === undefined,
      message: () => `${props.database ? 'database' : 'databaseCluster'} (an existing database) needs vpc, the VPC the database lives in`,
    },
    // the service network: an existing one, or options of a created one, never both
    {
      condition: () => props.serviceNetwork !== undefined && props.serviceNetworkOptions !== undefined,
      message: () => `Give serviceNetwork (an existing network) or serviceNetworkOptions (to create one), not both; got serviceNetwork ${show(props.serviceNetwork)} and serviceNetworkOptions ${show(props.serviceNetworkOptions, scope)}`,
    },
    {
      condition: () => props.serviceNetwork !== undefined && props.createServiceNetwork === false,
      message: () => `createServiceNetwork is false but serviceNetwork was given: remove one of them; got serviceNetwork ${show(props.serviceNetwork)}`,
    },
    {
      condition: () => props.createServiceNetwork === false && props.serviceNetworkOptions !== undefined,
      message: () => `createServiceNetwork is false but serviceNetworkOptions was given: remove one of them; got serviceNetworkOptions ${show(props.serviceNetworkOptions, scope)}`,
    },
    {
      condition: () => props.serviceNetwork !== undefined && props.shareServiceNetwork !== undefined,
      message: () => `shareServiceNetwork applies only to a service network the construct creates, but serviceNetwork was given; got shareServiceNetwork ${show(props.shareServiceNetwork)}`,
    },
    // The Environment and CostCenter tag values: "Tag values can be up to 256 Unicode characters
    // in UTF-8 ... allowed characters are letters, numbers, spaces representable in UTF-8, and
    // the following characters: _ . : / = + - @" (Tagging AWS resources, Tag naming limits and
    // requirements, https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html).
    ...(['environment', 'costCenter'] as const).map((prop): ValidationRule => {
      const value = props[prop];
      return {
        condition: () => value !== undefined && !Token.isUnresolved(value) && (value.length > 256 || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value)),
        message: () => `${prop} must be a tag value of at most 256 letters, digits, spaces and _.:/=+-@, got ${show(value, scope)}`,
      };
    }),
  ];
}

function validateProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  validatePropTypes(props, scope);
  warnUnknownProps(scope, 'SecureDatabaseAccess', '', props, PROP_NAMES);
  warnUnknownProps(scope, 'SecureDatabaseAccess', 'databaseOptions.', props.databaseOptions, OPTION_NAMES);
  warnUnknownProps(scope, 'SecureDatabaseAccess', 'gatewayOptions.', props.gatewayOptions, GATEWAY_OPTION_NAMES);
  throwIfAny('SecureDatabaseAccess', compositeRules(props, scope));
  if (props.databaseOptions) {
    validateDatabaseOptions(props.databaseOptions, scope, 'databaseOptions.');
  }
}
