import { Duration, Fn, Lazy, RemovalPolicy, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { access, auroraMysql, Case, CONSUMER, Fixture, PROVIDER, runCases, runWarningCases, sqlServerSe, WarningCase } from './fixture';
import { DatabaseSharingMode, SecureDatabaseAccess, ServiceNetwork, ServiceNetworkAuthType, SharePrincipal, SharePrincipalType } from '../../src';

const mysql = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 });
const postgres = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 });
const sqlServerEx = rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 });
const auroraPostgres = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 });
const type = (t: string) => new ec2.InstanceType(t);
const consumer = SharePrincipal.account(CONSUMER);
/** An auth policy that lets the consumer account in. */
const policy = () => new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({ actions: ['vpc-lattice-svcs:Invoke'], resources: ['*'], principals: [new iam.AccountPrincipal(CONSUMER)] })],
});

/** The composite with these database options. */
const db = (f: Fixture, options: object) => access(f, { databaseOptions: options });

/** Combinations of props that cannot all hold, carried over from the first tables. */
const contradictions: Case[] = [
  ['existing VPC and a new VPC CIDR', (f, v) => access(f, { vpc: f.vpc, vpcCidr: v }), '10.1.0.0/16', undefined, 'vpcCidr', "'10.1.0.0/16'"],
  ['vpcSubnets without vpc', (f, v) => access(f, { vpcSubnets: v }), { subnetGroupName: 'Db' }, undefined, 'vpcSubnets', 'Db'],
  ['internetAccess with an existing VPC', (f, v) => access(f, { vpc: f.vpc, internetAccess: v }), true, undefined, 'internetAccess', 'got internetAccess true'],
  ['existing and new database', (f, v) => access(f, { vpc: f.vpc, database: f.instance, databaseOptions: v }), {}, undefined,
    'database and databaseOptions', "database 'Provider/Db'"],
  ['existing database without its VPC', (f, v) => access(f, { vpc: v(f), database: f.instance }), () => undefined, (f: Fixture) => f.vpc, 'database', 'needs vpc'],
  ['existing and new service network', (f, v) => access(f, { serviceNetwork: new ServiceNetwork(f.stack, 'Network'), serviceNetworkOptions: v }),
    { serviceNetworkName: 'other-network' }, undefined, 'serviceNetworkOptions', "'Provider/Network'"],
  ['existing service network and createServiceNetwork false', (f, v) => access(f, { serviceNetwork: new ServiceNetwork(f.stack, 'Network'), createServiceNetwork: v }),
    false, undefined, 'createServiceNetwork', "'Provider/Network'"],
  ['createServiceNetwork false with serviceNetworkOptions', (f, v) => access(f, { createServiceNetwork: v, serviceNetworkOptions: { serviceNetworkName: 'other-network' } }),
    false, true, 'serviceNetworkOptions', 'other-network'],
  ['shareServiceNetwork with an existing service network', (f, v) => access(f, { serviceNetwork: new ServiceNetwork(f.stack, 'Network'), shareServiceNetwork: v }),
    false, undefined, 'shareServiceNetwork', 'got shareServiceNetwork false'],
  ['engine and clusterEngine', (f, v) => db(f, { engine: mysql, clusterEngine: v }), auroraMysql, undefined, 'clusterEngine', "'aurora-mysql'"],
  // AWS::RDS::DBInstance AvailabilityZone: "can't be specified if the DB instance is a Multi-AZ deployment"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-availabilityzone)
  ['Multi-AZ with a fixed Availability Zone', (f, v) => db(f, { multiAz: v, availabilityZone: 'us-east-1a' }), true, false, 'availabilityZone', "'us-east-1a'"],
  ['Multi-AZ on an Aurora cluster', (f, v) => db(f, { clusterEngine: auroraMysql, multiAz: v }), true, undefined, 'databaseOptions.multiAz', 'got multiAz true'],
  ['an Availability Zone on an Aurora cluster', (f, v) => db(f, { clusterEngine: auroraMysql, availabilityZone: v }), 'us-east-1a', undefined,
    'databaseOptions.availabilityZone', "'us-east-1a'"],
  ['allocated storage on an Aurora cluster', (f, v) => db(f, { clusterEngine: auroraMysql, allocatedStorageGiB: v }), 50, undefined,
    'databaseOptions.allocatedStorageGiB', 'got allocatedStorageGiB 50'],
  // RDS for SQL Server cannot have a read replica in the Standard edition (engine-settings.ts, supportsReadReplica)
  ['read replica on SQL Server Standard', (f, v) => db(f, { engine: sqlServerSe, instanceType: type('m5.large'), readReplica: v }), true, false,
    'databaseOptions.readReplica', "'sqlserver-se'"],
  // RDS for SQL Server has no IAM database authentication (RDS User Guide,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html)
  ['IAM authentication on SQL Server', (f, v) => db(f, { engine: sqlServerEx, iamAuthentication: v }), true, false, 'databaseOptions.iamAuthentication', "'sqlserver-ex'"],
  ['SQL Server Standard without an instance class', (f, v) => db(f, { engine: sqlServerSe, instanceType: v }), undefined, type('m5.large'),
    'databaseOptions.instanceType', "'sqlserver-se'"],
  ['maxAllocatedStorageGiB below allocatedStorageGiB', (f, v) => db(f, { allocatedStorageGiB: 100, maxAllocatedStorageGiB: v }), 50, 200,
    'databaseOptions.maxAllocatedStorageGiB', 'got 50'],
];

/** Values that aws-cdk-lib would turn into something else or that AWS refuses. */
const awsRules: Case[] = [
  ['no consumers', (f, v) => new SecureDatabaseAccess(f.stack, 'Access', { consumers: v }), [], [consumer], 'consumers', 'got []'],
  ['vpcCidr /33', (f, v) => access(f, { vpcCidr: v }), '10.0.0.0/33', '10.0.0.0/16', 'vpcCidr', "'10.0.0.0/33'"],
  ['vpcCidr off its network address', (f, v) => access(f, { vpcCidr: v }), '10.0.0.1/16', '10.0.0.0/16', 'vpcCidr', "'10.0.0.1/16'"],
  // aws-cdk-lib writes DBInstanceClass as 'db.' + the class: 'db.t3.micro' would become db.db.t3.micro;
  // a class is "the DB instance class type and the size" (RDS User Guide, DB instance classes,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html)
  ['instance class with the db. prefix', (f, v) => db(f, { instanceType: type(v) }), 'db.t3.micro', 't3.micro', 'databaseOptions.instanceType', "got 'db.t3.micro'"],
  ['instance class without its size (same page)', (f, v) => db(f, { instanceType: type(v) }), 'm6g', 'm6g.large', 'databaseOptions.instanceType', "'m6g'"],
  ['instance class without the dot (same page)', (f, v) => db(f, { instanceType: type(v) }), 't3micro', 't3.micro', 'databaseOptions.instanceType', "'t3micro'"],
  ['instance class with a size that does not exist (same page)', (f, v) => db(f, { instanceType: type(v) }), 't3.huge', 't3.small', 'databaseOptions.instanceType', "'t3.huge'"],
  ['instance class of an Aurora cluster with the db. prefix (same page)', (f, v) => db(f, { clusterEngine: auroraMysql, instanceType: type(v) }),
    'db.r6g.large', 'r6g.large', 'databaseOptions.instanceType', "'db.r6g.large'"],
  // CloudWatch Logs retention: "1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
  // 2192, 2557, 2922, 3288, and 3653" (PutRetentionPolicy,
  // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html)
  ['logRetention of 42 days (PutRetentionPolicy)', (f, v) => access(f, { logRetention: v }), 42, logs.RetentionDays.ONE_MONTH, 'logRetention', 'got 42'],
  ['logRetention of 2 years as 730 days (PutRetentionPolicy)', (f, v) => access(f, { logRetention: v }), 730, logs.RetentionDays.TWO_YEARS, 'logRetention', 'got 730'],
  // AWS::RDS::DBInstance AvailabilityZone: "must be in the same AWS Region as the current endpoint"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-availabilityzone)
  ['Availability Zone in another region', (f, v) => db(f, { availabilityZone: v }), 'eu-west-1a', 'us-east-1a', 'databaseOptions.availabilityZone', "'eu-west-1a'"],
  ['Availability Zone given as its region (same page)', (f, v) => db(f, { availabilityZone: v }), 'us-east-1', 'us-east-1b', 'databaseOptions.availabilityZone', "'us-east-1'"],
  ['Availability Zone that is no zone', (f, v) => db(f, { availabilityZone: v }), 'nowhere', 'us-east-1a', 'databaseOptions.availabilityZone', "'nowhere'"],
  // EnableCloudwatchLogsExports: "RDS for MySQL - audit | error | general | slowquery | iam-db-auth-error",
  // "RDS for PostgreSQL - postgresql | upgrade | iam-db-auth-error", "RDS for Microsoft SQL Server - agent | error"
  // (CreateDBInstance, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  ['MySQL log type that does not exist (CreateDBInstance)', (f, v) => db(f, { cloudwatchLogsExports: v }), ['error', 'slow'], ['error', 'slowquery'],
    'databaseOptions.cloudwatchLogsExports[1]', "'slow'"],
  ['PostgreSQL log type on MySQL (CreateDBInstance)', (f, v) => db(f, { cloudwatchLogsExports: v }), ['postgresql'], ['error'],
    'databaseOptions.cloudwatchLogsExports[0]', "'postgresql'"],
  ['MySQL log type on PostgreSQL (CreateDBInstance)', (f, v) => db(f, { engine: postgres, cloudwatchLogsExports: v }), ['error'], ['postgresql', 'upgrade'],
    'databaseOptions.cloudwatchLogsExports[0]', "got 'error'"],
  ['IAM authentication error log on SQL Server (CreateDBInstance)', (f, v) => db(f, { engine: sqlServerEx, cloudwatchLogsExports: v }),
    ['error', 'iam-db-auth-error'], ['error', 'agent'], 'databaseOptions.cloudwatchLogsExports[1]', "'iam-db-auth-error'"],
  // "Aurora PostgreSQL - instance | postgresql | iam-db-auth-error" (CreateDBCluster,
  // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html)
  ['upgrade log on Aurora PostgreSQL (CreateDBCluster)', (f, v) => db(f, { clusterEngine: auroraPostgres, cloudwatchLogsExports: v }), ['upgrade'], ['postgresql', 'instance'],
    'databaseOptions.cloudwatchLogsExports[0]', "'upgrade'"],
  // "To enable IAM database authentication error logs, you must first enable IAM database authentication"
  // (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.Concepts.PostgreSQL.html)
  ['IAM authentication error log without IAM authentication on Aurora PostgreSQL', (f, v) => db(f, {
    clusterEngine: auroraPostgres, iamAuthentication: false, cloudwatchLogsExports: v,
  }), ['postgresql', 'iam-db-auth-error'], ['postgresql'], 'databaseOptions.cloudwatchLogsExports', '["postgresql","iam-db-auth-error"]'],
  // DBName: MySQL "Must contain 1 to 64 letters or numbers. Must begin with a letter. Subsequent characters
  // can be letters, underscores, or digits (0-9)"; PostgreSQL "Must contain 1 to 63 characters"
  // (CreateDBInstance, https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  ['database name starting with a digit (CreateDBInstance)', (f, v) => db(f, { databaseName: v }), '1orders', 'orders1', 'databaseOptions.databaseName', "'1orders'"],
  ['database name with a hyphen (CreateDBInstance)', (f, v) => db(f, { databaseName: v }), 'order-db', 'order_db', 'databaseOptions.databaseName', "'order-db'"],
  ['MySQL database name of 65 characters (CreateDBInstance)', (f, v) => db(f, { databaseName: v }), 'd'.repeat(65), 'd'.repeat(64),
    'databaseOptions.databaseName', `'${'d'.repeat(65)}'`],
  ['PostgreSQL database name of 64 characters (CreateDBInstance)', (f, v) => db(f, { engine: postgres, databaseName: v }), 'd'.repeat(64), 'd'.repeat(63),
    'databaseOptions.databaseName', `'${'d'.repeat(64)}'`],
  ['empty database name (CreateDBInstance)', (f, v) => db(f, { databaseName: v }), '', 'orders', 'databaseOptions.databaseName', "got ''"],
  // Aurora MySQL DBName: "Must begin with a letter" (CreateDBInstance, same page)
  ['Aurora MySQL database name starting with an underscore (CreateDBInstance)', (f, v) => db(f, { clusterEngine: auroraMysql, databaseName: v }),
    '_orders', 'orders', 'databaseOptions.databaseName', "'_orders'"],
  // SQL Server DBName: "Not applicable. Must be null" (CreateDBInstance, same page)
  ['database name on SQL Server (CreateDBInstance)', (f, v) => db(f, { engine: sqlServerEx, databaseName: v }), 'orders', undefined, 'databaseOptions.databaseName', "'orders'"],
  // MasterUsername: "RDS for MySQL ... Must be 1 to 16 letters or numbers", "RDS for PostgreSQL ... 1 to 63",
  // "First character must be a letter" (AWS::RDS::DBInstance,
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masterusername)
  ['master user name over the 16 characters of MySQL', (f, v) => db(f, { masterUsername: v }), 'a_very_long_admin_name', 'app_admin',
    'databaseOptions.masterUsername', "'a_very_long_admin_name'"],
  ['master user name over the 63 characters of PostgreSQL (same page)', (f, v) => db(f, { engine: postgres, masterUsername: v }), 'a'.repeat(64), 'a'.repeat(63),
    'databaseOptions.masterUsername', `'${'a'.repeat(64)}'`],
  ['master user name with a hyphen (same page)', (f, v) => db(f, { masterUsername: v }), 'db-admin', 'db_admin', 'databaseOptions.masterUsername', "'db-admin'"],
  ['master user name starting with a digit (same page)', (f, v) => db(f, { masterUsername: v }), '1admin', 'admin1', 'databaseOptions.masterUsername', "'1admin'"],
  // Storage of gp3 volumes: MySQL "Must be an integer from 20 to 65536" (CreateDBInstance, AllocatedStorage,
  // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html)
  ['allocatedStorageGiB 10 (CreateDBInstance)', (f, v) => db(f, { allocatedStorageGiB: v }), 10, 20, 'databaseOptions.allocatedStorageGiB', 'got 10'],
  ['allocatedStorageGiB 65537 (CreateDBInstance)', (f, v) => db(f, { allocatedStorageGiB: v }), 65537, 65536, 'databaseOptions.allocatedStorageGiB', 'got 65537'],
  // Port: "Valid Values: 1150-65535"; SQL Server "can't be 1234, 1434, 3260, 3343, 3389, 47001, or 49152-49156"
  // (AWS::RDS::DBInstance, https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-port)
  ['port 80 (AWS::RDS::DBInstance Port)', (f, v) => db(f, { port: v }), 80, 3307, 'databaseOptions.port', 'got 80'],
  ['SQL Server on port 1434 (AWS::RDS::DBInstance Port)', (f, v) => db(f, { engine: sqlServerEx, port: v }), 1434, 1433, 'databaseOptions.port', 'got 1434'],
  ['SQL Server on port 49153 (AWS::RDS::DBInstance Port)', (f, v) => db(f, { engine: sqlServerEx, port: v }), 49153, 49157, 'databaseOptions.port', 'got 49153'],
  // BackupRetentionPeriod: CreateDBCluster "Must be a value from 1 to 35"
  // (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html), CreateDBInstance "0 to 35"
  // (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html), whole days
  ['backupRetention 36 days (CreateDBInstance)', (f, v) => db(f, { backupRetention: v }), Duration.days(36), Duration.days(35), 'databaseOptions.backupRetention', "'36 days'"],
  ['backupRetention of 36 hours, no whole number of days (CreateDBInstance)', (f, v) => db(f, { backupRetention: v }), Duration.hours(36), Duration.hours(48),
    'databaseOptions.backupRetention', "'1 day 12 hours'"],
  ['backupRetention 0 days on an Aurora cluster (CreateDBCluster)', (f, v) => db(f, { clusterEngine: auroraMysql, backupRetention: v }), Duration.days(0), Duration.days(1),
    'databaseOptions.backupRetention', "'0 days'"],
  // MonitoringInterval: "Valid Values: 0 | 1 | 5 | 10 | 15 | 30 | 60" (AWS::RDS::DBInstance,
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-monitoringinterval)
  ['monitoringInterval 7 seconds (AWS::RDS::DBInstance)', (f, v) => db(f, { monitoringInterval: v }), Duration.seconds(7), Duration.seconds(5),
    'databaseOptions.monitoringInterval', "'7 seconds'"],
  ['monitoringInterval of 1.5 seconds, no whole number (AWS::RDS::DBInstance)', (f, v) => db(f, { monitoringInterval: v }), Duration.millis(1500), Duration.seconds(1),
    'databaseOptions.monitoringInterval', "'1 second 500 millis'"],
  ['monitoringInterval of 2 minutes (AWS::RDS::DBInstance)', (f, v) => db(f, { monitoringInterval: v }), Duration.minutes(2), Duration.minutes(1),
    'databaseOptions.monitoringInterval', "'2 minutes'"],
  // the Environment and CostCenter tags: "up to 256 Unicode characters ... letters, numbers, spaces ... and
  // _ . : / = + - @" (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html)
  ['environment tag with a newline', (f, v) => access(f, { environment: v }), 'prod\nuction', 'production', 'environment', "'prod\nuction'"],
  ['costCenter tag of 257 characters', (f, v) => access(f, { costCenter: v }), 'c'.repeat(257), 'c'.repeat(256), 'costCenter', `'${'c'.repeat(257)}'`],
  ['its own account as a consumer', (f, v) => access(f, { consumers: [SharePrincipal.account(v)] }), PROVIDER, CONSUMER, 'consumers', `'${PROVIDER}'`],
  ['an engine this construct cannot secure', (f, v) => db(f, { engine: v }), rds.DatabaseInstanceEngine.oracleSe2({ version: rds.OracleEngineVersion.VER_19 }), mysql,
    'databaseOptions', "'oracle-se2'"],
];

/** Values of the wrong kind: strings for booleans, members that are no members, lists with holes, objects that are no constructs. */
const wrongKinds: Case[] = [
  ['sharingMode in lowercase', (f, v) => access(f, { sharingMode: v }), 'dns', DatabaseSharingMode.DNS, 'sharingMode', "got 'dns'"],
  ['removalPolicy that is no RemovalPolicy', (f, v) => db(f, { removalPolicy: v }), 'delete', RemovalPolicy.DESTROY, 'databaseOptions.removalPolicy', "got 'delete'"],
  ['logRetention as a string', (f, v) => access(f, { logRetention: v }), '30', logs.RetentionDays.ONE_MONTH, 'logRetention', "got '30'"],
  ...(['allowExternalPrincipals', 'flowLogs', 'resourceAccessLogs', 'createServiceNetwork', 'shareServiceNetwork', 'outputs', 'dashboard', 'customDomainNameFromDatabase'] as const)
    .map((prop): Case =>
      [`${prop} 'false'`, (f, v) => access(f, { [prop]: v }), 'false', false, prop, "got 'false'"]),
  ['internetAccess \'true\'', (f, v) => access(f, { internetAccess: v }), 'true', true, 'internetAccess', "got 'true'"],
  ['cloudTrail \'true\'', (f, v) => access(f, { cloudTrail: v }), 'true', true, 'cloudTrail', "got 'true'"],
  ...(['multiAz', 'deletionProtection', 'performanceInsights', 'readReplica', 'iamAuthentication'] as const).map((prop): Case =>
    [`databaseOptions.${prop} 'false'`, (f, v) => db(f, { [prop]: v }), 'false', false, `databaseOptions.${prop}`, "got 'false'"]),
  ['allocatedStorageGiB 20.5', (f, v) => db(f, { allocatedStorageGiB: v }), 20.5, 21, 'databaseOptions.allocatedStorageGiB', 'got 20.5'],
  ['allocatedStorageGiB NaN', (f, v) => db(f, { allocatedStorageGiB: v }), NaN, 20, 'databaseOptions.allocatedStorageGiB', 'got NaN'],
  ['maxAllocatedStorageGiB Infinity', (f, v) => db(f, { maxAllocatedStorageGiB: v }), Infinity, 100, 'databaseOptions.maxAllocatedStorageGiB', 'got Infinity'],
  ['port NaN', (f, v) => db(f, { port: v }), NaN, 3307, 'databaseOptions.port', 'got NaN'],
  ['port as a string', (f, v) => db(f, { port: v }), '3307', 3307, 'databaseOptions.port', "got '3307'"],
  ['backupRetention as a number of days', (f, v) => db(f, { backupRetention: v }), 7, Duration.days(7), 'databaseOptions.backupRetention', 'got 7'],
  ['monitoringInterval as a number of seconds', (f, v) => db(f, { monitoringInterval: v }), 60, Duration.seconds(60), 'databaseOptions.monitoringInterval', 'got 60'],
  ['instanceType as a string', (f, v) => db(f, { instanceType: v }), 't3.micro', type('t3.micro'), 'databaseOptions.instanceType', "got 't3.micro'"],
  ['engine as a string', (f, v) => db(f, { engine: v }), 'mysql', mysql, 'databaseOptions.engine', "got 'mysql'"],
  ['an Aurora engine as engine', (f, v) => db(f, { engine: v }), auroraMysql, mysql, 'databaseOptions.engine', "'aurora-mysql'"],
  ['an RDS engine as clusterEngine', (f, v) => db(f, { clusterEngine: v }), postgres, auroraPostgres, 'databaseOptions.clusterEngine', "'postgres'"],
  ['databaseName as a number', (f, v) => db(f, { databaseName: v }), 7, 'orders', 'databaseOptions.databaseName', 'got 7'],
  ['masterUsername as a number', (f, v) => db(f, { masterUsername: v }), 7, 'dbadmin', 'databaseOptions.masterUsername', 'got 7'],
  ['availabilityZone as a list', (f, v) => db(f, { availabilityZone: v }), ['us-east-1a'], 'us-east-1a', 'databaseOptions.availabilityZone', '["us-east-1a"]'],
  ['cloudwatchLogsExports with an empty entry', (f, v) => db(f, { cloudwatchLogsExports: v }), ['error', null], ['error'], 'databaseOptions.cloudwatchLogsExports[1]', 'got null'],
  ['cloudwatchLogsExports as a string', (f, v) => db(f, { cloudwatchLogsExports: v }), 'error', ['error'], 'databaseOptions.cloudwatchLogsExports', "got 'error'"],
  ['consumers with an empty entry', (f, v) => access(f, { consumers: v }), [consumer, null], [consumer], 'consumers[1]', 'got null'],
  ['consumers as one account id', (f, v) => access(f, { consumers: v }), CONSUMER, [consumer], 'consumers', `got '${CONSUMER}'`],
  ['a consumer written as an object with a lowercase type', (f, v) => access(f, { consumers: [{ type: v, principal: CONSUMER }] }), 'account', 'ACCOUNT',
    'consumers[0].type', "got 'account'"],
  ['a consumer account id of 11 digits written as an object', (f, v) => access(f, { consumers: [{ type: SharePrincipalType.ACCOUNT, principal: v }] }), '22222222222', CONSUMER,
    'consumers[0].principal', "'22222222222'"],
  ['vpc as a VPC id', (f, v) => access(f, { vpc: v(f) }), () => 'vpc-0123456789abcdef0', (f: Fixture) => f.vpc, 'vpc', "got 'vpc-0123456789abcdef0'"],
  ['an Aurora cluster given as database', (f, v) => access(f, { vpc: f.vpc, database: v(f) }), (f: Fixture) => f.cluster, (f: Fixture) => f.instance,
    'database', "'Provider/Cluster'"],
  ['encryptionKey as a key ARN', (f, v) => access(f, { encryptionKey: v }), `arn:aws:kms:us-east-1:${PROVIDER}:key/1234abcd-12ab-34cd-56ef-1234567890ab`, undefined,
    'encryptionKey', "'arn:aws:kms:us-east-1:"],
  ['vpcCidr as a number', (f, v) => access(f, { vpcCidr: v }), 10, '10.0.0.0/16', 'vpcCidr', 'got 10'],
  ['environment as a number', (f, v) => access(f, { environment: v }), 5, 'production', 'environment', 'got 5'],
  ['databaseOptions as a string', (f, v) => access(f, { databaseOptions: v }), 'big', {}, 'databaseOptions', "got 'big'"],
  ['gatewayOptions as a string', (f, v) => access(f, { gatewayOptions: v }), 'orders-gateway', {}, 'gatewayOptions', "got 'orders-gateway'"],
  ['serviceNetworkOptions as a list', (f, v) => access(f, { serviceNetworkOptions: v }), [{ serviceNetworkName: 'shared' }], {}, 'serviceNetworkOptions',
    '[{"serviceNetworkName":"shared"}]'],
  ['gateway name as a number', (f, v) => access(f, { gatewayOptions: { resourceGatewayName: v } }), 5, 'orders-gateway', 'gatewayOptions.resourceGatewayName', 'got 5'],
];

/** The messages of the gateway and the service network name the prop as the user wrote it, inside its options. */
const innerProps: Case[] = [
  ['gateway ipv4AddressesPerEni 100', (f, v) => access(f, { gatewayOptions: { ipv4AddressesPerEni: v } }), 100, 16, 'gatewayOptions.ipv4AddressesPerEni must', 'got 100'],
  ['gateway ipv4AddressesPerEni NaN', (f, v) => access(f, { gatewayOptions: { ipv4AddressesPerEni: v } }), NaN, 16, 'gatewayOptions.ipv4AddressesPerEni must', 'got NaN'],
  ['gateway name with the reserved prefix', (f, v) => access(f, { gatewayOptions: { resourceGatewayName: v } }), 'rgw-x', 'orders-gateway',
    'gatewayOptions.resourceGatewayName must', "'rgw-x'"],
  ['service network name in uppercase', (f, v) => access(f, { serviceNetworkOptions: { serviceNetworkName: v } }), 'Shared', 'shared-databases',
    'serviceNetworkOptions.serviceNetworkName must', "'Shared'"],
  ['service network auth policy without AWS_IAM', (f, v) => access(f, { serviceNetworkOptions: { authType: v, authPolicy: policy() } }),
    ServiceNetworkAuthType.NONE, ServiceNetworkAuthType.AWS_IAM, 'serviceNetworkOptions.authPolicy requires serviceNetworkOptions.authType', "'NONE'"],
  // refused by the service network's own validation at synth time, renamed the same way
  ['service network auth policy without statements (found by synth)', (f, v) => access(f, {
    serviceNetworkOptions: { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: v() },
  }), () => new iam.PolicyDocument(), policy, 'serviceNetworkOptions.authPolicy has no statements', 'AWS::VpcLattice::AuthPolicy'],
];

/** A token in a refused value shows as the expression the user wrote. */
const tokens: Case[] = [
  ['imported database name on SQL Server', (f, v) => db(f, { engine: sqlServerEx, databaseName: v }), Fn.importValue('DatabaseName'), undefined,
    'databaseOptions.databaseName', '{"Fn::ImportValue":"DatabaseName"}'],
  ['imported Availability Zone with Multi-AZ', (f, v) => db(f, { multiAz: true, availabilityZone: v }), Fn.importValue('Zone'), undefined,
    'availabilityZone', '{"Fn::ImportValue":"Zone"}'],
];

/** Keys that are no props (JavaScript and JSON take any) change nothing: a warning names them. */
const unknownProps: WarningCase[] = [
  ['multiAZ in another case', (f, v) => db(f, v), { multiAZ: true }, { multiAz: true }, 'unknownProp', 'databaseOptions.multiAZ is no prop of SecureDatabaseAccess and changes nothing: did you mean databaseOptions.multiAz?'],
  ['a top-level key that is no prop', (f, v) => access(f, v), { flowlogs: false }, { flowLogs: false }, 'unknownProp', 'did you mean flowLogs?; got flowlogs false'],
  ['a gateway option that is no option', (f, v) => access(f, { gatewayOptions: v }), { name: 'orders-gateway' }, { resourceGatewayName: 'orders-gateway' },
    'unknownProp', "gatewayOptions.name is no prop of SecureDatabaseAccess and changes nothing; got gatewayOptions.name 'orders-gateway'"],
];

describe('SecureDatabaseAccess warns about keys that are no props', () => {
  runWarningCases(unknownProps);
});

describe('SecureDatabaseAccess refuses contradictory props', () => {
  runCases(contradictions);
});

describe('SecureDatabaseAccess refuses what AWS refuses or aws-cdk-lib would change', () => {
  runCases(awsRules);
});

describe('SecureDatabaseAccess refuses values of the wrong kind', () => {
  runCases(wrongKinds);
});

describe('SecureDatabaseAccess names the inner props the user set', () => {
  runCases(innerProps);
});

describe('SecureDatabaseAccess shows tokens as written', () => {
  runCases(tokens);
});

test('unresolved tokens are accepted where a literal would be checked', () => {
  // GIVEN
  const f = new Fixture();
  const imported = (name: string) => Fn.importValue(name);

  // WHEN
  access(f, {
    environment: imported('Environment'),
    logRetention: Token.asNumber(imported('Retention')),
    gatewayOptions: { ipv4AddressesPerEni: Token.asNumber(imported('AddressesPerEni')) },
    databaseOptions: {
      instanceType: type(imported('InstanceClass')),
      port: Token.asNumber(imported('Port')),
      allocatedStorageGiB: Token.asNumber(imported('Storage')),
      backupRetention: Duration.days(Token.asNumber(imported('BackupDays'))),
      monitoringInterval: Duration.seconds(Token.asNumber(imported('MonitoringSeconds'))),
      masterUsername: imported('MasterUsername'),
      databaseName: Lazy.string({ produce: () => 'orders' }),
      availabilityZone: imported('AvailabilityZone'),
      cloudwatchLogsExports: ['error', imported('LogType')],
    },
  });

  // THEN
  expect(() => Template.fromStack(f.stack)).not.toThrow();
});

test('the tables hold a case for every kind of mistake', () => {
  expect(contradictions.length + awsRules.length + wrongKinds.length + innerProps.length + tokens.length).toBeGreaterThanOrEqual(100);
});
