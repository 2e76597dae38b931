/**
 * What the composite needs to know about each RDS engine family: how to require TLS,
 * which logs to export, and whether read replicas exist.
 */
export interface EngineSettings {
  /** parameters that make the server refuse connections without TLS (and turn on audit logs where needed) */
  readonly parameters: Record<string, string>;
  /** log types exported to CloudWatch Logs by default */
  readonly logExports: string[];
  /** whether the instance gets the MariaDB Audit Plugin through an option group (and exports the audit log) */
  readonly auditPlugin: boolean;
  /** whether the engine can have an RDS read replica */
  readonly supportsReadReplica: boolean;
}

const MYSQL_LOGS = ['error', 'general', 'slowquery'];

/**
 * Settings by `engineType` (`mysql`, `postgres`, `aurora-mysql`, ...). Undefined for an
 * engine the composite does not know how to secure.
 */
export function engineSettings(engineType: string): EngineSettings | undefined {
  switch (engineType) {
    case 'mysql':
      return { parameters: { require_secure_transport: '1' }, logExports: [...MYSQL_LOGS, 'audit'], auditPlugin: true, supportsReadReplica: true };
    case 'mariadb':
      return { parameters: { require_secure_transport: 'ON' }, logExports: [...MYSQL_LOGS, 'audit'], auditPlugin: true, supportsReadReplica: true };
    case 'postgres':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['postgresql', 'upgrade'], auditPlugin: false, supportsReadReplica: true };
    case 'aurora-mysql':
      return { parameters: { require_secure_transport: 'ON', server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL' }, logExports: [...MYSQL_LOGS, 'audit'], auditPlugin: false, supportsReadReplica: true };
    case 'aurora-postgresql':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['postgresql'], auditPlugin: false, supportsReadReplica: true };
    case 'sqlserver-ee':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['error', 'agent'], auditPlugin: false, supportsReadReplica: true };
    case 'sqlserver-se':
    case 'sqlserver-web':
    case 'sqlserver-ex':
      return { parameters: { 'rds.force_ssl': '1' }, logExports: ['error', 'agent'], auditPlugin: false, supportsReadReplica: false };
    default:
      return undefined;
  }
}

/**
 * Instance classes on which RDS for MySQL and MariaDB do not offer Performance Insights.
 */
export const NO_PERFORMANCE_INSIGHTS_CLASSES = ['t2.micro', 't2.small', 't3.micro', 't3.small', 't4g.micro', 't4g.small'];

/** Valid enhanced monitoring intervals in seconds. */
export const MONITORING_INTERVALS = [1, 5, 10, 15, 30, 60];
