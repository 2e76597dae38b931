import { Annotations, Duration, RemovalPolicy, SecretValue, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { buildDatabaseAlarms, validateAlarmOptions } from './alarms-builder';
import { clusterPort, instancePort } from './database-port';
import {
  DATABASE_NAME, defaultLogExports, EngineSettings, engineSettings, exportableLogTypes, instanceClassProblem, isAurora, isSqlServer,
  lacksPerformanceInsights, logParameters, maxDatabaseNameLength, maxMasterUsernameLength, MONITORING_INTERVALS, SQL_SERVER_RESERVED_PORTS,
} from './engine-settings';
import { acknowledgeNag, skipCheckov } from './nag';
import { buildDatabaseProxy, validateProxyOptions } from './proxy-builder';
import { ruleFromCheck, throwIfAny } from './rules';
import {
  AVAILABILITY_ZONE, show, validateBoolean, validateDuration, validateEntries, validateEnum, validateRange, validateString,
} from './validation';
import type { DatabaseOptions } from '../secure-database';

/*
 * How a secure database is made and what its options must be: one place for `SecureDatabase`
 * (which builds into its own scope) and `SecureDatabaseAccess` (which builds into its own
 * scope too, so that the construct paths and logical ids of databases deployed with earlier
 * releases stay as they are).
 */

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
export const DEFAULT_ENGINE = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 });
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

/** The boolean props of `DatabaseOptions`. */
const BOOLEAN_OPTIONS = ['multiAz', 'deletionProtection', 'performanceInsights', 'readReplica', 'iamAuthentication'] as const;

/** Every prop of `DatabaseOptions`. */
export const OPTION_NAMES: Record<keyof DatabaseOptions, true> = {
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
  databaseInsightsMode: true,
  monitoringInterval: true,
  readReplica: true,
  databaseName: true,
  port: true,
  masterUsername: true,
  iamAuthentication: true,
  cloudwatchLogsExports: true,
  alarms: true,
  proxy: true,
};

/** Where and with what a database is built. */
export interface DatabaseContext {
  /** the VPC of the database */
  readonly vpc: ec2.IVpc;
  /** its subnets */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /** its security group */
  readonly securityGroup: ec2.ISecurityGroup;
  /** the customer managed key of storage, the secret and Performance Insights */
  readonly encryptionKey?: kms.IKey;
  /** how messages name the options: `''` or `'databaseOptions.'` */
  readonly prefix: string;
}

/** What `buildSecureDatabase` made. */
export interface BuiltDatabase {
  /** the instance, for an instance engine */
  readonly instance?: rds.DatabaseInstance;
  /** the read replica of the instance */
  readonly replica?: rds.DatabaseInstanceReadReplica;
  /** the Aurora cluster, for a cluster engine */
  readonly cluster?: rds.DatabaseCluster;
  /** whether the cluster has a reader instance */
  readonly clusterReader: boolean;
  /** the master user secret */
  readonly secret: secretsmanager.ISecret;
  /** whether the master secret was generated here (a replica source), not managed by RDS */
  readonly masterSecretGenerated: boolean;
  /** the parameter group that requires TLS */
  readonly parameterGroup: rds.IParameterGroup;
  /** the option group with the MariaDB Audit Plugin */
  readonly optionGroup?: rds.IOptionGroup;
  /** the alarms, when `alarms` is given */
  readonly alarms: cloudwatch.Alarm[];
  /** the topic the alarms notify, when it was created here */
  readonly alarmTopic?: sns.Topic;
  /** the RDS Proxy, when `proxy` is given */
  readonly proxy?: rds.DatabaseProxy;
  /** its READ_ONLY endpoint, for a cluster with a reader */
  readonly proxyReaderEndpoint?: rds.IDatabaseProxyEndpoint;
}

/**
 * Builds the database of `options` in `scope`, with the construct ids `ParameterGroup`,
 * `OptionGroup`, `Database` and `ReadReplica` (and `ManagedSecret`). Run
 * `validateDatabaseOptions` first.
 */
export function buildSecureDatabase(scope: Construct, options: DatabaseOptions, ctx: DatabaseContext): BuiltDatabase {
  const built: Omit<BuiltDatabase, 'alarms'> = options.clusterEngine
    ? { ...createCluster(scope, options, ctx), clusterReader: options.readReplica === true, masterSecretGenerated: false }
    : (() => {
      const { generatedSecret, ...instance } = createInstance(scope, options, ctx);
      return { ...instance, masterSecretGenerated: generatedSecret, clusterReader: false };
    })();
  const engine = options.clusterEngine ?? options.engine ?? DEFAULT_ENGINE;
  const proxy = options.proxy === undefined ? undefined : buildDatabaseProxy(scope, {
    ...built,
    engineFamily: engine.engineFamily!,
    databaseSecurityGroup: ctx.securityGroup,
    // the literal port: the option, else the engine's default
    databasePort: (built.instance ? instancePort(built.instance) : clusterPort(built.cluster!)).port!,
    vpc: ctx.vpc,
    vpcSubnets: ctx.vpcSubnets,
  }, options.proxy);
  const withProxy = { ...built, proxy: proxy?.proxy, proxyReaderEndpoint: proxy?.readerEndpoint };
  if (options.alarms === undefined) {
    return { ...withProxy, alarms: [] };
  }
  if (ctx.encryptionKey === undefined) {
    throw new Error(`${ctx.prefix}alarms need the construct's encryption key for their topic`);
  }
  const made = buildDatabaseAlarms(new Construct(scope, 'Alarms'), {
    ...built,
    engineType: engine.engineType,
    engineVersion: engine.engineVersion?.fullVersion,
    instanceType: options.instanceType ?? new ec2.InstanceType(options.clusterEngine ? DEFAULT_CLUSTER_INSTANCE_TYPE : DEFAULT_INSTANCE_TYPE),
    allocatedStorageGiB: options.clusterEngine ? undefined : options.allocatedStorageGiB ?? 20,
  }, options.alarms, ctx.encryptionKey, ctx.prefix);
  return { ...withProxy, alarms: made.alarms, alarmTopic: made.topic };
}

/** `databaseOptions: ` for a prefix `databaseOptions.`, nothing for no prefix. */
function lead(p: string): string {
  return p ? `${p.slice(0, -1)}: ` : '';
}

/**
 * IAM authentication, the log exports and the parameter group that requires TLS and turns
 * on the exported logs: the same for an instance and a cluster.
 */
function tlsAndLogs(scope: Construct, options: DatabaseOptions, engine: rds.IEngine, settings: EngineSettings) {
  const iamAuthentication = options.iamAuthentication ?? offersIamAuthentication(engine);
  const logExports = options.cloudwatchLogsExports ?? defaultLogExports(settings, iamAuthentication);
  const parameterGroup = new rds.ParameterGroup(scope, 'ParameterGroup', {
    engine,
    description: 'Requires TLS for every connection',
    parameters: { ...settings.parameters, ...logParameters(engine.engineType, engine.engineVersion?.majorVersion, logExports) },
  });
  return { iamAuthentication, logExports, parameterGroup };
}

function createInstance(scope: Construct, options: DatabaseOptions, ctx: DatabaseContext) {
  const engine = options.engine ?? DEFAULT_ENGINE;
  const settings = settingsOf(engine.engineType);
  const instanceType = options.instanceType ?? new ec2.InstanceType(DEFAULT_INSTANCE_TYPE);
  if (options.readReplica && !settings.supportsReadReplica) {
    throw new Error(`${ctx.prefix}readReplica: engine ${show(engine.engineType)} cannot have a read replica, got readReplica true`);
  }

  if (['sqlserver-se', 'sqlserver-ee', 'sqlserver-web'].includes(engine.engineType) && options.instanceType === undefined) {
    throw new Error(`${ctx.prefix}instanceType is required for ${show(engine.engineType)}: the default db.${DEFAULT_INSTANCE_TYPE} is not offered for this SQL Server edition`);
  }
  const { iamAuthentication, logExports, parameterGroup } = tlsAndLogs(scope, options, engine, settings);
  // RDS cannot create a read replica of a source whose master password it manages
  // (engine-settings.ts, replicaAllowsManagedPassword: RDS User Guide,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
  // with a replica, the password comes from a secret generated here, encrypted with the key.
  const generatedSecret = options.readReplica === true && !settings.replicaAllowsManagedPassword;
  const optionGroup = settings.auditPlugin ? new rds.OptionGroup(scope, 'OptionGroup', {
    engine,
    description: 'Audit log of connections and DDL/DCL statements (MariaDB Audit Plugin)',
    configurations: [{ name: 'MARIADB_AUDIT_PLUGIN', settings: { SERVER_AUDIT_EVENTS: 'CONNECT,QUERY_DDL,QUERY_DCL' } }],
  }) : undefined;
  const backupRetention = options.backupRetention ?? Duration.days(7);
  // what the instance and its replica have in common
  const common: rds.DatabaseInstanceNewProps = {
    vpc: ctx.vpc,
    vpcSubnets: ctx.vpcSubnets,
    securityGroups: [ctx.securityGroup],
    storageType: rds.StorageType.GP3,
    multiAz: options.multiAz ?? false,
    publiclyAccessible: false,
    deletionProtection: options.deletionProtection ?? true,
    removalPolicy: options.removalPolicy ?? RemovalPolicy.SNAPSHOT,
    parameterGroup,
    optionGroup,
    iamAuthentication,
    cloudwatchLogsExports: logExports,
    ...insights(options, ctx),
    monitoringInterval: options.monitoringInterval,
    autoMinorVersionUpgrade: true,
    caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
  };
  const instance = new rds.DatabaseInstance(scope, 'Database', {
    ...common,
    engine,
    instanceType,
    port: options.port,
    databaseName: options.databaseName,
    credentials: generatedSecret
      ? rds.Credentials.fromGeneratedSecret(options.masterUsername ?? DEFAULT_MASTER_USERNAME, { encryptionKey: ctx.encryptionKey })
      : managedPasswordCredentials(options.masterUsername),
    allocatedStorage: options.allocatedStorageGiB ?? 20,
    maxAllocatedStorage: options.maxAllocatedStorageGiB,
    storageEncrypted: true,
    storageEncryptionKey: ctx.encryptionKey,
    availabilityZone: options.availabilityZone,
    backupRetention,
    deleteAutomatedBackups: false,
    copyTagsToSnapshot: true,
  });
  let secret: secretsmanager.ISecret;
  if (generatedSecret) {
    secret = instance.secret!;
    useGeneratedMasterPassword(instance.node.defaultChild as rds.CfnDBInstance);
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:replicaUsesGeneratedSecret',
      `${ctx.prefix}readReplica: RDS cannot create a read replica of an instance whose master password it manages in Secrets Manager, `
      + `so the master password of ${instance.node.path} is a secret generated by this construct (${instance.node.path}/Secret), `
      + 'encrypted with the construct\'s key and not rotated (rotate it yourself: see DatabaseOptions.readReplica). '
      + 'Turning readReplica on for a deployed database makes RDS delete the secret it managed and the master secret ARN changes '
      + '(the construct\'s secret; SecureDatabaseAccess\'s DatabaseSecretArn output); turning it off again deletes the generated secret and RDS creates a '
      + 'managed one with yet another ARN. Give consumers (DatabaseConsumerAccess) the new ARN after either change.');
    const noRotation = 'RDS cannot create a read replica of an instance whose master password it manages, so this master secret is generated by the construct; '
      + 'it deploys no rotation Lambda (the isolated subnets have no route to Secrets Manager). Rotate it with addRotationSchedule and a Secrets Manager endpoint.';
    // 'Secret' is the id aws-cdk-lib gives the DatabaseSecret that fromGeneratedSecret creates; no prop
    // of DatabaseInstance exposes its L1, which the findings are acknowledged on (found: acknowledged; not: nothing to do)
    const secretCfn = instance.node.tryFindChild('Secret')?.node.defaultChild;
    acknowledgeNag(secretCfn, ['AwsSolutions:SMG4', 'NIST:SecretsManagerRotationEnabled', 'HIPAA:SecretsManagerRotationEnabled'], noRotation);
    skipCheckov(secretCfn, ['CKV2_AWS_57'], noRotation);
  } else {
    secret = useManagedMasterPassword(instance, instance.node.defaultChild as rds.CfnDBInstance, ctx.encryptionKey);
  }

  let replica: rds.DatabaseInstanceReadReplica | undefined;
  if (options.readReplica) {
    replica = new rds.DatabaseInstanceReadReplica(scope, 'ReadReplica', {
      // a same-region replica inherits the source's encryption and key
      ...common,
      sourceDatabaseInstance: instance,
      instanceType,
      backupRetention: engine.supportsReadReplicaBackups ? backupRetention : undefined,
    });
  }
  for (const db of [instance, replica]) {
    acknowledgeDatabaseDefaults(db, options, false, ctx.prefix);
  }
  const replicaEncryption = 'A same-region read replica is encrypted with its source\'s key; CloudFormation rejects StorageEncrypted together with SourceDBInstanceIdentifier.';
  acknowledgeNag(replica?.node.defaultChild, ['AwsSolutions:RDS2', 'NIST:RDSStorageEncrypted', 'HIPAA:RDSStorageEncrypted'], replicaEncryption);
  skipCheckov(replica?.node.defaultChild, ['CKV_AWS_16'], replicaEncryption);
  return { instance, secret, replica, parameterGroup, optionGroup, generatedSecret };
}

/** Whether Performance Insights is on: asked for, or needed by the Advanced mode of Database Insights. */
function performanceInsightsOn(options: DatabaseOptions): boolean {
  return options.performanceInsights ?? options.databaseInsightsMode === rds.DatabaseInsightsMode.ADVANCED;
}

/**
 * Performance Insights and the Database Insights mode of an instance (or a cluster): the
 * Advanced mode needs Performance Insights with 465 days (15 months) of retention (RDS User
 * Guide, Considerations for Database Insights,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Considerations.html).
 * Without a mode the properties are those of earlier releases (no mode, no retention).
 */
function insights(options: DatabaseOptions, ctx: DatabaseContext) {
  const on = performanceInsightsOn(options);
  const advanced = options.databaseInsightsMode === rds.DatabaseInsightsMode.ADVANCED;
  return {
    enablePerformanceInsights: on,
    performanceInsightEncryptionKey: on ? ctx.encryptionKey : undefined,
    ...(options.databaseInsightsMode !== undefined ? { databaseInsightsMode: options.databaseInsightsMode } : {}),
    ...(advanced ? { performanceInsightRetention: rds.PerformanceInsightRetention.MONTHS_15 } : {}),
  };
}

/** The Performance Insights props of an Aurora instance (the mode itself is the cluster's). */
function instanceInsights(options: DatabaseOptions, ctx: DatabaseContext) {
  const { databaseInsightsMode: _mode, ...rest } = insights(options, ctx) as ReturnType<typeof insights> & { databaseInsightsMode?: unknown };
  return rest;
}

function createCluster(scope: Construct, options: DatabaseOptions, ctx: DatabaseContext) {
  const engine = options.clusterEngine!;
  const settings = settingsOf(engine.engineType);
  const instanceType = options.instanceType ?? new ec2.InstanceType(DEFAULT_CLUSTER_INSTANCE_TYPE);
  const instanceProps: rds.ProvisionedClusterInstanceProps = {
    instanceType,
    publiclyAccessible: false,
    ...instanceInsights(options, ctx),
    autoMinorVersionUpgrade: true,
    caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
  };
  // bound as the DB cluster parameter group; the instance-level log parameters of Aurora
  // MySQL are inherited from it by every instance (logParameters in engine-settings.ts)
  const { iamAuthentication, logExports, parameterGroup } = tlsAndLogs(scope, options, engine, settings);
  const cluster = new rds.DatabaseCluster(scope, 'Database', {
    engine,
    vpc: ctx.vpc,
    vpcSubnets: ctx.vpcSubnets,
    securityGroups: [ctx.securityGroup],
    port: options.port,
    defaultDatabaseName: options.databaseName,
    credentials: managedPasswordCredentials(options.masterUsername),
    writer: rds.ClusterInstance.provisioned('Writer', instanceProps),
    readers: options.readReplica ? [rds.ClusterInstance.provisioned('Reader', instanceProps)] : [],
    storageEncrypted: true,
    storageEncryptionKey: ctx.encryptionKey,
    backup: { retention: options.backupRetention ?? Duration.days(7) },
    deletionProtection: options.deletionProtection ?? true,
    removalPolicy: options.removalPolicy ?? RemovalPolicy.SNAPSHOT,
    parameterGroup,
    iamAuthentication,
    cloudwatchLogsExports: logExports,
    monitoringInterval: options.monitoringInterval,
    copyTagsToSnapshot: true,
    // the mode is set on the cluster ("You can't manage Database Insights for a DB instance in a DB
    // cluster": Aurora User Guide, Considerations for Database Insights,
    // https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DatabaseInsights.Considerations.html)
    ...(options.databaseInsightsMode !== undefined ? insights(options, ctx) : {}),
  });
  const secret = useManagedMasterPassword(cluster, cluster.node.defaultChild as rds.CfnDBCluster, ctx.encryptionKey);
  acknowledgeDatabaseDefaults(cluster, options, true, ctx.prefix);
  for (const instanceId of ['Writer', 'Reader']) {
    acknowledgeDatabaseDefaults(cluster.node.tryFindChild(instanceId), options, true, ctx.prefix);
  }
  if (engine.engineType === 'aurora-mysql') {
    acknowledgeNag(cluster.node.defaultChild, ['AwsSolutions:RDS14'],
      'Backtrack rewinds the whole cluster in place and is billed per change record; recovery uses point-in-time restore from the automated backups.');
  }
  return { cluster, secret, parameterGroup };
}

/** The engine type the options create (the default engine when neither is given). */
function engineTypeOf(options: DatabaseOptions): string {
  return options.clusterEngine?.engineType ?? options.engine?.engineType ?? DEFAULT_ENGINE.engineType;
}

/** Whether a value looks like an aws-cdk-lib engine (an object with a literal engine type). */
function isPlainEngine(engine: unknown): boolean {
  return typeof engine === 'object' && engine !== null && typeof (engine as rds.IEngine).engineType === 'string';
}

/** The types of the database options: engines, class, booleans, enum, durations, strings and the log list. */
function validateOptionTypes(options: DatabaseOptions, scope: Construct, p: string): void {
  for (const [prop, engine, kind] of [['engine', options.engine, 'rds.DatabaseInstanceEngine.mysql(...)'], ['clusterEngine', options.clusterEngine, 'rds.DatabaseClusterEngine.auroraMysql(...)']] as const) {
    if (engine !== undefined && (!isPlainEngine(engine))) {
      throw new Error(`${p}${prop} must be an engine such as ${kind}, got ${show(engine, scope)}`);
    }
  }
  const instanceType: unknown = options.instanceType;
  if (instanceType !== undefined && (typeof instanceType !== 'object' || instanceType === null || String(instanceType) === '[object Object]')) {
    throw new Error(`${p}instanceType must be an ec2.InstanceType such as new ec2.InstanceType('t3.micro'), got ${show(instanceType, scope)}`);
  }
  for (const prop of BOOLEAN_OPTIONS) {
    validateBoolean(`${p}${prop}`, options[prop]);
  }
  validateEnum(`${p}removalPolicy`, options.removalPolicy, RemovalPolicy, 'RemovalPolicy');
  validateDuration(`${p}backupRetention`, options.backupRetention, 'Duration.days(7)', scope);
  validateDuration(`${p}monitoringInterval`, options.monitoringInterval, 'Duration.seconds(60)', scope);
  for (const prop of ['availabilityZone', 'databaseName', 'masterUsername'] as const) {
    validateString(`${p}${prop}`, options[prop], scope);
  }
  validateEntries(`${p}cloudwatchLogsExports`, options.cloudwatchLogsExports, 'a log type such as \'error\'');
  options.cloudwatchLogsExports?.forEach((logType, index) => {
    validateString(`${p}cloudwatchLogsExports[${index}]`, logType, scope);
  });
}

/**
 * The engine the options create: an instance engine for an instance, an Aurora engine for a
 * cluster, one the composite knows how to secure.
 */
function validateEngineChoice(options: DatabaseOptions, p: string): void {
  if (options.engine && options.clusterEngine) {
    throw new Error(`${lead(p)}give engine (an RDS instance) or clusterEngine (an Aurora cluster), not both; got engine ${show(options.engine.engineType)} and clusterEngine ${show(options.clusterEngine.engineType)}`);
  }
  // an Aurora DB instance belongs to a cluster: "Amazon Aurora: Not applicable. The database
  // name is managed by the DB cluster" and so on for every setting (AWS::RDS::DBInstance,
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html)
  if (options.engine && isAurora(options.engine.engineType)) {
    throw new Error(`${p}engine is an Aurora engine, whose instances belong to a cluster: give it as clusterEngine; got engine ${show(options.engine.engineType)}`);
  }
  if (options.clusterEngine && !isAurora(options.clusterEngine.engineType)) {
    throw new Error(`${p}clusterEngine must be an Aurora engine (rds.DatabaseClusterEngine.auroraMysql or auroraPostgres): give an RDS engine as engine; got clusterEngine ${show(options.clusterEngine.engineType)}`);
  }
  const engineType = engineTypeOf(options);
  if (engineSettings(engineType) === undefined) {
    throw new Error(`${lead(p)}the engine ${show(engineType)} is not supported for a created database (its TLS enforcement is not known); create it yourself and pass it as database`);
  }
}

/**
 * The instance class, given without `db.` (see `instanceClassProblem`): aws-cdk-lib writes
 * `db.` + the class, so `new ec2.InstanceType('db.t3.micro')` would become `db.db.t3.micro`.
 * A class is "the DB instance class type and the size" (RDS User Guide, DB instance classes,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html).
 */
function validateInstanceClass(options: DatabaseOptions, scope: Construct, p: string): void {
  const instanceClass = options.instanceType?.toString();
  if (instanceClass === undefined || Token.isUnresolved(instanceClass)) {
    return;
  }
  const problem = instanceClassProblem(instanceClass);
  if (problem !== undefined) {
    throw new Error(`${p}instanceType must be an instance class without the 'db.' prefix, such as new ec2.InstanceType('t3.micro'): ${problem}; got ${show(instanceClass, scope)}`);
  }
}

/**
 * The Availability Zone of a single-AZ instance. AWS::RDS::DBInstance, AvailabilityZone: "The
 * AvailabilityZone parameter can't be specified if the DB instance is a Multi-AZ deployment"
 * and "The specified Availability Zone must be in the same AWS Region as the current
 * endpoint" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-availabilityzone).
 */
function validateAvailabilityZone(options: DatabaseOptions, scope: Construct, p: string): void {
  const zone = options.availabilityZone;
  if (zone === undefined) {
    return;
  }
  if (options.multiAz) {
    throw new Error(`${lead(p)}multiAz places a standby in another Availability Zone, so availabilityZone cannot be fixed; got availabilityZone ${show(zone, scope)}`);
  }
  if (options.clusterEngine) {
    throw new Error(`${p}availabilityZone applies to RDS instances, got ${show(zone, scope)} with clusterEngine`);
  }
  if (Token.isUnresolved(zone)) {
    return;
  }
  if (!AVAILABILITY_ZONE.test(zone)) {
    throw new Error(`${p}availabilityZone must be an Availability Zone name such as 'us-east-1a', got ${show(zone)}`);
  }
  const region = Stack.of(scope).region;
  const zoneRegion = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}/.exec(zone)![0];
  if (!Token.isUnresolved(region) && zoneRegion !== region) {
    throw new Error(`${p}availabilityZone must be in the stack's region ${show(region)}, got ${show(zone)} (in ${show(zoneRegion)})`);
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
function validateBackupRetention(options: DatabaseOptions, scope: Construct, p: string): void {
  // Duration.isUnresolved(): toSeconds() throws on a token given in another unit (Duration.days(token))
  if (options.backupRetention === undefined || options.backupRetention.isUnresolved()) {
    return;
  }
  const days = options.backupRetention.toDays({ integral: false });
  if (!Number.isInteger(days) || days < 1 || days > 35) {
    throw new Error(`${p}backupRetention must be 1 to 35 whole days, got ${show(options.backupRetention.toHumanString(), scope)}`);
  }
}

/**
 * Enhanced monitoring: "Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60" seconds, 0 turning it
 * off (AWS::RDS::DBInstance, MonitoringInterval,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-monitoringinterval).
 * Compared without rounding: Duration.millis(1500) is no valid interval.
 */
function validateMonitoringInterval(options: DatabaseOptions, scope: Construct, p: string): void {
  const interval = options.monitoringInterval;
  if (interval === undefined || interval.isUnresolved()) {
    return;
  }
  if (!MONITORING_INTERVALS.includes(interval.toSeconds({ integral: false }))) {
    throw new Error(`${p}monitoringInterval must be one of ${MONITORING_INTERVALS.join(', ')} seconds, got ${show(interval.toHumanString(), scope)}`);
  }
}

/**
 * The master user name: a letter, then letters, digits or underscores, up to the length of the
 * engine (`maxMasterUsernameLength`: AWS::RDS::DBInstance MasterUsername,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masterusername).
 */
function validateMasterUsername(options: DatabaseOptions, scope: Construct, p: string): void {
  const username = options.masterUsername;
  if (username === undefined || Token.isUnresolved(username)) {
    return;
  }
  const engineType = options.clusterEngine?.engineType ?? options.engine?.engineType;
  const max = maxMasterUsernameLength(engineType);
  // "Can't be a reserved word for the chosen database engine" is not checked: the pages do not list the words
  if (!new RegExp(`^[A-Za-z][A-Za-z0-9_]{0,${max - 1}}$`).test(username)) {
    throw new Error(`${p}masterUsername must start with a letter and hold 1-${max} letters, digits or underscores for ${show(engineType ?? DEFAULT_ENGINE.engineType)}, got ${show(username, scope)}`);
  }
}

/**
 * The name of the database created at launch: a letter, then letters, digits or underscores,
 * up to 64 characters (MySQL, MariaDB, Aurora MySQL) or 63 (PostgreSQL, Aurora PostgreSQL)
 * (`maxDatabaseNameLength`: CreateDBInstance, DBName,
 * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 */
function validateDatabaseName(options: DatabaseOptions, scope: Construct, p: string): void {
  const name = options.databaseName;
  if (name === undefined) {
    return;
  }
  const engineType = engineTypeOf(options);
  const max = maxDatabaseNameLength(engineType);
  // SQL Server: DBName "Not applicable. Must be null" (CreateDBInstance,
  // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  if (max === undefined) {
    throw new Error(`${p}databaseName: RDS for SQL Server creates no database at launch, got ${show(name, scope)} with engine ${show(engineType)}`);
  }
  if (Token.isUnresolved(name)) {
    return;
  }
  if (name.length > max || !DATABASE_NAME.test(name)) {
    throw new Error(`${p}databaseName must begin with a letter and hold 1-${max} letters, digits or underscores for ${show(engineType)}, got ${show(name)}`);
  }
}

/**
 * The port: "Valid Values: 1150-65535", and "For RDS for Microsoft SQL Server, the value can't
 * be 1234, 1434, 3260, 3343, 3389, 47001, or 49152-49156" (AWS::RDS::DBInstance, Port,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-port).
 */
function validatePort(options: DatabaseOptions, p: string): void {
  validateRange(`${p}port`, options.port, 1150, 65535);
  const engineType = engineTypeOf(options);
  if (options.port !== undefined && isSqlServer(engineType) && SQL_SERVER_RESERVED_PORTS.includes(options.port)) {
    throw new Error(`${p}port: RDS for SQL Server cannot listen on ${SQL_SERVER_RESERVED_PORTS.slice(0, 6).join(', ')} or 49152-49156, got ${show(options.port)} with engine ${show(engineType)}`);
  }
}

/**
 * The allocated storage of an RDS instance: gp3 storage (the construct's storage type) of
 * "an integer from 20 to 65536" GiB for MySQL, MariaDB and PostgreSQL (CreateDBInstance,
 * AllocatedStorage, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html);
 * the upper limit of storage autoscaling no lower than the allocation. Aurora storage
 * "automatically grow[s]" (same page), so neither applies to a cluster.
 */
function validateStorage(options: DatabaseOptions, p: string): void {
  if (options.clusterEngine && (options.allocatedStorageGiB !== undefined || options.maxAllocatedStorageGiB !== undefined)) {
    throw new Error(`${p}allocatedStorageGiB and maxAllocatedStorageGiB apply to RDS instances; Aurora storage grows by itself; got allocatedStorageGiB ${show(options.allocatedStorageGiB)} and maxAllocatedStorageGiB ${show(options.maxAllocatedStorageGiB)}`);
  }
  validateRange(`${p}allocatedStorageGiB`, options.allocatedStorageGiB, 20, 65536, 'GiB');
  if (options.maxAllocatedStorageGiB !== undefined) {
    const floor = options.allocatedStorageGiB !== undefined && !Token.isUnresolved(options.allocatedStorageGiB) ? options.allocatedStorageGiB : 20;
    validateRange(`${p}maxAllocatedStorageGiB`, options.maxAllocatedStorageGiB, floor, 65536, 'GiB');
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
function validateLogExports(options: DatabaseOptions, scope: Construct, p: string): void {
  const exports = options.cloudwatchLogsExports;
  if (exports === undefined || Token.isUnresolved(exports)) {
    return;
  }
  const engineType = engineTypeOf(options);
  const valid = exportableLogTypes(engineType) ?? [];
  exports.forEach((logType, index) => {
    if (!Token.isUnresolved(logType) && !valid.includes(logType)) {
      throw new Error(`${p}cloudwatchLogsExports[${index}] must be a log type of ${show(engineType)}: one of ${valid.map(t => show(t)).join(', ')}; got ${show(logType, scope)} (in ${show(exports, scope)})`);
    }
  });
  if (engineType === 'aurora-postgresql' && options.iamAuthentication === false && exports.includes('iam-db-auth-error')) {
    throw new Error(`${p}cloudwatchLogsExports: 'iam-db-auth-error' needs IAM database authentication on Aurora PostgreSQL, got iamAuthentication false and cloudwatchLogsExports ${show(exports, scope)}`);
  }
}

/**
 * Refuses Performance Insights (CloudWatch Database Insights) on an instance class where the
 * engine does not offer it, which the deployment would fail on. The classes and their AWS
 * sources are in `lacksPerformanceInsights` (engine-settings.ts): RDS User Guide
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html and
 * Aurora User Guide https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DatabaseInsights.Engines.html.
 */
function validatePerformanceInsightsClass(options: DatabaseOptions, p: string): void {
  if (!performanceInsightsOn(options)) {
    return;
  }
  const engineType = options.clusterEngine?.engineType ?? options.engine?.engineType ?? DEFAULT_ENGINE.engineType;
  const defaultClass = options.clusterEngine ? DEFAULT_CLUSTER_INSTANCE_TYPE : DEFAULT_INSTANCE_TYPE;
  const instanceClass = options.instanceType?.toString() ?? defaultClass;
  if (Token.isUnresolved(instanceClass) || !lacksPerformanceInsights(engineType, instanceClass)) {
    return;
  }
  const which = options.instanceType === undefined ? `the default class, since ${p}instanceType is not set` : `${p}instanceType`;
  const larger = engineType === 'aurora-mysql' ? 'db.t4g.medium or db.r6g.large' : 'db.t3.medium';
  // what asked for it: performanceInsights, or the Advanced mode of Database Insights
  const asked = options.performanceInsights === true ? 'performanceInsights' : 'databaseInsightsMode';
  const given = options.performanceInsights === true ? 'performanceInsights true' : 'databaseInsightsMode ADVANCED';
  throw new Error(`${p}${asked}: ${engineType} offers no Performance Insights (CloudWatch Database Insights) on db.${instanceClass} (${which}); `
    + `set ${p}instanceType to a class that has it, such as ${larger}, or leave ${asked} off; got ${given} and instanceType ${show(instanceClass)}`);
}

/**
 * Every rule of `DatabaseOptions`, each in its own function. Messages name the props as
 * `p` + the option's name: `''` for `SecureDatabase`, `'databaseOptions.'` for `SecureDatabaseAccess`.
 */
export function validateDatabaseOptions(options: DatabaseOptions, scope: Construct, p: string): void {
  // the kinds of value first: the rules below read them
  validateOptionTypes(options, scope, p);
  validateEngineChoice(options, p);
  // then every rule, all broken ones reported at once
  const engine = options.clusterEngine ?? options.engine;
  throwIfAny('databaseOptions', [
    ruleFromCheck(() => validateInstanceClass(options, scope, p)),
    {
      condition: () => options.clusterEngine !== undefined && options.multiAz !== undefined,
      message: () => `${p}multiAz applies to RDS instances; an Aurora cluster gets a standby from readReplica; got multiAz ${show(options.multiAz)}`,
    },
    ruleFromCheck(() => validateAvailabilityZone(options, scope, p)),
    ruleFromCheck(() => validateStorage(options, p)),
    ruleFromCheck(() => validatePort(options, p)),
    ruleFromCheck(() => validateBackupRetention(options, scope, p)),
    ruleFromCheck(() => validateMonitoringInterval(options, scope, p)),
    ruleFromCheck(() => validateMasterUsername(options, scope, p)),
    ruleFromCheck(() => validateDatabaseName(options, scope, p)),
    ruleFromCheck(() => validateLogExports(options, scope, p)),
    ruleFromCheck(() => validatePerformanceInsightsClass(options, p)),
    ruleFromCheck(() => validateAlarmOptions(options.alarms, scope, p)),
    ruleFromCheck(() => {
      const proxied = options.clusterEngine ?? options.engine ?? DEFAULT_ENGINE;
      validateProxyOptions(options.proxy, proxied.engineType, proxied.engineFamily, scope, p);
    }),
    ruleFromCheck(() => validateEnum(`${p}databaseInsightsMode`, options.databaseInsightsMode, rds.DatabaseInsightsMode, 'rds.DatabaseInsightsMode')),
    // "To enable the Advanced mode of Database Insights, you must enable Performance Insights"
    // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Considerations.html)
    {
      condition: () => options.databaseInsightsMode === rds.DatabaseInsightsMode.ADVANCED && options.performanceInsights === false,
      message: () => `${p}databaseInsightsMode ADVANCED needs Performance Insights: leave ${p}performanceInsights out or set it to true; got performanceInsights false`,
    },
    // IAM database authentication: not for SQL Server, nor MariaDB 10.4-10.6 (RDS User Guide,
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html)
    {
      condition: () => engine !== undefined && options.iamAuthentication === true && !offersIamAuthentication(engine),
      message: () => {
        const version = engine!.engineVersion?.majorVersion;
        return `${p}iamAuthentication: engine ${show(engine!.engineType)}${version ? ` ${version}` : ''} has no IAM database authentication, got iamAuthentication true`;
      },
    },
  ]);
}

/**
 * Acknowledges the cdk-nag findings that follow from the construct's own cost-conscious
 * defaults, only where the user left the option at its default. A choice the user made
 * explicitly is theirs to acknowledge.
 */
function acknowledgeDatabaseDefaults(db: Construct | undefined, options: DatabaseOptions, aurora: boolean, p: string): void {
  const cfn = db?.node.defaultChild;
  if (cfn === undefined) {
    return;
  }
  acknowledgeNag(cfn, ['NIST:RDSInBackupPlan', 'HIPAA:RDSInBackupPlan'],
    `Automated RDS backups are on (${p}backupRetention, 7 days by default); an AWS Backup plan is account-level policy, outside this construct.`);
  if (options.port === undefined) {
    acknowledgeNag(cfn, ['AwsSolutions:RDS11'],
      p === ''
        // SecureDatabase on its own: no gateway, its security group starts without rules
        ? 'The database keeps its engine\'s default port: it is not publicly accessible and its security group admits nothing until a rule is added through connections, so another port adds no protection. Set port to change it.'
        : `The database keeps its engine's default port: it sits in isolated subnets and admits the port only from the resource gateway's security group, so another port adds no protection. Set ${p}port to change it.`);
  }
  if (options.multiAz === undefined && !aurora) {
    const reason = `Single-AZ by default to keep the cost of a first deployment down (a standby doubles the instance cost). Set ${p}multiAz to true for production.`;
    acknowledgeNag(cfn, ['AwsSolutions:RDS3', 'NIST:RDSMultiAZSupport', 'HIPAA:RDSMultiAZSupport'], reason);
    skipCheckov(cfn, ['CKV_AWS_157'], reason);
  }
  if (options.monitoringInterval === undefined) {
    const reason = `Enhanced monitoring is opt-in (it adds an IAM role and CloudWatch Logs cost). Set ${p}monitoringInterval to turn it on.`;
    acknowledgeNag(cfn, ['NIST:RDSEnhancedMonitoringEnabled', 'HIPAA:RDSEnhancedMonitoringEnabled'], reason);
    skipCheckov(cfn, ['CKV_AWS_118'], reason);
  }
  // 'MonitoringRole' is the id aws-cdk-lib gives the enhanced monitoring role it creates; no prop exposes
  // it, and the finding is acknowledged on it only when it exists
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
 * with a password given, the L2 creates no secret and no rotation of its own. The
 * placeholder exists because the peer floor, aws-cdk-lib 2.257.0, has no
 * `manageMasterUserPassword` on `DatabaseInstance` or `DatabaseCluster` (added later, in
 * aws/aws-cdk#35734): the L1 is set instead. It never reaches the template.
 */
function managedPasswordCredentials(username: string | undefined): rds.Credentials {
  return rds.Credentials.fromPassword(username ?? DEFAULT_MASTER_USERNAME, SecretValue.unsafePlainText('replaced-by-rds-managed-password'));
}
