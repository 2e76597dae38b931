import { show } from './validation';

/**
 * What the composite needs to know about each RDS engine family: how to require TLS,
 * which logs to export and what those logs need, whether read replicas exist, and where
 * Performance Insights is offered.
 */
export interface EngineSettings {
  /** parameters that make the server refuse connections without TLS (and turn on audit logs where needed) */
  readonly parameters: Record<string, string>;
  /**
   * log types exported to CloudWatch Logs by default (without `iam-db-auth-error`, which
   * `defaultLogExports` adds when IAM database authentication is on)
   */
  readonly logExports: string[];
  /** whether the engine offers the `iam-db-auth-error` log export */
  readonly iamAuthErrorLog: boolean;
  /** whether the instance gets the MariaDB Audit Plugin through an option group (and exports the audit log) */
  readonly auditPlugin: boolean;
  /** whether the engine can have an RDS read replica */
  readonly supportsReadReplica: boolean;
  /**
   * Whether RDS can create a read replica of a source whose master password RDS manages in
   * Secrets Manager.
   *
   * RDS User Guide, "Password management with Amazon RDS and AWS Secrets Manager",
   * Limitations (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
   * managed master passwords are not supported for "Creating a read replica when the source
   * DB or DB cluster manages credentials with Secrets Manager. This applies to all DB engines
   * except RDS for SQL Server."
   * Aurora readers are cluster instances, not read replicas: the Aurora limitations
   * (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations)
   * list only cross-Region read replicas, global databases, Serverless v1, Blue/Green and
   * binlog replication.
   */
  readonly replicaAllowsManagedPassword: boolean;
}

/*
 * Default log types, each valid for its engine: the EnableCloudwatchLogsExports values of
 * CreateDBInstance (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html):
 * MariaDB and MySQL `audit | error | general | slowquery | iam-db-auth-error`, PostgreSQL
 * `postgresql | upgrade | iam-db-auth-error`, SQL Server `agent | error`; and of
 * CreateDBCluster (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html):
 * Aurora MySQL `audit | error | general | instance | slowquery | iam-db-auth-error`, Aurora
 * PostgreSQL `instance | postgresql | iam-db-auth-error`. None of these pages, nor
 * "Exporting IAM DB authentication error logs to CloudWatch Logs"
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.Troubleshooting.html),
 * names an engine-version floor for `iam-db-auth-error` (README: UNVERIFIED).
 */
const MYSQL_LOGS = ['error', 'general', 'slowquery'];

/**
 * Settings by `engineType` (`mysql`, `postgres`, `aurora-mysql`, ...). Undefined for an
 * engine the composite does not know how to secure.
 */
export function engineSettings(engineType: string): EngineSettings | undefined {
  switch (engineType) {
    case 'mysql':
      return { parameters: { require_secure_transport: '1' }, logExports: [...MYSQL_LOGS, 'audit'], iamAuthErrorLog: true, auditPlugin: true, supportsReadReplica: true, replicaAllowsManagedPassword: false };
    case 'mariadb':
      return { parameters: { require_secure_transport: 'ON' }, logExports: [...MYSQL_LOGS, 'audit'], iamAuthErrorLog: true, auditPlugin: true, supportsReadReplica: true, replicaAllowsManagedPassword: false };
    case 'postgres':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['postgresql', 'upgrade'], iamAuthErrorLog: true, auditPlugin: false, supportsReadReplica: true, replicaAllowsManagedPassword: false };
    case 'aurora-mysql':
      // Advanced Auditing is configured in the DB cluster parameter group: server_audit_logging
      // turns it on, server_audit_events takes any of CONNECT, QUERY, QUERY_DCL, QUERY_DDL,
      // QUERY_DML, TABLE (Aurora User Guide, "Using Advanced Auditing with an Amazon Aurora MySQL
      // DB cluster", https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html);
      // require_secure_transport is a cluster-level parameter
      // (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Reference.ParameterGroups.html)
      return { parameters: { require_secure_transport: 'ON', server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL' }, logExports: [...MYSQL_LOGS, 'audit'], iamAuthErrorLog: true, auditPlugin: false, supportsReadReplica: true, replicaAllowsManagedPassword: true };
    case 'aurora-postgresql':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['postgresql'], iamAuthErrorLog: true, auditPlugin: false, supportsReadReplica: true, replicaAllowsManagedPassword: true };
    case 'sqlserver-ee':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['error', 'agent'], iamAuthErrorLog: false, auditPlugin: false, supportsReadReplica: true, replicaAllowsManagedPassword: true };
    case 'sqlserver-se':
    case 'sqlserver-web':
    case 'sqlserver-ex':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['error', 'agent'], iamAuthErrorLog: false, auditPlugin: false, supportsReadReplica: false, replicaAllowsManagedPassword: true };
    default:
      return undefined;
  }
}

/**
 * The default log exports of an engine: its `logExports`, plus `iam-db-auth-error` where the
 * engine offers it and IAM database authentication is on (Aurora PostgreSQL: "To enable IAM
 * database authentication error logs, you must first enable IAM database authentication",
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.Concepts.PostgreSQL.html).
 */
export function defaultLogExports(settings: EngineSettings, iamAuthentication: boolean): string[] {
  return settings.iamAuthErrorLog && iamAuthentication ? [...settings.logExports, 'iam-db-auth-error'] : [...settings.logExports];
}

/**
 * The parameters without which the MySQL-family `general` and `slowquery` exports stay empty,
 * for the log types actually exported. {} for other engines or when neither is exported.
 *
 * - RDS for MySQL: the general log needs "a custom parameter group with the parameter setting
 *   general_log = 1", the slow query log "slow_query_log = 1", and both "log_output = FILE"
 *   (RDS User Guide, "Publishing MySQL logs to Amazon CloudWatch Logs",
 *   https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MySQLDB.PublishtoCloudWatchLogs.html).
 * - RDS for MariaDB: the same, with "slow_query_log = 1 or log_slow_query = 1"
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MariaDB.PublishtoCloudWatchLogs.html);
 *   MariaDB renamed slow_query_log to log_slow_query in 10.11, so 10.11 and later get
 *   log_slow_query (which name each RDS parameter group family accepts: README, UNVERIFIED).
 * - Aurora MySQL: general_log, slow_query_log and log_output are instance-level parameters
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Reference.ParameterGroups.html#AuroraMySQL.Reference.Parameters.Instance);
 *   "The cluster parameter group includes defaults for both the cluster-level and
 *   instance-level parameters. Each DB instance ... inherits the settings from that DB
 *   cluster parameter group" (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithDBClusterParamGroups.html),
 *   so they go into the cluster parameter group and no instance parameter group is added.
 */
export function logParameters(engineType: string, majorVersion: string | undefined, exports: string[]): Record<string, string> {
  if (!['mysql', 'mariadb', 'aurora-mysql'].includes(engineType)) {
    return {};
  }
  const general = exports.includes('general');
  const slow = exports.includes('slowquery');
  if (!general && !slow) {
    return {};
  }
  const slowName = engineType === 'mariadb' && majorVersion !== undefined && compareVersions(majorVersion, '10.11') >= 0
    ? 'log_slow_query' : 'slow_query_log';
  return {
    ...(general ? { general_log: '1' } : {}),
    ...(slow ? { [slowName]: '1' } : {}),
    log_output: 'FILE',
  };
}

/** Compares dotted numeric versions ('10.6' < '10.11' < '11.4'). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0;
}

/**
 * Instance classes (without `db.`) on which RDS for MySQL and RDS for MariaDB offer no
 * Performance Insights, now CloudWatch Database Insights (RDS User Guide, "Amazon RDS DB
 * engine, Region, and instance class support for Database Insights",
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html:
 * "Database Insights isn't supported for the following instance classes: db.t2.micro,
 * db.t2.small, db.t3.micro, db.t3.small, db.t4g.micro, db.t4g.small"). The same page has no
 * class restriction for PostgreSQL and SQL Server.
 */
const NO_PERFORMANCE_INSIGHTS_CLASSES = ['t2.micro', 't2.small', 't3.micro', 't3.small', 't4g.micro', 't4g.small'];

/**
 * Whether an engine offers no Performance Insights (CloudWatch Database Insights) on an
 * instance class (without `db.`).
 *
 * - RDS for MySQL and MariaDB: `NO_PERFORMANCE_INSIGHTS_CLASSES`.
 * - Aurora MySQL: "db.t2 – Not supported, db.t3 – Not supported, db.t4g.micro and
 *   db.t4g.small – Not supported" (Aurora User Guide, "Amazon Aurora DB engine, Region, and
 *   instance class support for Database Insights",
 *   https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DatabaseInsights.Engines.html);
 *   Aurora PostgreSQL: "Not applicable" (no restriction).
 *
 * The `EnablePerformanceInsights` flag keeps working after the Performance Insights end of
 * life (31 July 2026): such databases get the Standard mode of Database Insights, whose
 * class restrictions are the ones above.
 */
export function lacksPerformanceInsights(engineType: string, instanceClass: string): boolean {
  if (engineType === 'mysql' || engineType === 'mariadb') {
    return NO_PERFORMANCE_INSIGHTS_CLASSES.includes(instanceClass);
  }
  if (engineType === 'aurora-mysql') {
    return /^t[23]\./.test(instanceClass) || ['t4g.micro', 't4g.small'].includes(instanceClass);
  }
  return false;
}

/** Valid enhanced monitoring intervals in seconds. */
export const MONITORING_INTERVALS = [1, 5, 10, 15, 30, 60];

/** Whether the engine type is RDS for SQL Server (any edition). */
export function isSqlServer(engineType: string): boolean {
  return engineType.startsWith('sqlserver');
}

/** Whether the engine type is an Aurora engine (a cluster engine). */
export function isAurora(engineType: string): boolean {
  return engineType.startsWith('aurora');
}

/**
 * The log types an engine can export to CloudWatch Logs, undefined for an engine the
 * composite does not create.
 *
 * - RDS instances: the EnableCloudwatchLogsExports values of CreateDBInstance, "RDS for
 *   MariaDB - audit | error | general | slowquery | iam-db-auth-error", "RDS for Microsoft
 *   SQL Server - agent | error", "RDS for MySQL - audit | error | general | slowquery |
 *   iam-db-auth-error", "RDS for PostgreSQL - postgresql | upgrade | iam-db-auth-error"
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 * - Aurora clusters: those of CreateDBCluster, "Aurora MySQL - audit | error | general |
 *   instance | slowquery | iam-db-auth-error", "Aurora PostgreSQL - instance | postgresql |
 *   iam-db-auth-error" (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html).
 */
export function exportableLogTypes(engineType: string): string[] | undefined {
  switch (engineType) {
    case 'mysql':
    case 'mariadb':
      return ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error'];
    case 'postgres':
      return ['postgresql', 'upgrade', 'iam-db-auth-error'];
    case 'aurora-mysql':
      return ['audit', 'error', 'general', 'instance', 'slowquery', 'iam-db-auth-error'];
    case 'aurora-postgresql':
      return ['instance', 'postgresql', 'iam-db-auth-error'];
    default:
      return isSqlServer(engineType) ? ['agent', 'error'] : undefined;
  }
}

/**
 * The longest database name (DBName / DatabaseName) an engine takes, undefined where the
 * engine creates no database at launch (SQL Server: "Not applicable. Must be null").
 * Every engine the composite creates requires the name to begin with a letter followed by
 * letters, underscores or digits (`DATABASE_NAME`).
 *
 * - MySQL, MariaDB: "Must contain 1 to 64 letters or numbers. Must begin with a letter.
 *   Subsequent characters can be letters, underscores, or digits (0-9)"; PostgreSQL: "Must
 *   begin with a letter. Subsequent characters can be letters, underscores, or digits (0-9).
 *   Must contain 1 to 63 characters" (CreateDBInstance, DBName,
 *   https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 * - Aurora MySQL: "Must contain 1 to 64 alphanumeric characters. Must begin with a letter.
 *   Subsequent characters can be letters, underscores, or digits (0-9)"; Aurora PostgreSQL:
 *   "It must contain 1 to 63 alphanumeric characters" with the same first-letter rule (the
 *   same page, DBName for Aurora).
 *
 * "Can't be a word reserved by the database engine" is not checked: the pages do not list
 * the words.
 */
export function maxDatabaseNameLength(engineType: string): number | undefined {
  if (isSqlServer(engineType)) {
    return undefined;
  }
  return engineType.includes('postgres') ? 63 : 64;
}

/** A database name: a letter, then letters, digits or underscores (see `maxDatabaseNameLength`). */
export const DATABASE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The longest master user name of an engine, as AWS::RDS::DBInstance MasterUsername gives it:
 * "RDS for MySQL ... Must be 1 to 16 letters or numbers", "RDS for PostgreSQL ... Must be 1 to
 * 63 letters or numbers", "RDS for Microsoft SQL Server ... Must be 1 to 128 letters or
 * numbers", each "First character must be a letter"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-masterusername).
 * MariaDB and Aurora MySQL take MySQL's 16. Underscores are accepted: CreateDBInstance
 * allows "letters, numbers, or underscores"
 * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html).
 * CreateDBInstance and CreateDBCluster now name 16 for every engine; where the pages
 * disagree the longer limit is kept, so nothing AWS takes is refused.
 */
export function maxMasterUsernameLength(engineType: string | undefined): number {
  if (engineType === undefined || /mysql|mariadb/.test(engineType)) {
    return 16;
  }
  return engineType.includes('postgres') ? 63 : 128;
}

/**
 * Ports RDS for SQL Server refuses: "For RDS for Microsoft SQL Server, the value can't be
 * 1234, 1434, 3260, 3343, 3389, 47001, or 49152-49156" (AWS::RDS::DBInstance, Port,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-port).
 */
export const SQL_SERVER_RESERVED_PORTS: readonly number[] = [1234, 1434, 3260, 3343, 3389, 47001, 49152, 49153, 49154, 49155, 49156];

/**
 * The instance class sizes of RDS and Aurora (`micro` ... `48xlarge`, `metal`,
 * `metal-24xl`, ...): the User Guide writes a class as "the DB instance class type and the
 * size. For example, db.r6g is a memory-optimized DB instance class type ... db.r6g.2xlarge
 * is a DB instance class. The size of this class is 2xlarge" (RDS User Guide, DB instance
 * classes, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html).
 */
const INSTANCE_CLASS = /^[a-z]+\d{1,2}[a-z-]*\.(nano|micro|small|medium|large|xlarge|\d{1,3}xlarge|metal(-\d{1,3}xl)?)$/;

/**
 * What is wrong with an instance class given without its `db.` prefix (aws-cdk-lib adds
 * it: `t3.micro` becomes `DBInstanceClass: db.t3.micro`), or undefined when it has the form
 * `<class type>.<size>` of `INSTANCE_CLASS`.
 */
export function instanceClassProblem(instanceClass: string): string | undefined {
  if (instanceClass.startsWith('db.')) {
    return `it starts with 'db.', which aws-cdk-lib adds itself (the template would say db.${instanceClass}): give ${show(instanceClass.slice('db.'.length))}`;
  }
  if (!INSTANCE_CLASS.test(instanceClass)) {
    return "it is not a DB instance class type and size such as 't3.micro', 'm6g.large' or 'r6g.2xlarge'";
  }
  return undefined;
}
