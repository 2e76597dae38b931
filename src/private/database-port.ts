import { Stack, Token } from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { IConstruct } from 'constructs';

/** What the library can tell about the TCP port a database listens on. */
export interface DatabasePort {
  /**
   * The port, or undefined when nothing tells it. A literal that is no TCP port (such as
   * an import's `NaN` or 0) is given as it is, with `known` false, for the caller to refuse.
   */
  readonly port?: number;
  /**
   * True when the port is certain: a literal TCP port on the database's L1 resource or
   * import, or the engine default of a database created in this app without a port.
   * False when it is only the engine default of an imported database, or no TCP port.
   */
  readonly known: boolean;
}

/**
 * Default ports by engine type, matched on the engine type's prefix
 * (`oracle-ee`, `sqlserver-se`, ... share their family's port).
 */
const ENGINE_PORTS: Array<[string, number]> = [
  ['aurora-postgresql', 5432],
  ['aurora-mysql', 3306],
  ['aurora', 3306],
  ['mysql', 3306],
  ['mariadb', 3306],
  ['postgres', 5432],
  ['oracle', 1521],
  ['sqlserver', 1433],
  ['db2', 50000],
];

/**
 * Whether a literal value is a TCP port: a whole number from 1 to 65535, the range a
 * resource configuration's `portRanges` take ("for example: 1-65535", CreateResourceConfiguration,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html).
 */
export function isTcpPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** The default port of an RDS engine type, such as `postgres` or `aurora-mysql`. */
export function engineDefaultPort(engineType: string | undefined): number | undefined {
  if (engineType === undefined || Token.isUnresolved(engineType)) {
    return undefined;
  }
  return ENGINE_PORTS.find(([prefix]) => engineType.toLowerCase().startsWith(prefix))?.[1];
}

/** The port of a DB instance (or read replica), created in this app or imported. */
export function instancePort(instance: rds.IDatabaseInstance): DatabasePort {
  const cfn = instance.node.defaultChild;
  if (rds.CfnDBInstance.isCfnDBInstance(cfn)) {
    return cfnInstancePort(cfn, instance.engine?.engineType, new Set());
  }
  let endpointPort: number | undefined;
  try {
    endpointPort = instance.instanceEndpoint.port;
  } catch {
    endpointPort = undefined;
  }
  if (endpointPort !== undefined && !Token.isUnresolved(endpointPort)) {
    return { port: endpointPort, known: isTcpPort(endpointPort) };
  }
  return { port: engineDefaultPort(instance.engine?.engineType), known: false };
}

/** The port of a DB cluster, created in this app or imported. */
export function clusterPort(cluster: rds.IDatabaseCluster): DatabasePort {
  const cfn = cluster.node.defaultChild;
  if (rds.CfnDBCluster.isCfnDBCluster(cfn)) {
    if (cfn.port !== undefined && !Token.isUnresolved(cfn.port)) {
      return { port: cfn.port, known: isTcpPort(cfn.port) };
    }
    if (cfn.port !== undefined) {
      return { port: engineDefaultPort(cluster.engine?.engineType ?? cfn.engine), known: false };
    }
    const port = engineDefaultPort(cluster.engine?.engineType ?? cfn.engine);
    return { port, known: port !== undefined };
  }
  let endpointPort: number | undefined;
  try {
    endpointPort = cluster.clusterEndpoint.port;
  } catch {
    endpointPort = undefined;
  }
  if (endpointPort !== undefined && !Token.isUnresolved(endpointPort)) {
    return { port: endpointPort, known: isTcpPort(endpointPort) };
  }
  return { port: engineDefaultPort(cluster.engine?.engineType), known: false };
}

function cfnInstancePort(cfn: rds.CfnDBInstance, engineType: string | undefined, seen: Set<IConstruct>): DatabasePort {
  seen.add(cfn);
  if (cfn.port !== undefined) {
    // `Port` of AWS::RDS::DBInstance is a string: only digits are a literal port (`Number('')` is 0)
    const literal = !Token.isUnresolved(cfn.port) && /^\d+$/.test(String(cfn.port).trim());
    if (literal) {
      const port = Number(String(cfn.port).trim());
      return { port, known: isTcpPort(port) };
    }
    return { port: engineDefaultPort(engineType ?? cfn.engine), known: false };
  }
  if (cfn.sourceDbInstanceIdentifier !== undefined) {
    // A read replica inherits the port of its source unless it sets its own.
    const source = findSourceInstance(cfn);
    if (source !== undefined && !seen.has(source)) {
      return cfnInstancePort(source, engineType, seen);
    }
    const port = engineDefaultPort(engineType ?? cfn.engine);
    return { port, known: false };
  }
  const port = engineDefaultPort(engineType ?? cfn.engine);
  return { port, known: port !== undefined };
}

/** The L1 source instance of a read replica, when it lives in the same stack. */
function findSourceInstance(replica: rds.CfnDBInstance): rds.CfnDBInstance | undefined {
  const stack = Stack.of(replica);
  const refs = new Set<string>();
  collectRefs(stack.resolve(replica.sourceDbInstanceIdentifier), refs);
  if (refs.size !== 1) {
    return undefined;
  }
  const [logicalId] = [...refs];
  return stack.node.findAll().find((c): c is rds.CfnDBInstance =>
    rds.CfnDBInstance.isCfnDBInstance(c) && Stack.of(c) === stack && stack.resolve(c.logicalId) === logicalId);
}

function collectRefs(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach(v => collectRefs(v, refs));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Ref' && typeof v === 'string' && !v.startsWith('AWS::')) {
        refs.add(v);
      } else {
        collectRefs(v, refs);
      }
    }
  }
}
