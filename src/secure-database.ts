import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { DatabaseAlarmsOptions } from './database-monitoring';
import { clusterPort, instancePort } from './private/database-port';
import { newEncryptionKey } from './private/key-builder';
import { auroraReplicaLag, databaseMetric } from './private/rds-metrics';
import { buildSecureDatabase, OPTION_NAMES, validateDatabaseOptions } from './private/secure-database-builder';
import { defaultPrivateSubnets, selectPrivateSubnets, validateVpc } from './private/subnets';
import { validateConstruct, validatePropsObject, warnUnknownProps } from './private/validation';

/**
 * How a secure database is made: the props of `SecureDatabase` (with its `vpc`), and the
 * `databaseOptions` of `SecureDatabaseAccess`, under the same names.
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
   * The mode of CloudWatch Database Insights, which replaces Performance Insights.
   * `STANDARD` keeps 7 days of database load and the dashboards at no extra cost; `ADVANCED`
   * adds 15 months of history, per-query and execution-plan analysis and fleet views, at
   * CloudWatch's Database Insights price (per vCPU-hour: see Amazon CloudWatch pricing).
   * "To enable the Advanced mode of Database Insights, you must enable Performance Insights and
   * set the Performance Insights retention period to at least 465 days (15 months)"
   * (RDS User Guide, Considerations for Database Insights,
   * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Considerations.html):
   * with `ADVANCED` the construct turns Performance Insights on (encrypted with its key) with
   * 15 months of retention, and refuses `performanceInsights: false`. Not offered on the classes
   * where Performance Insights is not (see `performanceInsights`).
   * @default - not set: RDS chooses (the AWS pages disagree on whether that is Standard or
   * Advanced, so set the mode you want)
   */
  readonly databaseInsightsMode?: rds.DatabaseInsightsMode;

  /**
   * Alarms on the database (CPU, freeable memory, free storage, connections against the
   * engine's limit, replica lag), notifying a new encrypted SNS topic or `actions`: give `{}` for
   * the defaults. See `DatabaseAlarmsOptions`.
   * @default - no alarms
   */
  readonly alarms?: DatabaseAlarmsOptions;

  /**
   * An RDS Proxy in front of the database (MySQL, MariaDB, PostgreSQL, Aurora), TLS required, in
   * the database's subnets, with its own security group: give `{}` for the defaults. For an Aurora
   * cluster with a reader, it also gets a READ_ONLY endpoint. `SecureDatabaseAccess` then shares
   * the proxy instead of the database. See `DatabaseProxyOptions`.
   * @default - no proxy
   */
  readonly proxy?: DatabaseProxyOptions;

  /**
   * Enhanced monitoring interval: 1, 5, 10, 15, 30 or 60 seconds.
   * @default - no enhanced monitoring
   */
  readonly monitoringInterval?: Duration;

  /**
   * A read replica (for an Aurora cluster, a reader instance). `SecureDatabaseAccess` shares it
   * through its own resource configuration in DNS mode (for a cluster, the reader endpoint); in
   * ARN mode a cluster's reader is reached through the cluster's one configuration.
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
 * An RDS Proxy in front of a secure database (`DatabaseOptions.proxy`). TLS is always required
 * at the proxy; the proxy reaches the database with the master secret.
 */
export interface DatabaseProxyOptions {
  /**
   * Require IAM authentication of clients at the proxy (`IAMAuth: REQUIRED`): they connect with
   * an IAM authentication token for the proxy instead of a password.
   * @default false
   */
  readonly iamAuthentication?: boolean;

  /**
   * How long a client connection may stay idle before the proxy closes it: 1 second to 8 hours.
   * @default Duration.minutes(30)
   */
  readonly idleClientTimeout?: Duration;
}

/**
 * Properties of a `SecureDatabase`: the database options, and where it lives.
 */
export interface SecureDatabaseProps extends DatabaseOptions {
  /** The VPC of the database. */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets of the database.
   * @default - the VPC's isolated subnets if it has any, otherwise its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The customer managed key of the storage, the master secret and Performance Insights.
   * @default - a new key with rotation on, retained when the stack is deleted
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * The security group of the database (and its replica).
   * @default - a new security group with no rules: open it with `connections`
   */
  readonly securityGroup?: ec2.ISecurityGroup;
}

/** Every prop of `SecureDatabaseProps` (the compiler keeps the list complete). */
const SECURE_DATABASE_PROP_NAMES: Record<keyof SecureDatabaseProps, true> = {
  ...OPTION_NAMES,
  vpc: true,
  vpcSubnets: true,
  encryptionKey: true,
  securityGroup: true,
};

/**
 * An RDS instance or Aurora cluster that is secure by default: encrypted with a customer
 * managed key, TLS required by its parameter group, logs exported that really log (the
 * engine's log parameters are set), the MariaDB Audit Plugin on MySQL and MariaDB, IAM
 * database authentication where the engine has it, the master password managed by RDS in
 * Secrets Manager (a generated, KMS-encrypted secret when an instance has a read replica),
 * deletion protection and `RemovalPolicy.SNAPSHOT`, in private subnets. Optionally a read
 * replica (instance) or a reader (Aurora).
 *
 * `SecureDatabaseAccess` builds its database with the same code; share a `SecureDatabase`
 * of your own through `SecureDatabaseAccess`'s `database` / `databaseCluster`, or with
 * `LatticeSharedDatabase` directly.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * const db = new SecureDatabase(this, 'Database', {
 *   vpc,
 *   engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }),
 * });
 */
export class SecureDatabase extends Construct implements ec2.IConnectable {
  /** The DB instance, when the engine is an instance engine. */
  public readonly instance?: rds.DatabaseInstance;
  /** The read replica of the instance, with `readReplica`. */
  public readonly readReplica?: rds.DatabaseInstanceReadReplica;
  /** The Aurora cluster, when `clusterEngine` is given. */
  public readonly cluster?: rds.DatabaseCluster;
  /** Whether the cluster has a reader instance (`readReplica` with `clusterEngine`). */
  public readonly hasClusterReader: boolean;
  /** The Secrets Manager secret with the master credentials. */
  public readonly secret: secretsmanager.ISecret;
  /**
   * Whether the master secret was generated by this construct (an instance with a read
   * replica: RDS cannot manage the password of a replica source) rather than managed by RDS.
   */
  public readonly masterSecretGenerated: boolean;
  /** The TCP port of the database: `port`, or the engine's default. */
  public readonly port: number;
  /** The customer managed key of the database. */
  public readonly encryptionKey: kms.IKey;
  /** The security group of the database. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** The network connections of the database, with its port as default port. */
  public readonly connections: ec2.Connections;
  /** The parameter group that requires TLS. */
  public readonly parameterGroup: rds.IParameterGroup;
  /** The option group with the MariaDB Audit Plugin, on MySQL and MariaDB. */
  public readonly optionGroup?: rds.IOptionGroup;
  /** The RDS Proxy of `proxy`. */
  public readonly proxy?: rds.DatabaseProxy;
  /** The proxy's READ_ONLY endpoint, for an Aurora cluster with a reader. */
  public readonly proxyReaderEndpoint?: rds.IDatabaseProxyEndpoint;
  /** The alarms of `alarms` (empty without it). */
  public readonly alarms: cloudwatch.IAlarm[];
  /** The SNS topic the alarms notify, when it was created here (no `alarms.actions`). */
  public readonly alarmTopic?: sns.ITopic;

  constructor(scope: Construct, id: string, props: SecureDatabaseProps) {
    super(scope, id);
    validatePropsObject('SecureDatabase', 'vpc', props, this);
    validateVpc(props.vpc);
    // constructs given from JavaScript or JSON are checked by what they have, so that a string
    // never reaches aws-cdk-lib (a security group id would leave the database in the default group)
    validateConstruct('encryptionKey', props.encryptionKey, 'a kms.IKey (such as kms.Key.fromKeyArn(scope, id, arn))', ['keyArn', 'grantEncryptDecrypt'], this);
    validateConstruct('securityGroup', props.securityGroup, 'an ec2.ISecurityGroup (such as ec2.SecurityGroup.fromSecurityGroupId(scope, id, sgId))',
      ['securityGroupId', 'addIngressRule'], this);
    warnUnknownProps(this, 'SecureDatabase', '', props, SECURE_DATABASE_PROP_NAMES);
    validateDatabaseOptions(props, this, '');
    // the subnets must exist in the VPC (named before aws-cdk-lib's own error)
    const vpcSubnets = props.vpcSubnets ?? defaultPrivateSubnets(props.vpc, 'the database');
    selectPrivateSubnets(props.vpc, vpcSubnets, 'the database');

    // (no CloudWatch Logs statement: this construct creates no log group, and the groups RDS
    // creates for log exports are not encrypted with this key)
    this.encryptionKey = props.encryptionKey
      ?? newEncryptionKey(this, `Encrypts the database, its secret and Performance Insights (${this.node.path})`);
    this.securityGroup = props.securityGroup ?? new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: 'Secure database: no ingress until a rule is added through connections',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });

    const built = buildSecureDatabase(this, props, {
      vpc: props.vpc,
      vpcSubnets,
      securityGroup: this.securityGroup,
      encryptionKey: this.encryptionKey,
      prefix: '',
    });
    this.instance = built.instance;
    this.readReplica = built.replica;
    this.cluster = built.cluster;
    this.hasClusterReader = built.clusterReader;
    this.secret = built.secret;
    this.masterSecretGenerated = built.masterSecretGenerated;
    this.parameterGroup = built.parameterGroup;
    this.optionGroup = built.optionGroup;
    // the literal port (props.port, else the engine's default), as LatticeSharedDatabase reads it
    this.port = props.port ?? (built.instance ? instancePort(built.instance) : clusterPort(built.cluster!)).port!;
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroup], defaultPort: ec2.Port.tcp(this.port) });
    this.alarms = built.alarms;
    this.alarmTopic = built.alarmTopic;
    this.proxy = built.proxy;
    this.proxyReaderEndpoint = built.proxyReaderEndpoint;
  }

  /**
   * A metric of the database in `AWS/RDS`: of the instance (`DBInstanceIdentifier`), or of the
   * Aurora cluster (`DBClusterIdentifier`).
   */
  public metric(metricName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return databaseMetric(this, metricName, props);
  }

  /** The percentage of CPU utilization (`CPUUtilization`). Average over 5 minutes by default. */
  public metricCPUUtilization(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('CPUUtilization', { statistic: 'Average', ...props });
  }

  /** The number of client network connections (`DatabaseConnections`). Average over 5 minutes by default. */
  public metricDatabaseConnections(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('DatabaseConnections', { statistic: 'Average', ...props });
  }

  /** The available random access memory, in bytes (`FreeableMemory`). Average over 5 minutes by default. */
  public metricFreeableMemory(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('FreeableMemory', { statistic: 'Average', ...props });
  }

  /**
   * The available storage space of an RDS instance, in bytes (`FreeStorageSpace`). Aurora has no
   * such metric (its volume grows by itself; Aurora User Guide, Amazon CloudWatch metrics for
   * Amazon Aurora): for a cluster this throws.
   */
  public metricFreeStorageSpace(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (!this.instance) {
      throw new Error('metricFreeStorageSpace: an Aurora cluster publishes no FreeStorageSpace (its volume grows by itself); use metric(\'VolumeBytesUsed\') for the cluster volume');
    }
    return this.metric('FreeStorageSpace', { statistic: 'Average', ...props });
  }

  /**
   * How far the read replica lags behind: `ReplicaLag` (seconds) of an RDS read replica, or
   * `AuroraReplicaLagMaximum` (milliseconds) of the Aurora cluster's writer (the lag of its
   * replicas, whichever instance is the writer). Maximum over 5 minutes by default.
   * Throws when there is no replica or reader.
   */
  public metricReplicaLag(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    if (this.readReplica) {
      return this.readReplica.metric('ReplicaLag', { statistic: 'Maximum', ...props });
    }
    if (this.cluster && this.hasClusterReader) {
      // the writer's, by role, so that it follows a failover (private/rds-metrics.ts)
      return auroraReplicaLag(this.cluster, props);
    }
    throw new Error('metricReplicaLag: this database has no read replica or reader (readReplica is not set)');
  }
}
