import { Annotations, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, Tags, Token } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { CrossAccountShare, SharePrincipal } from './cross-account-share';
import { LatticeSharedDatabase, DatabaseSharingMode, ClusterEndpointType } from './lattice-shared-database';
import {
  DATABASE_NAME, defaultLogExports, EngineSettings, engineSettings, exportableLogTypes, instanceClassProblem, isAurora, isSqlServer,
  lacksPerformanceInsights, logParameters, maxDatabaseNameLength, maxMasterUsernameLength, MONITORING_INTERVALS, SQL_SERVER_RESERVED_PORTS,
} from './private/engine-settings';
import { allowCloudWatchLogs } from './private/logs-key';
import { acknowledgeNag, skipCheckov } from './private/nag';
import { validateSharePrincipals } from './private/principals';
import { addResourceLimitValidation } from './private/resource-limit';
import { defaultPrivateSubnets } from './private/subnets';
import { AVAILABILITY_ZONE, isUnresolved, show, validateBoolean, validateCidr, validateEntries, validateEnum, validateRange } from './private/validation';
import { ResourceGateway, ResourceGatewayProps } from './resource-gateway';
import { IServiceNetwork, ServiceNetwork, ServiceNetworkProps } from './service-network';

/**
 * How to create the database when `SecureDatabaseAccess` creates one.
 */
export interface DatabaseOptions {
  /**
   * The engine of a single RDS instance. Give this or `clusterEngine`, not both.
   * @default - MySQL 8.4.8 (minor versions are upgraded automatically)
   */
  readonly engine?: rds.IInstanceEngine;

  /**
   * The engine of an Aurora cluster: when set, an Aurora cluster with one writer is
   * created instead of a single instance.
   * @default - no cluster: a single RDS instance
   */
  readonly clusterEngine?: rds.IClusterEngine;

  /**
   * The instance class (without the `db.` prefix), for the instance, the cluster's
   * instances and the read replica.
   * @default - t3.micro for an RDS instance; t3.medium for an Aurora cluster (the
   * smallest class Aurora offers)
   */
  readonly instanceType?: ec2.InstanceType;

  /**
   * Allocated storage of an RDS instance, in GiB (20-65536). Not used by Aurora.
   * @default 20
   */
  readonly allocatedStorageGiB?: number;

  /**
   * Upper limit for storage autoscaling, in GiB. Not used by Aurora.
   * @default - no storage autoscaling
   */
  readonly maxAllocatedStorageGiB?: number;

  /**
   * A standby in a second Availability Zone (RDS instance only; an Aurora cluster
   * gets its high availability from `readReplica`).
   * @default false
   */
  readonly multiAz?: boolean;

  /**
   * Pin a single-AZ instance to this Availability Zone. Not allowed with `multiAz`.
   * @default - RDS chooses
   */
  readonly availabilityZone?: string;

  /**
   * How long automated backups are kept: 1 to 35 days.
   * @default Duration.days(7)
   */
  readonly backupRetention?: Duration;

  /**
   * Whether the database can be deleted only after turning this off.
   * @default true
   */
  readonly deletionProtection?: boolean;

  /**
   * What happens to the database (and its read replica) when it leaves the stack.
   * @default RemovalPolicy.SNAPSHOT
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Performance Insights (after its end of life on 31 July 2026, the Standard mode of
   * CloudWatch Database Insights), encrypted with the construct's key. Refused at synth time
   * on the classes where AWS does not offer it: db.t2.micro/small, db.t3.micro/small and
   * db.t4g.micro/small for MySQL and MariaDB; every db.t2 and db.t3 class and
   * db.t4g.micro/small for Aurora MySQL (including the default t3.micro and t3.medium).
   * @default false
   */
  readonly performanceInsights?: boolean;

  /**
   * Enhanced monitoring interval: 1, 5, 10, 15, 30 or 60 seconds.
   * @default - no enhanced monitoring
   */
  readonly monitoringInterval?: Duration;

  /**
   * A read replica (for an Aurora cluster, a reader instance) shared through its own
   * resource configuration (the cluster's reader endpoint).
   *
   * RDS cannot create a read replica of an instance whose master password it manages in
   * Secrets Manager (all engines but SQL Server). With a replica, the master password of an
   * RDS instance is therefore a Secrets Manager secret this construct generates, encrypted
   * with the construct's key, and it is **not rotated**: nothing in this construct rotates
   * it (a rotation Lambda would need a route from the isolated subnets to Secrets Manager).
   * Rotate it yourself, for example with `secret.addRotationSchedule()` and a hosted
   * rotation plus a Secrets Manager interface endpoint in the VPC. Turning the replica on or
   * off for a deployed database changes the secret and its ARN (see the synth warning
   * `cdk-lattice-shared-database:replicaUsesGeneratedSecret`). Aurora readers keep the
   * RDS-managed password.
   * @default false
   */
  readonly readReplica?: boolean;

  /**
   * The name of the database created on the server.
   * @default - none (the engine's defaults)
   */
  readonly databaseName?: string;

  /**
   * The port the database listens on.
   * @default - the engine's default port
   */
  readonly port?: number;

  /**
   * The master user name. Its password is generated and rotated by RDS in Secrets
   * Manager, encrypted with the construct's key; with `readReplica` on an RDS instance
   * (other than SQL Server), generated by this construct into a Secrets Manager secret
   * encrypted with that key and not rotated (see `readReplica`).
   * @default - 'dbadmin'
   */
  readonly masterUsername?: string;

  /**
   * IAM database authentication (MySQL, MariaDB 10.11 and later, PostgreSQL and Aurora only).
   * @default - true, except for SQL Server and MariaDB 10.4-10.6, which do not offer it
   */
  readonly iamAuthentication?: boolean;

  /**
   * Log types exported to CloudWatch Logs. When `general` or `slowquery` is exported from
   * MySQL, MariaDB or Aurora MySQL, the parameter group turns the log on (`general_log`,
   * `slow_query_log` or, MariaDB 10.11 and later, `log_slow_query`) and sets
   * `log_output=FILE`, without which the export stays empty.
   * @default - MySQL, MariaDB and Aurora MySQL: error, general, slowquery and audit; PostgreSQL: postgresql and upgrade; Aurora PostgreSQL: postgresql; SQL Server: error and agent; plus iam-db-auth-error on every engine but SQL Server when IAM database authentication is on
   */
  readonly cloudwatchLogsExports?: string[];
}

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
   * How the database is exposed through VPC Lattice.
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
   * The customer managed key for storage, the secret, Performance Insights and logs.
   * @default - a new key with rotation on, retained when the stack is deleted
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * Options of the resource gateway created by `SecureDatabaseAccess`.
 */
export interface ResourceGatewayOptions {
  /**
   * The name of the gateway.
   * @default - a unique name derived from the construct path
   */
  readonly resourceGatewayName?: string;

  /**
   * How many IPv4 addresses each gateway network interface gets (1-62).
   * @default - the service default (16)
   */
  readonly ipv4AddressesPerEni?: number;
}

// MySQL 8.4 is the current long-term-support major version (8.0 left standard support in 2026).
// The default version is contract: a release of this library never changes it under a
// deployed database (that would be an engine upgrade, or a failed downgrade once RDS has
// applied automatic minor upgrades). A new default comes only with a major release.
// A major-only '8.4' ("If a major version is specified but a minor version is not, Amazon RDS
// defaults to a recent release of the major version": RDS User Guide, MySQL versions,
// https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html) would
// never retire, but aws-cdk-lib's built-in template validation (on by default since 2.262)
// refuses it (E9006: EngineVersion must be one of the full versions), so every user's synth
// would fail. The README says what a user does when RDS retires 8.4.8 (end of RDS standard
// support: 3 February 2027, same page).
const DEFAULT_ENGINE = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 });
const DEFAULT_INSTANCE_TYPE = 't3.micro';
/** Aurora MySQL and Aurora PostgreSQL offer no class below db.t3.medium / db.t4g.medium. */
const DEFAULT_CLUSTER_INSTANCE_TYPE = 't3.medium';
const DEFAULT_MASTER_USERNAME = 'dbadmin';
/** Engines with IAM database authentication (RDS for SQL Server has none). */
const IAM_AUTH_ENGINES = ['mysql', 'mariadb', 'postgres', 'aurora-mysql', 'aurora-postgresql'];
/**
 * RDS for MariaDB major versions without IAM database authentication: "Not available" for
 * 10.4, 10.5 and 10.6 in every Region (RDS User Guide, Supported Regions and DB engines for
 * IAM database authentication,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html).
 */
const MARIADB_WITHOUT_IAM_AUTH = ['10.4', '10.5', '10.6'];

/** Whether the engine (at its major version, when known) offers IAM database authentication. */
function offersIamAuthentication(engine: rds.IEngine): boolean {
  if (!IAM_AUTH_ENGINES.includes(engine.engineType)) {
    return false;
  }
  return !(engine.engineType === 'mariadb' && MARIADB_WITHOUT_IAM_AUTH.includes(engine.engineVersion?.majorVersion ?? ''));
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
  /** The customer managed key of the created resources (undefined when nothing needs one). */
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
  /** The resource configuration of the read replica or the cluster's reader endpoint. */
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
  /** Whether the master secret is one this construct generated (a read replica), not RDS-managed. */
  private generatedMasterSecret = false;

  constructor(scope: Construct, id: string, props: SecureDatabaseAccessProps) {
    super(scope, id);
    addResourceLimitValidation(this);
    validateProps(props, this);

    const logRetention = props.logRetention ?? logs.RetentionDays.ONE_YEAR;
    const needsKey = props.databaseOptions !== undefined || (props.database === undefined && props.databaseCluster === undefined)
      || props.flowLogs !== false || props.cloudTrail === true || (props.serviceNetwork === undefined && props.createServiceNetwork !== false);
    if (props.encryptionKey) {
      this.encryptionKey = props.encryptionKey;
      // the log groups below are encrypted with it: CloudWatch Logs needs the key policy to allow it
      if (props.encryptionKey instanceof kms.Key && needsKey) {
        allowCloudWatchLogs(props.encryptionKey, 'AllowCloudWatchLogsOfThisAccount', '*');
      } else if (needsKey) {
        Annotations.of(this).addWarningV2('cdk-lattice-shared-database:importedEncryptionKey',
          `encryptionKey ${show(props.encryptionKey.node.path)} is imported: its key policy must let logs.<region>.amazonaws.com use it (kms:EncryptionContext:aws:logs:arn), or the encrypted log groups fail to create.`);
      }
    } else if (needsKey) {
      const key = new kms.Key(this, 'EncryptionKey', {
        description: `Encrypts the shared database, its secret and logs (${this.node.path})`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      allowCloudWatchLogs(key, 'AllowCloudWatchLogsOfThisAccount', '*');
      this.encryptionKey = key;
    }

    // ---------------------------------------------------------------- VPC
    this.vpc = props.vpc ?? new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(props.vpcCidr ?? '10.0.0.0/16'),
      maxAzs: 2,
      natGateways: props.internetAccess ? 1 : 0,
      createInternetGateway: props.internetAccess === true,
      // the restriction is done by a Lambda-backed custom resource: nothing here uses the default group
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: props.internetAccess
        ? [
          { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
          { name: 'Database', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
        ]
        : [{ name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    });
    if (!props.vpc) {
      acknowledgeNag(this.vpc.node.defaultChild, ['NIST:VPCDefaultSecurityGroupClosed', 'HIPAA:VPCDefaultSecurityGroupClosed'],
        'Closing the default security group needs a Lambda-backed custom resource (restrictDefaultSecurityGroup); this construct deploys no Lambda and attaches nothing to the default group.');
    }
    // an existing VPC: the gateway's default (isolated, else private subnets) for the database too,
    // since aws-cdk-lib's RDS default asks for private subnets and fails in an isolated-only VPC
    const subnets = props.vpcSubnets ?? (props.vpc ? defaultPrivateSubnets(props.vpc, 'the resource gateway and the database') : { subnetGroupName: 'Database' });

    if (props.flowLogs !== false) {
      const flowLogGroup = this.flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', {
        retention: logRetention,
        encryptionKey: this.encryptionKey,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      this.flowLog = new ec2.FlowLog(this, 'FlowLog', {
        resourceType: ec2.FlowLogResourceType.fromVpc(this.vpc),
        destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
        trafficType: ec2.FlowLogTrafficType.ALL,
      });
      acknowledgeNag(this.flowLog.node.tryFindChild('IAMRole')?.node.tryFindChild('DefaultPolicy')?.node.defaultChild,
        ['NIST:IAMNoInlinePolicy', 'HIPAA:IAMNoInlinePolicy'],
        'The policy aws-cdk-lib gives the flow log role only lets it deliver logs to this one log group.');
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
      if (options.clusterEngine) {
        const cluster = this.createCluster(options, securityGroup, subnets);
        this.databaseCluster = cluster.cluster;
        this.secret = cluster.secret;
        this.parameterGroup = cluster.parameterGroup;
        hasClusterReader = options.readReplica === true;
      } else {
        const created = this.createInstance(options, securityGroup, subnets);
        this.database = created.instance;
        this.secret = created.secret;
        this.parameterGroup = created.parameterGroup;
        this.optionGroup = created.optionGroup;
        replicaInstance = created.replica;
        this.readReplica = created.replica;
      }
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
      mode: props.sharingMode !== undefined ? 'sharingMode' : undefined,
      instance: props.database !== undefined ? 'database' : undefined,
      cluster: props.databaseCluster !== undefined ? 'databaseCluster' : undefined,
    };

    this.sharedDatabase = asGiven(sharedGiven, () => new LatticeSharedDatabase(this, 'SharedDatabase', {
      resourceGateway: this.resourceGateway,
      instance: this.database,
      cluster: this.databaseCluster,
      mode: props.sharingMode,
      port,
      serviceNetworks,
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
      }));
    } else if (hasClusterReader) {
      this.sharedReadReplica = asGiven(sharedGiven, () => new LatticeSharedDatabase(this, 'SharedReadReplica', {
        resourceGateway: this.resourceGateway,
        cluster: this.databaseCluster,
        clusterEndpoint: ClusterEndpointType.READER,
        port,
        serviceNetworks,
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
      this.trail = this.createTrail(logRetention);
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

  /**
   * IAM authentication, the log exports and the parameter group that requires TLS and turns
   * on the exported logs: the same for an instance and a cluster.
   */
  private tlsAndLogs(options: DatabaseOptions, engine: rds.IEngine, settings: EngineSettings) {
    const iamAuthentication = options.iamAuthentication ?? offersIamAuthentication(engine);
    const logExports = options.cloudwatchLogsExports ?? defaultLogExports(settings, iamAuthentication);
    const parameterGroup = new rds.ParameterGroup(this, 'ParameterGroup', {
      engine,
      description: 'Requires TLS for every connection',
      parameters: { ...settings.parameters, ...logParameters(engine.engineType, engine.engineVersion?.majorVersion, logExports) },
    });
    return { iamAuthentication, logExports, parameterGroup };
  }

  private createInstance(options: DatabaseOptions, securityGroup: ec2.ISecurityGroup, vpcSubnets: ec2.SubnetSelection | undefined) {
    const engine = options.engine ?? DEFAULT_ENGINE;
    const settings = settingsOf(engine.engineType);
    const instanceType = options.instanceType ?? new ec2.InstanceType(DEFAULT_INSTANCE_TYPE);
    if (options.readReplica && !settings.supportsReadReplica) {
      throw new Error(`databaseOptions.readReplica: engine ${show(engine.engineType)} cannot have a read replica, got readReplica true`);
    }

    if (['sqlserver-se', 'sqlserver-ee', 'sqlserver-web'].includes(engine.engineType) && options.instanceType === undefined) {
      throw new Error(`databaseOptions.instanceType is required for ${show(engine.engineType)}: the default db.${DEFAULT_INSTANCE_TYPE} is not offered for this SQL Server edition`);
    }
    const { iamAuthentication, logExports, parameterGroup } = this.tlsAndLogs(options, engine, settings);
    // RDS cannot create a read replica of a source whose master password it manages
    // (engine-settings.ts, replicaAllowsManagedPassword: RDS User Guide,
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
    // with a replica, the password comes from a secret generated here, encrypted with the key.
    const generatedSecret = options.readReplica === true && !settings.replicaAllowsManagedPassword;
    const optionGroup = settings.auditPlugin ? new rds.OptionGroup(this, 'OptionGroup', {
      engine,
      description: 'Audit log of connections and DDL/DCL statements (MariaDB Audit Plugin)',
      configurations: [{ name: 'MARIADB_AUDIT_PLUGIN', settings: { SERVER_AUDIT_EVENTS: 'CONNECT,QUERY_DDL,QUERY_DCL' } }],
    }) : undefined;
    const backupRetention = options.backupRetention ?? Duration.days(7);
    const instance = new rds.DatabaseInstance(this, 'Database', {
      engine,
      instanceType,
      vpc: this.vpc,
      vpcSubnets,
      securityGroups: [securityGroup],
      port: options.port,
      databaseName: options.databaseName,
      credentials: generatedSecret
        ? rds.Credentials.fromGeneratedSecret(options.masterUsername ?? DEFAULT_MASTER_USERNAME, { encryptionKey: this.encryptionKey })
        : managedPasswordCredentials(options.masterUsername),
      allocatedStorage: options.allocatedStorageGiB ?? 20,
      maxAllocatedStorage: options.maxAllocatedStorageGiB,
      storageType: rds.StorageType.GP3,
      storageEncrypted: true,
      storageEncryptionKey: this.encryptionKey,
      multiAz: options.multiAz ?? false,
      availabilityZone: options.availabilityZone,
      publiclyAccessible: false,
      backupRetention,
      deleteAutomatedBackups: false,
      deletionProtection: options.deletionProtection ?? true,
      removalPolicy: options.removalPolicy ?? RemovalPolicy.SNAPSHOT,
      parameterGroup,
      optionGroup,
      iamAuthentication,
      cloudwatchLogsExports: logExports,
      enablePerformanceInsights: options.performanceInsights ?? false,
      performanceInsightEncryptionKey: options.performanceInsights ? this.encryptionKey : undefined,
      monitoringInterval: options.monitoringInterval,
      autoMinorVersionUpgrade: true,
      copyTagsToSnapshot: true,
      caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
    });
    let secret: secretsmanager.ISecret;
    if (generatedSecret) {
      secret = instance.secret!;
      useGeneratedMasterPassword(instance.node.defaultChild as rds.CfnDBInstance);
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:replicaUsesGeneratedSecret',
        'databaseOptions.readReplica: RDS cannot create a read replica of an instance whose master password it manages in Secrets Manager, '
        + `so the master password of ${instance.node.path} is a secret generated by this construct (${instance.node.path}/Secret), `
        + 'encrypted with the construct\'s key and not rotated (rotate it yourself: see DatabaseOptions.readReplica). '
        + 'Turning readReplica on for a deployed database makes RDS delete the secret it managed and the master secret ARN changes '
        + '(output DatabaseSecretArn, SecureDatabaseAccess.secret); turning it off again deletes the generated secret and RDS creates a '
        + 'managed one with yet another ARN. Give consumers (DatabaseConsumerAccess) the new ARN after either change.');
      const noRotation = 'RDS cannot create a read replica of an instance whose master password it manages, so this master secret is generated by the construct; '
        + 'it deploys no rotation Lambda (the isolated subnets have no route to Secrets Manager). Rotate it with addRotationSchedule and a Secrets Manager endpoint.';
      const secretCfn = instance.node.tryFindChild('Secret')?.node.defaultChild;
      acknowledgeNag(secretCfn, ['AwsSolutions:SMG4', 'NIST:SecretsManagerRotationEnabled', 'HIPAA:SecretsManagerRotationEnabled'], noRotation);
      skipCheckov(secretCfn, ['CKV2_AWS_57'], noRotation);
    } else {
      secret = useManagedMasterPassword(instance, instance.node.defaultChild as rds.CfnDBInstance, this.encryptionKey);
    }

    let replica: rds.DatabaseInstanceReadReplica | undefined;
    if (options.readReplica) {
      replica = new rds.DatabaseInstanceReadReplica(this, 'ReadReplica', {
        sourceDatabaseInstance: instance,
        instanceType,
        vpc: this.vpc,
        vpcSubnets,
        securityGroups: [securityGroup],
        // a same-region replica inherits the source's encryption and key
        storageType: rds.StorageType.GP3,
        publiclyAccessible: false,
        multiAz: options.multiAz ?? false,
        parameterGroup,
        optionGroup,
        deletionProtection: options.deletionProtection ?? true,
        removalPolicy: options.removalPolicy ?? RemovalPolicy.SNAPSHOT,
        iamAuthentication,
        cloudwatchLogsExports: logExports,
        enablePerformanceInsights: options.performanceInsights ?? false,
        performanceInsightEncryptionKey: options.performanceInsights ? this.encryptionKey : undefined,
        monitoringInterval: options.monitoringInterval,
        autoMinorVersionUpgrade: true,
        backupRetention: engine.supportsReadReplicaBackups ? backupRetention : undefined,
        caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
      });
    }
    for (const db of [instance, replica]) {
      acknowledgeDatabaseDefaults(db, options, false);
    }
    const replicaEncryption = 'A same-region read replica is encrypted with its source\'s key; CloudFormation rejects StorageEncrypted together with SourceDBInstanceIdentifier.';
    acknowledgeNag(replica?.node.defaultChild, ['AwsSolutions:RDS2', 'NIST:RDSStorageEncrypted', 'HIPAA:RDSStorageEncrypted'], replicaEncryption);
    skipCheckov(replica?.node.defaultChild, ['CKV_AWS_16'], replicaEncryption);
    this.generatedMasterSecret = generatedSecret;
    return { instance, secret, replica, parameterGroup, optionGroup };
  }

  private createCluster(options: DatabaseOptions, securityGroup: ec2.ISecurityGroup, vpcSubnets: ec2.SubnetSelection | undefined) {
    const engine = options.clusterEngine!;
    const settings = settingsOf(engine.engineType);
    const instanceType = options.instanceType ?? new ec2.InstanceType(DEFAULT_CLUSTER_INSTANCE_TYPE);
    const instanceProps: rds.ProvisionedClusterInstanceProps = {
      instanceType,
      publiclyAccessible: false,
      enablePerformanceInsights: options.performanceInsights ?? false,
      performanceInsightEncryptionKey: options.performanceInsights ? this.encryptionKey : undefined,
      autoMinorVersionUpgrade: true,
      caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
    };
    // bound as the DB cluster parameter group; the instance-level log parameters of Aurora
    // MySQL are inherited from it by every instance (logParameters in engine-settings.ts)
    const { iamAuthentication, logExports, parameterGroup } = this.tlsAndLogs(options, engine, settings);
    const cluster = new rds.DatabaseCluster(this, 'Database', {
      engine,
      vpc: this.vpc,
      vpcSubnets,
      securityGroups: [securityGroup],
      port: options.port,
      defaultDatabaseName: options.databaseName,
      credentials: managedPasswordCredentials(options.masterUsername),
      writer: rds.ClusterInstance.provisioned('Writer', instanceProps),
      readers: options.readReplica ? [rds.ClusterInstance.provisioned('Reader', instanceProps)] : [],
      storageEncrypted: true,
      storageEncryptionKey: this.encryptionKey,
      backup: { retention: options.backupRetention ?? Duration.days(7) },
      deletionProtection: options.deletionProtection ?? true,
      removalPolicy: options.removalPolicy ?? RemovalPolicy.SNAPSHOT,
      parameterGroup,
      iamAuthentication,
      cloudwatchLogsExports: logExports,
      monitoringInterval: options.monitoringInterval,
      copyTagsToSnapshot: true,
    });
    const secret = useManagedMasterPassword(cluster, cluster.node.defaultChild as rds.CfnDBCluster, this.encryptionKey);
    acknowledgeDatabaseDefaults(cluster, options, true);
    for (const instanceId of ['Writer', 'Reader']) {
      acknowledgeDatabaseDefaults(cluster.node.tryFindChild(instanceId), options, true);
    }
    if (engine.engineType === 'aurora-mysql') {
      acknowledgeNag(cluster.node.defaultChild, ['AwsSolutions:RDS14'],
        'Backtrack rewinds the whole cluster in place and is billed per change record; recovery uses point-in-time restore from the automated backups.');
    }
    return { cluster, secret, parameterGroup };
  }

  private createTrail(logRetention: logs.RetentionDays): cloudtrail.Trail {
    const accessLogs = new s3.Bucket(this, 'TrailAccessLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      // log delivery is granted by the bucket policy below, never by a legacy ACL
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    skipCheckov(accessLogs.node.defaultChild, ['CKV_AWS_18'],
      'This bucket receives the trail bucket\'s server access logs; logging it into itself would loop.');
    const bucket = new s3.Bucket(this, 'TrailBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: this.encryptionKey,
      // no S3 Bucket Key: with one, CloudTrail would need an unconditioned kms:Decrypt on this
      // key (allowCloudTrailToUseKey); a trail writes a few objects an hour, so the KMS requests
      // a Bucket Key saves are negligible
      bucketKeyEnabled: false,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // Server access logs through a bucket policy for the S3 logging service, whatever the
    // app's feature flags (aws-cdk-lib's serverAccessLogsBucket falls back to an ACL).
    (bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
      destinationBucketName: accessLogs.bucketName,
      logFilePrefix: 'trail-bucket/',
    };
    accessLogs.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'S3ServerAccessLogsPolicy',
      principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
      actions: ['s3:PutObject'],
      resources: [accessLogs.arnForObjects('trail-bucket/*')],
      conditions: {
        ArnLike: { 'aws:SourceArn': bucket.bucketArn },
        StringEquals: { 'aws:SourceAccount': Stack.of(this).account },
      },
    }));
    const trailLogGroup = new logs.LogGroup(this, 'TrailLogGroup', {
      retention: logRetention,
      encryptionKey: this.encryptionKey,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trail = new cloudtrail.Trail(this, 'Trail', {
      bucket,
      encryptionKey: this.encryptionKey,
      enableFileValidation: true,
      includeGlobalServiceEvents: true,
      isMultiRegionTrail: true,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: trailLogGroup,
    });
    if (this.encryptionKey instanceof kms.Key) {
      allowCloudTrailToUseKey(this.encryptionKey);
    }
    acknowledgeNag(trail.node.tryFindChild('LogsRole')?.node.tryFindChild('DefaultPolicy')?.node.defaultChild,
      ['NIST:IAMNoInlinePolicy', 'HIPAA:IAMNoInlinePolicy'],
      'The policy aws-cdk-lib gives the trail role only lets it deliver events to this one log group.');
    for (const b of [bucket, accessLogs]) {
      acknowledgeNag(b.node.defaultChild, ['NIST:S3BucketReplicationEnabled', 'HIPAA:S3BucketReplicationEnabled'],
        'Replicating the audit trail to another region is an account-level decision (it needs a bucket there); the bucket is versioned and retained.');
    }
    acknowledgeNag(accessLogs.node.defaultChild, ['NIST:S3DefaultEncryptionKMS', 'HIPAA:S3DefaultEncryptionKMS'],
      'S3 delivers server access logs only to buckets encrypted with S3-managed keys (SSE-S3), not SSE-KMS.');
    return trail;
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
      output('DatabaseSecretArn', this.secret.secretArn, this.generatedMasterSecret
        ? 'Secrets Manager secret with the master credentials (generated by this stack: RDS cannot manage it for a source with a read replica)'
        : 'Secrets Manager secret with the master credentials (managed by RDS)');
    }
    output('DatabasePort', Token.isUnresolved(this.port) ? Token.asString(this.port) : String(this.port), 'TCP port consumers connect to');
  }
}

/** A construct given as a prop, shown by its path in error messages; anything else as it is. */
function describeGiven(value: unknown): unknown {
  return value instanceof Construct ? value.node.path : value;
}

/** The boolean props of `SecureDatabaseAccessProps`. */
const BOOLEAN_PROPS = ['allowExternalPrincipals', 'internetAccess', 'flowLogs', 'createServiceNetwork', 'shareServiceNetwork', 'cloudTrail', 'outputs'] as const;
/** The boolean props of `DatabaseOptions`. */
const BOOLEAN_OPTIONS = ['multiAz', 'deletionProtection', 'performanceInsights', 'readReplica', 'iamAuthentication'] as const;

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

/** Whether a value is an object literal (not null, not a list, not a token). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Token.isUnresolved(value);
}

/** Refuses a value that is no object literal, such as a string where an options object goes. */
function validateObject(prop: string, value: unknown, scope: Construct): void {
  if (value !== undefined && !isPlainObject(value)) {
    throw new Error(`${prop} must be an object of options, got ${show(value, scope)}`);
  }
}

/** `validateEnum`, accepting a token as it is. */
function validateMember(prop: string, value: unknown, enumObject: object, enumName: string): void {
  if (!isUnresolved(value)) {
    validateEnum(prop, value, enumObject, enumName);
  }
}

/** Refuses a value that is neither a string nor a token. */
function validateString(prop: string, value: unknown, scope: Construct): void {
  if (value !== undefined && typeof value !== 'string') {
    throw new Error(`${prop} must be a string, got ${show(value, scope)}`);
  }
}

/** Refuses a value that is no aws-cdk-lib `Duration` (a number of days, a string). */
function validateDuration(prop: string, value: unknown, example: string, scope: Construct): void {
  if (value === undefined) {
    return;
  }
  const duration = value as Partial<Duration> | null;
  if (typeof duration !== 'object' || duration === null || typeof duration.toSeconds !== 'function' || typeof duration.isUnresolved !== 'function') {
    throw new Error(`${prop} must be a Duration such as ${example}, got ${show(value, scope)}`);
  }
}

/** Refuses a construct prop given something that is not that construct (see `CONSTRUCT_PROPS`). */
function validateConstructProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  for (const [prop, member, what] of CONSTRUCT_PROPS) {
    const value = props[prop];
    if (value !== undefined && (!Construct.isConstruct(value) || !(member in value))) {
      throw new Error(`${prop} must be ${what}, got ${show(describeGiven(value), scope)}`);
    }
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
  validateMember('logRetention', props.logRetention, logs.RetentionDays, 'logs.RetentionDays');
  validateMember('sharingMode', props.sharingMode, DatabaseSharingMode, 'DatabaseSharingMode');
  validateConstructProps(props, scope);
  for (const prop of ['vpcSubnets', 'databaseOptions', 'gatewayOptions', 'serviceNetworkOptions'] as const) {
    validateObject(prop, props[prop], scope);
  }
  for (const prop of ['vpcCidr', 'environment', 'costCenter'] as const) {
    validateString(prop, props[prop], scope);
  }
  validateString('gatewayOptions.resourceGatewayName', props.gatewayOptions?.resourceGatewayName, scope);
}

/** The VPC props: an existing VPC or a new one, never parts of both. */
function validateVpcProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  if (props.vpc && props.vpcCidr !== undefined) {
    throw new Error(`Give vpc (an existing VPC) or vpcCidr (to create one), not both; got vpcCidr ${show(props.vpcCidr, scope)}`);
  }
  if (!props.vpc && props.vpcSubnets !== undefined) {
    throw new Error(`vpcSubnets selects subnets of an existing vpc, but no vpc was given; got vpcSubnets ${show(props.vpcSubnets, scope)}`);
  }
  if (props.vpc && props.internetAccess !== undefined) {
    throw new Error(`internetAccess applies only to a VPC the construct creates, but vpc was given; got internetAccess ${show(props.internetAccess)}`);
  }
  if (props.vpcCidr !== undefined && !Token.isUnresolved(props.vpcCidr)) {
    validateCidr('vpcCidr', props.vpcCidr);
  }
}

/** At most one database source, and an existing database lives in a given VPC. */
function validateDatabaseSource(props: SecureDatabaseAccessProps, scope: Construct): void {
  const existing = [
    props.database !== undefined ? 'database' : undefined,
    props.databaseCluster !== undefined ? 'databaseCluster' : undefined,
    props.databaseOptions !== undefined ? 'databaseOptions' : undefined,
  ].filter((p): p is string => p !== undefined);
  if (existing.length > 1) {
    throw new Error(`Give at most one of database, databaseCluster (existing) and databaseOptions (to create one); got ${existing.join(' and ')} (${existing.map(p => `${p} ${show(describeGiven((props as unknown as Record<string, unknown>)[p]), scope)}`).join(', ')})`);
  }
  if ((props.database || props.databaseCluster) && !props.vpc) {
    throw new Error(`${props.database ? 'database' : 'databaseCluster'} (an existing database) needs vpc, the VPC the database lives in`);
  }
}

/** An existing service network, or options of a created one, never both. */
function validateServiceNetworkProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  if (props.serviceNetwork && props.serviceNetworkOptions) {
    throw new Error(`Give serviceNetwork (an existing network) or serviceNetworkOptions (to create one), not both; got serviceNetwork ${show(props.serviceNetwork.node.path)} and serviceNetworkOptions ${show(props.serviceNetworkOptions, scope)}`);
  }
  if (props.serviceNetwork && props.createServiceNetwork === false) {
    throw new Error(`createServiceNetwork is false but serviceNetwork was given: remove one of them; got serviceNetwork ${show(props.serviceNetwork.node.path)}`);
  }
  if (props.createServiceNetwork === false && props.serviceNetworkOptions) {
    throw new Error(`createServiceNetwork is false but serviceNetworkOptions was given: remove one of them; got serviceNetworkOptions ${show(props.serviceNetworkOptions, scope)}`);
  }
  if (props.serviceNetwork && props.shareServiceNetwork !== undefined) {
    throw new Error(`shareServiceNetwork applies only to a service network the construct creates, but serviceNetwork was given; got shareServiceNetwork ${show(props.shareServiceNetwork)}`);
  }
}

/**
 * The Environment and CostCenter tag values: "Tag values can be up to 256 Unicode characters
 * in UTF-8 ... allowed characters are letters, numbers, spaces representable in UTF-8, and
 * the following characters: _ . : / = + - @" (Tagging AWS resources, Tag naming limits and
 * requirements, https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html).
 */
function validateTags(props: SecureDatabaseAccessProps, scope: Construct): void {
  for (const [prop, value] of [['environment', props.environment], ['costCenter', props.costCenter]] as const) {
    if (value !== undefined && !Token.isUnresolved(value) && (value.length > 256 || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value))) {
      throw new Error(`${prop} must be a tag value of at most 256 letters, digits, spaces and _.:/=+-@, got ${show(value, scope)}`);
    }
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
  encryptionKey: true,
};
/** Every prop of `DatabaseOptions`. */
const OPTION_NAMES: Record<keyof DatabaseOptions, true> = {
  engine: true,
  clusterEngine: true,
  instanceType: true,
  allocatedStorageGiB: true,
  maxAllocatedStorageGiB: true,
  multiAz: true,
  availabilityZone: true,
  backupRetention: true,
  deletionProtection: true,
  removalPolicy: true,
  performanceInsights: true,
  monitoringInterval: true,
  readReplica: true,
  databaseName: true,
  port: true,
  masterUsername: true,
  iamAuthentication: true,
  cloudwatchLogsExports: true,
};
/** Every prop of `ResourceGatewayOptions`. */
const GATEWAY_OPTION_NAMES: Record<keyof ResourceGatewayOptions, true> = { resourceGatewayName: true, ipv4AddressesPerEni: true };

/**
 * Warns about a key that is no prop (JavaScript and JSON accept any): its setting does
 * nothing, so `multiAZ: true` would deploy a single-AZ database. A key that differs from a
 * prop only in case is named as the prop it resembles. A warning, not an error: an object
 * spread from a wider configuration may carry keys of its own.
 */
function warnUnknownProps(scope: Construct, prefix: string, given: object | undefined, known: Record<string, true>): void {
  for (const [key, value] of Object.entries(given ?? {})) {
    if (known[key] || value === undefined) {
      continue;
    }
    const path = `${prefix}${key}`;
    const meant = Object.keys(known).find(k => k.toLowerCase() === key.toLowerCase());
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:unknownProp',
      `${path} is no prop of SecureDatabaseAccess and changes nothing${meant ? `: did you mean ${prefix}${meant}?` : ''}; got ${path} ${show(describeGiven(value), scope)}`);
  }
}

function validateProps(props: SecureDatabaseAccessProps, scope: Construct): void {
  validatePropTypes(props, scope);
  warnUnknownProps(scope, '', props, PROP_NAMES);
  warnUnknownProps(scope, 'databaseOptions.', props.databaseOptions, OPTION_NAMES);
  warnUnknownProps(scope, 'gatewayOptions.', props.gatewayOptions, GATEWAY_OPTION_NAMES);
  validateVpcProps(props, scope);
  validateDatabaseSource(props, scope);
  validateServiceNetworkProps(props, scope);
  validateTags(props, scope);
  if (props.databaseOptions) {
    validateDatabaseOptions(props.databaseOptions, props, scope);
  }
}

/** The engine type the options create (the default engine when neither is given). */
function engineTypeOf(options: DatabaseOptions): string {
  return options.clusterEngine?.engineType ?? options.engine?.engineType ?? DEFAULT_ENGINE.engineType;
}

/** The types of the database options: engines, class, booleans, enum, durations, strings and the log list. */
function validateOptionTypes(options: DatabaseOptions, scope: Construct): void {
  for (const [prop, engine, kind] of [['engine', options.engine, 'rds.DatabaseInstanceEngine.mysql(...)'], ['clusterEngine', options.clusterEngine, 'rds.DatabaseClusterEngine.auroraMysql(...)']] as const) {
    if (engine !== undefined && (!isPlainEngine(engine))) {
      throw new Error(`databaseOptions.${prop} must be an engine such as ${kind}, got ${show(engine, scope)}`);
    }
  }
  const instanceType: unknown = options.instanceType;
  if (instanceType !== undefined && (typeof instanceType !== 'object' || instanceType === null || String(instanceType) === '[object Object]')) {
    throw new Error(`databaseOptions.instanceType must be an ec2.InstanceType such as new ec2.InstanceType('t3.micro'), got ${show(instanceType, scope)}`);
  }
  for (const prop of BOOLEAN_OPTIONS) {
    validateBoolean(`databaseOptions.${prop}`, options[prop]);
  }
  validateMember('databaseOptions.removalPolicy', options.removalPolicy, RemovalPolicy, 'RemovalPolicy');
  validateDuration('databaseOptions.backupRetention', options.backupRetention, 'Duration.days(7)', scope);
  validateDuration('databaseOptions.monitoringInterval', options.monitoringInterval, 'Duration.seconds(60)', scope);
  for (const prop of ['availabilityZone', 'databaseName', 'masterUsername'] as const) {
    validateString(`databaseOptions.${prop}`, options[prop], scope);
  }
  validateEntries('databaseOptions.cloudwatchLogsExports', options.cloudwatchLogsExports, 'a log type such as \'error\'');
  options.cloudwatchLogsExports?.forEach((logType, index) => {
    validateString(`databaseOptions.cloudwatchLogsExports[${index}]`, logType, scope);
  });
}

/** Whether a value looks like an aws-cdk-lib engine (an object with a literal engine type). */
function isPlainEngine(engine: unknown): boolean {
  return typeof engine === 'object' && engine !== null && typeof (engine as rds.IEngine).engineType === 'string';
}

/**
 * The engine the options create: an instance engine for an instance, an Aurora engine for a
 * cluster, one the composite knows how to secure.
 */
function validateEngineChoice(options: DatabaseOptions): void {
  if (options.engine && options.clusterEngine) {
    throw new Error(`databaseOptions: give engine (an RDS instance) or clusterEngine (an Aurora cluster), not both; got engine ${show(options.engine.engineType)} and clusterEngine ${show(options.clusterEngine.engineType)}`);
  }
  // an Aurora DB instance belongs to a cluster: "Amazon Aurora: Not applicable. The database
  // name is managed by the DB cluster" and so on for every setting (AWS::RDS::DBInstance,
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html)
  if (options.engine && isAurora(options.engine.engineType)) {
    throw new Error(`databaseOptions.engine is an Aurora engine, whose instances belong to a cluster: give it as clusterEngine; got engine ${show(options.engine.engineType)}`);
  }
  if (options.clusterEngine && !isAurora(options.clusterEngine.engineType)) {
    throw new Error(`databaseOptions.clusterEngine must be an Aurora engine (rds.DatabaseClusterEngine.auroraMysql or auroraPostgres): give an RDS engine as engine; got clusterEngine ${show(options.clusterEngine.engineType)}`);
  }
  const engineType = engineTypeOf(options);
  if (engineSettings(engineType) === undefined) {
    throw new Error(`databaseOptions: the engine ${show(engineType)} is not supported for a created database (its TLS enforcement is not known); create it yourself and pass it as database`);
  }
}

/**
 * The instance class, given without `db.` (see `instanceClassProblem`): aws-cdk-lib writes
 * `db.` + the class, so `new ec2.InstanceType('db.t3.micro')` would become `db.db.t3.micro`.
 * A class is "the DB instance class type and the size" (RDS User Guide, DB instance classes,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html).
 */
function validateInstanceClass(options: DatabaseOptions, scope: Construct): void {
  const instanceClass = options.instanceType?.toString();
  if (instanceClass === undefined || Token.isUnresolved(instanceClass)) {
    return;
  }
  const problem = instanceClassProblem(instanceClass);
  if (problem !== undefined) {
    throw new Error(`databaseOptions.instanceType must be an instance class without the 'db.' prefix, such as new ec2.InstanceType('t3.micro'): ${problem}; got ${show(instanceClass, scope)}`);
  }
}

/**
 * The Availability Zone of a single-AZ instance. AWS::RDS::DBInstance, AvailabilityZone: "The
 * AvailabilityZone parameter can't be specified if the DB instance is a Multi-AZ deployment"
 * and "The specified Availability Zone must be in the same AWS Region as the current
 * endpoint" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-availabilityzone).
 */
function validateAvailabilityZone(options: DatabaseOptions, scope: Construct): void {
  const zone = options.availabilityZone;
  if (zone === undefined) {
    return;
  }
  if (options.multiAz) {
    throw new Error(`databaseOptions: multiAz places a standby in another Availability Zone, so availabilityZone cannot be fixed; got availabilityZone ${show(zone, scope)}`);
  }
  if (options.clusterEngine) {
    throw new Error(`databaseOptions.availabilityZone applies to RDS instances, got ${show(zone, scope)} with clusterEngine`);
  }
  if (Token.isUnresolved(zone)) {
    return;
  }
  if (!AVAILABILITY_ZONE.test(zone)) {
    throw new Error(`databaseOptions.availabilityZone must be an Availability Zone name such as 'us-east-1a', got ${show(zone)}`);
  }
  const region = Stack.of(scope).region;
  const zoneRegion = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}/.exec(zone)![0];
  if (!Token.isUnresolved(region) && zoneRegion !== region) {
    throw new Error(`databaseOptions.availabilityZone must be in the stack's region ${show(region)}, got ${show(zone)} (in ${show(zoneRegion)})`);
  }
}

/**
 * Automated backups of 1 to 35 whole days: CreateDBCluster "Must be a value from 1 to 35"
 * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html);
 * CreateDBInstance "Must be a value from 0 to 35. Can't be set to 0 if the DB instance is a
 * source to read replicas" (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html),
 * where 0 turns backups off, which this construct does not offer. The period is a whole
 * number of days, so Duration.hours(36) would be rounded by aws-cdk-lib.
 */
function validateBackupRetention(options: DatabaseOptions, scope: Construct): void {
  // Duration.isUnresolved(): toSeconds() throws on a token given in another unit (Duration.days(token))
  if (options.backupRetention === undefined || options.backupRetention.isUnresolved()) {
    return;
  }
  const days = options.backupRetention.toDays({ integral: false });
  if (!Number.isInteger(days) || days < 1 || days > 35) {
    throw new Error(`databaseOptions.backupRetention must be 1 to 35 whole days, got ${show(options.backupRetention.toHumanString(), scope)}`);
  }
}

/**
 * Enhanced monitoring: "Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60" seconds, 0 turning it
 * off (AWS::RDS::DBInstance, MonitoringInterval,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-monitoringinterval).
 * Compared without rounding: Duration.millis(1500) is no valid interval.
 */
function validateMonitoringInterval(options: DatabaseOptions, scope: Construct): void {
  const interval = options.monitoringInterval;
  if (interval === undefined || interval.isUnresolved()) {
    return;
  }
  if (!MONITORING_INTERVALS.includes(interval.toSeconds({ integral: false }))) {
    throw new Error(`databaseOptions.monitoringInterval must be one of ${MONITORING_INTERVALS.join(', ')} seconds, got ${show(interval.toHumanString(), scope)}`);
  }
}

/**
 * The master user name: a letter, then letters, digits or underscores, up to the length of the
 * engine (`maxMasterUsernameLength`: AWS::RDS::DBInstance MasterUsername,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masterusername).
 */
function validateMasterUsername(options: DatabaseOptions, scope: Construct): void {
  const username = options.masterUsername;
  if (username === undefined || Token.isUnresolved(username)) {
    return;
  }
  const engineType = options.clusterEngine?.engineType ?? options.engine?.engineType;
  const max = maxMasterUsernameLength(engineType);
  // "Can't be a reserved word for the chosen database engine" is not checked: the pages do not list the words
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${max - 1}}$`).test(username)) {
    throw new Error(`databaseOptions.masterUsername must start with a letter and hold 1-${max} letters, digits or underscores for ${show(engineType ?? DEFAULT_ENGINE.engineType)}, got ${show(username, scope)}`);
  }
}

/**
 * The name of the database created at launch: a letter, then letters, digits or underscores,
 * up to 64 characters (MySQL, MariaDB, Aurora MySQL) or 63 (PostgreSQL, Aurora PostgreSQL)
 * (`maxDatabaseNameLength`: CreateDBInstance, DBName,
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 */
function validateDatabaseName(options: DatabaseOptions, scope: Construct): void {
  const name = options.databaseName;
  if (name === undefined) {
    return;
  }
  const engineType = engineTypeOf(options);
  const max = maxDatabaseNameLength(engineType);
  // SQL Server: DBName "Not applicable. Must be null" (CreateDBInstance,
  // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  if (max === undefined) {
    throw new Error(`databaseOptions.databaseName: RDS for SQL Server creates no database at launch, got ${show(name, scope)} with engine ${show(engineType)}`);
  }
  if (Token.isUnresolved(name)) {
    return;
  }
  if (name.length > max || !DATABASE_NAME.test(name)) {
    throw new Error(`databaseOptions.databaseName must begin with a letter and hold 1-${max} letters, digits or underscores for ${show(engineType)}, got ${show(name)}`);
  }
}

/**
 * The port: "Valid Values: 1150-65535", and "For RDS for Microsoft SQL Server, the value can't
 * be 1234, 1434, 3260, 3343, 3389, 47001, or 49152-49156" (AWS::RDS::DBInstance, Port,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-port).
 */
function validatePort(options: DatabaseOptions): void {
  validateRange('databaseOptions.port', options.port, 1150, 65535);
  const engineType = engineTypeOf(options);
  if (options.port !== undefined && isSqlServer(engineType) && SQL_SERVER_RESERVED_PORTS.includes(options.port)) {
    throw new Error(`databaseOptions.port: RDS for SQL Server cannot listen on ${SQL_SERVER_RESERVED_PORTS.slice(0, 6).join(', ')} or 49152-49156, got ${show(options.port)} with engine ${show(engineType)}`);
  }
}

/**
 * The allocated storage of an RDS instance: gp3 storage (the construct's storage type) of
 * "an integer from 20 to 65536" GiB for MySQL, MariaDB and PostgreSQL (CreateDBInstance,
 * AllocatedStorage, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html);
 * the upper limit of storage autoscaling no lower than the allocation. Aurora storage
 * "automatically grow[s]" (same page), so neither applies to a cluster.
 */
function validateStorage(options: DatabaseOptions): void {
  if (options.clusterEngine && (options.allocatedStorageGiB !== undefined || options.maxAllocatedStorageGiB !== undefined)) {
    throw new Error(`databaseOptions.allocatedStorageGiB and maxAllocatedStorageGiB apply to RDS instances; Aurora storage grows by itself; got allocatedStorageGiB ${show(options.allocatedStorageGiB)} and maxAllocatedStorageGiB ${show(options.maxAllocatedStorageGiB)}`);
  }
  validateRange('databaseOptions.allocatedStorageGiB', options.allocatedStorageGiB, 20, 65536, 'GiB');
  if (options.maxAllocatedStorageGiB !== undefined) {
    const floor = options.allocatedStorageGiB !== undefined && !Token.isUnresolved(options.allocatedStorageGiB) ? options.allocatedStorageGiB : 20;
    validateRange('databaseOptions.maxAllocatedStorageGiB', options.maxAllocatedStorageGiB, floor, 65536, 'GiB');
  }
}

/**
 * The exported log types, each one the engine has (`exportableLogTypes`: EnableCloudwatchLogsExports
 * of CreateDBInstance, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html,
 * and CreateDBCluster, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html). Aurora
 * PostgreSQL: "To enable IAM database authentication error logs, you must first enable IAM
 * database authentication" (Aurora User Guide, Aurora PostgreSQL database log files,
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.Concepts.PostgreSQL.html).
 */
function validateLogExports(options: DatabaseOptions, scope: Construct): void {
  const exports = options.cloudwatchLogsExports;
  if (exports === undefined || Token.isUnresolved(exports)) {
    return;
  }
  const engineType = engineTypeOf(options);
  const valid = exportableLogTypes(engineType) ?? [];
  exports.forEach((logType, index) => {
    if (!Token.isUnresolved(logType) && !valid.includes(logType)) {
      throw new Error(`databaseOptions.cloudwatchLogsExports[${index}] must be a log type of ${show(engineType)}: one of ${valid.map(t => show(t)).join(', ')}; got ${show(logType, scope)} (in ${show(exports, scope)})`);
    }
  });
  if (engineType === 'aurora-postgresql' && options.iamAuthentication === false && exports.includes('iam-db-auth-error')) {
    throw new Error(`databaseOptions.cloudwatchLogsExports: 'iam-db-auth-error' needs IAM database authentication on Aurora PostgreSQL, got iamAuthentication false and cloudwatchLogsExports ${show(exports, scope)}`);
  }
}

/** Every rule of `DatabaseOptions`, each in its own function so that it can move with the database. */
function validateDatabaseOptions(options: DatabaseOptions, props: SecureDatabaseAccessProps, scope: Construct): void {
  validateOptionTypes(options, scope);
  validateEngineChoice(options);
  validateInstanceClass(options, scope);
  if (options.clusterEngine && options.multiAz !== undefined) {
    throw new Error(`databaseOptions.multiAz applies to RDS instances; an Aurora cluster gets a standby from readReplica; got multiAz ${show(options.multiAz)}`);
  }
  if (options.clusterEngine && options.readReplica && props.sharingMode === DatabaseSharingMode.ARN) {
    throw new Error('databaseOptions.readReplica with clusterEngine needs sharingMode DNS: an ARN-type configuration names the whole cluster, not its reader endpoint; got sharingMode \'ARN\'');
  }
  validateAvailabilityZone(options, scope);
  validateStorage(options);
  validatePort(options);
  validateBackupRetention(options, scope);
  validateMonitoringInterval(options, scope);
  validateMasterUsername(options, scope);
  validateDatabaseName(options, scope);
  validateLogExports(options, scope);
  validatePerformanceInsightsClass(options);
  // IAM database authentication: not for SQL Server, nor MariaDB 10.4-10.6 (RDS User Guide,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html)
  const engine = options.clusterEngine ?? options.engine;
  if (engine !== undefined && options.iamAuthentication === true && !offersIamAuthentication(engine)) {
    const version = engine.engineVersion?.majorVersion;
    throw new Error(`databaseOptions.iamAuthentication: engine ${show(engine.engineType)}${version ? ` ${version}` : ''} has no IAM database authentication, got iamAuthentication true`);
  }
}

/** A quoted value in a message, as `show` writes it: `'...'` (not an apostrophe inside a word) or `"..."`. */
const QUOTED = /((?<![A-Za-z0-9])'[^']*'|"(?:[^"\\]|\\.)*")/;

/**
 * Builds a child construct from the user's props and, when it refuses them, makes its
 * message name the props the user set rather than the child's own: the rule stays the
 * child's, only the names change (`ipv4AddressesPerEni must be ...` becomes
 * `gatewayOptions.ipv4AddressesPerEni must be ...`). The same holds for what the child's
 * own validation reports at synth time. Quoted values in a message are left as they are;
 * a TypeError is passed on untouched.
 *
 * @param renames the child's prop name to the path the user wrote, for the props the user set
 * @param build constructs the child
 */
function asGiven<T extends Construct>(renames: Record<string, string | undefined>, build: () => T): T {
  const pairs = Object.entries(renames).filter((r): r is [string, string] => r[1] !== undefined && r[1] !== r[0]);
  let made: T;
  try {
    made = build();
  } catch (e) {
    if (e instanceof Error && !(e instanceof TypeError)) {
      e.message = renameProps(e.message, pairs);
    }
    throw e;
  }
  if (pairs.length > 0) {
    const node = made.node;
    const validate = node.validate.bind(node);
    Object.defineProperty(node, 'validate', { value: () => validate().map(message => renameProps(message, pairs)) });
  }
  return made;
}

/** A message with each `from` prop name (a whole word, outside quoted values) written as its `to` path. */
function renameProps(message: string, pairs: Array<[string, string]>): string {
  return message.split(QUOTED).map((part, i) => i % 2 === 1 ? part
    : pairs.reduce((text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to), part)).join('');
}

/** `{ key: 'prefix.key' }` for every key the user set in an options object. */
function pathsOf(prefix: string, options: object | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined).map(([k]) => [k, `${prefix}.${k}`]));
}

/**
 * Refuses Performance Insights (CloudWatch Database Insights) on an instance class where the
 * engine does not offer it, which the deployment would fail on. The classes and their AWS
 * sources are in `lacksPerformanceInsights` (engine-settings.ts): RDS User Guide
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html and
 * Aurora User Guide https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DatabaseInsights.Engines.html.
 */
function validatePerformanceInsightsClass(options: DatabaseOptions): void {
  if (options.performanceInsights !== true) {
    return;
  }
  const engineType = options.clusterEngine?.engineType ?? options.engine?.engineType ?? DEFAULT_ENGINE.engineType;
  const defaultClass = options.clusterEngine ? DEFAULT_CLUSTER_INSTANCE_TYPE : DEFAULT_INSTANCE_TYPE;
  const instanceClass = options.instanceType?.toString() ?? defaultClass;
  if (Token.isUnresolved(instanceClass) || !lacksPerformanceInsights(engineType, instanceClass)) {
    return;
  }
  const which = options.instanceType === undefined ? 'the default class, since databaseOptions.instanceType is not set' : 'databaseOptions.instanceType';
  const larger = engineType === 'aurora-mysql' ? 'db.t4g.medium or db.r6g.large' : 'db.t3.medium';
  throw new Error(`databaseOptions.performanceInsights: ${engineType} offers no Performance Insights (CloudWatch Database Insights) on db.${instanceClass} (${which}); `
    + `set databaseOptions.instanceType to a class that has it, such as ${larger}, or leave performanceInsights off; got performanceInsights true and instanceType ${show(instanceClass)}`);
}

/**
 * Acknowledges the cdk-nag findings that follow from the construct's own cost-conscious
 * defaults, only where the user left the option at its default. A choice the user made
 * explicitly is theirs to acknowledge.
 */
function acknowledgeDatabaseDefaults(db: Construct | undefined, options: DatabaseOptions, aurora: boolean): void {
  const cfn = db?.node.defaultChild;
  if (cfn === undefined) {
    return;
  }
  acknowledgeNag(cfn, ['NIST:RDSInBackupPlan', 'HIPAA:RDSInBackupPlan'],
    'Automated RDS backups are on (databaseOptions.backupRetention, 7 days by default); an AWS Backup plan is account-level policy, outside this construct.');
  if (options.port === undefined) {
    acknowledgeNag(cfn, ['AwsSolutions:RDS11'],
      'The database keeps its engine\'s default port: it sits in isolated subnets and admits the port only from the resource gateway\'s security group, so another port adds no protection. Set databaseOptions.port to change it.');
  }
  if (options.multiAz === undefined && !aurora) {
    const reason = 'Single-AZ by default to keep the cost of a first deployment down (a standby doubles the instance cost). Set databaseOptions.multiAz to true for production.';
    acknowledgeNag(cfn, ['AwsSolutions:RDS3', 'NIST:RDSMultiAZSupport', 'HIPAA:RDSMultiAZSupport'], reason);
    skipCheckov(cfn, ['CKV_AWS_157'], reason);
  }
  if (options.monitoringInterval === undefined) {
    const reason = 'Enhanced monitoring is opt-in (it adds an IAM role and CloudWatch Logs cost). Set databaseOptions.monitoringInterval to turn it on.';
    acknowledgeNag(cfn, ['NIST:RDSEnhancedMonitoringEnabled', 'HIPAA:RDSEnhancedMonitoringEnabled'], reason);
    skipCheckov(cfn, ['CKV_AWS_118'], reason);
  }
  const monitoringRole = db?.node.tryFindChild('MonitoringRole')?.node.defaultChild;
  acknowledgeNag(monitoringRole, ['AwsSolutions:IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole]'],
    'Enhanced monitoring uses the AWS managed policy AWS publishes for exactly this role (log delivery to the RDSOSMetrics log group only).');
}

function settingsOf(engineType: string) {
  return engineSettings(engineType)!;
}

/**
 * Lets RDS create and rotate the master password in Secrets Manager (no rotation
 * Lambda), encrypted with the given key. Returns the secret.
 */
function useManagedMasterPassword(
  scope: Construct,
  cfn: rds.CfnDBInstance | rds.CfnDBCluster,
  key: kms.IKey | undefined,
): secretsmanager.ISecret {
  cfn.masterUserPassword = undefined;
  cfn.manageMasterUserPassword = true;
  cfn.masterUserSecret = key ? { kmsKeyId: key.keyArn } : undefined;
  return secretsmanager.Secret.fromSecretAttributes(scope, 'ManagedSecret', {
    secretCompleteArn: cfn.attrMasterUserSecretSecretArn,
    encryptionKey: key,
  });
}

/**
 * Makes the master password of an instance come from the generated secret
 * (`MasterUserPassword`) and turns RDS management off explicitly (`ManageMasterUserPassword:
 * false`), so that an update of a deployed instance that had `ManageMasterUserPassword: true`
 * asks RDS to stop managing it rather than relying on how CloudFormation treats a removed
 * property. Both properties update with no interruption (CloudFormation, AWS::RDS::DBInstance,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html);
 * turning the management off "must specify MasterUserPassword. In this case, Amazon RDS deletes
 * the secret and uses the new password" (ModifyDBInstance, ManageMasterUserPassword,
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyDBInstance.html).
 */
function useGeneratedMasterPassword(cfn: rds.CfnDBInstance): void {
  cfn.manageMasterUserPassword = false;
  cfn.masterUserSecret = undefined;
}

/**
 * Credentials whose placeholder password `useManagedMasterPassword` removes again:
 * with a password given, the L2 creates no secret and no rotation of its own.
 */
function managedPasswordCredentials(username: string | undefined): rds.Credentials {
  return rds.Credentials.fromPassword(username ?? DEFAULT_MASTER_USERNAME, SecretValue.unsafePlainText('replaced-by-rds-managed-password'));
}

/**
 * The key policy statements CloudTrail needs for a trail encrypted with the key, as the
 * CloudTrail User Guide gives them ("Configure AWS KMS key policies for CloudTrail",
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html).
 * The trail's name is generated and the trail references the key, so `aws:SourceArn` is
 * matched with ArnLike against every trail of this account in this region (the trail's home
 * region, also for a multi-region trail) rather than the literal trail ARN, which would be a
 * cycle. aws-cdk-lib's `cloudtrail.Trail` adds nothing to a given key's policy.
 */
function allowCloudTrailToUseKey(key: kms.Key): void {
  const stack = Stack.of(key);
  const trails = `arn:${stack.partition}:cloudtrail:${stack.region}:${stack.account}:trail/*`;
  // "Granting encrypt permissions": kms:GenerateDataKey* under the encryption context of this
  // account's trails and, as the documented best practice, aws:SourceArn
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToEncryptLogs',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: {
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${stack.partition}:cloudtrail:*:${stack.account}:trail/*` },
      ArnLike: { 'aws:SourceArn': trails },
    },
  }));
  // "Enable CloudTrail to describe KMS key properties": kms:DescribeKey with aws:SourceArn only
  // (a DescribeKey request carries no encryption context, so the condition above would never match it)
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToDescribeKey',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:DescribeKey'],
    resources: ['*'],
    conditions: { ArnLike: { 'aws:SourceArn': trails } },
  }));
  // No "Granting decrypt permissions" statement: the guide requires kms:Decrypt only "if you
  // are using an existing S3 bucket with an S3 Bucket Key", and the statement it gives has no
  // condition (an S3 Bucket Key uses the bucket ARN as encryption context: S3 User Guide,
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html). The trail bucket
  // has no Bucket Key (see createTrail), so CloudTrail gets no decrypt right on a key that
  // also encrypts the database.
}
