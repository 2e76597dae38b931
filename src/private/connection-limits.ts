import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';

/*
 * The memory of the DB instance classes the library knows, and the default `max_connections`
 * each engine derives from it.
 *
 * Memory: "Hardware specifications for DB instance classes" (RDS User Guide,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Summary.html):
 * the burstable classes db.t3 and db.t4g have 1 GiB (micro) to 32 GiB (2xlarge), doubling per size;
 * the general purpose classes (db.m5, db.m6g, db.m6i, db.m7g) 8 GiB per `large`, and the memory
 * optimized classes (db.r5, db.r6g, db.r6i, db.r7g) twice that. Other classes are not known here:
 * give the numbers yourself.
 */

const GIB = 1024 ** 3;

/** GiB of a burstable class, by size. */
const BURSTABLE: Record<string, number> = { 'micro': 1, 'small': 2, 'medium': 4, 'large': 8, 'xlarge': 16, '2xlarge': 32 };
/** GiB of a general purpose class, by size (memory optimized: twice that). */
const GENERAL: Record<string, number> = {
  'large': 8, 'xlarge': 16, '2xlarge': 32, '4xlarge': 64, '8xlarge': 128, '12xlarge': 192, '16xlarge': 256, '24xlarge': 384,
};
const FAMILIES: Record<string, { sizes: Record<string, number>; factor: number }> = {
  t3: { sizes: BURSTABLE, factor: 1 },
  t4g: { sizes: BURSTABLE, factor: 1 },
  m5: { sizes: GENERAL, factor: 1 },
  m6g: { sizes: GENERAL, factor: 1 },
  m6i: { sizes: GENERAL, factor: 1 },
  m7g: { sizes: GENERAL, factor: 1 },
  r5: { sizes: GENERAL, factor: 2 },
  r6g: { sizes: GENERAL, factor: 2 },
  r6i: { sizes: GENERAL, factor: 2 },
  r7g: { sizes: GENERAL, factor: 2 },
};

/** The memory of an instance class in bytes, when the library knows the class. */
export function classMemoryBytes(instanceType: ec2.InstanceType): number | undefined {
  const name = instanceType.toString();
  if (Token.isUnresolved(name)) {
    return undefined;
  }
  const [family, size] = name.split('.');
  const known = FAMILIES[family];
  const gib = known?.sizes[size];
  return gib === undefined ? undefined : gib * known.factor * GIB;
}

/*
 * Aurora MySQL gives a table, not a formula: "db.t3.medium 90, db.t3.large 135, ... db.r6g.large
 * 1000, .xlarge 2000, .2xlarge 3000, .4xlarge 4000, .8xlarge 5000, .12xlarge 6000, .16xlarge
 * 6000, .24xlarge 7000" (Aurora User Guide, Maximum connections to an Aurora MySQL DB instance,
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Performance.html#AuroraMySQL.Managing.MaxConnections).
 */
const AURORA_MYSQL_BURSTABLE: Record<string, number> = { medium: 90, large: 135 };
const AURORA_MYSQL_MEMORY_OPTIMIZED: Record<string, number> = {
  'large': 1000, 'xlarge': 2000, '2xlarge': 3000, '4xlarge': 4000, '8xlarge': 5000, '12xlarge': 6000, '16xlarge': 6000, '24xlarge': 7000,
};

/**
 * The default `max_connections` of an engine on an instance class, when the library knows it.
 *
 * The RDS defaults (RDS User Guide, Maximum number of database connections,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections):
 * MySQL `{DBInstanceClassMemory/12582880}`; PostgreSQL `LEAST({DBInstanceClassMemory/9531392}, 5000)`
 * (the same for Aurora PostgreSQL, Aurora User Guide, Maximum connections to an Aurora PostgreSQL
 * DB instance); MariaDB 10.5 and later `LEAST({DBInstanceClassMemory/25165760},12000)`, 10.4
 * `{DBInstanceClassMemory/12582880}`. SQL Server has no such default: undefined.
 *
 * `DBInstanceClassMemory` is the class memory less what the operating system and RDS reserve
 * ("approximately 630 ... instead of 683" for 8 GiB, same page): computed from the class memory,
 * the result is an upper estimate, a few percent above the real value.
 *
 * @param engineType the `engineType` of the engine (`mysql`, `postgres`, `mariadb`, `aurora-mysql`, ...)
 * @param engineVersion its full version, when known (MariaDB 10.4 has another formula)
 */
export function defaultMaxConnections(engineType: string, engineVersion: string | undefined, instanceType: ec2.InstanceType): number | undefined {
  if (engineType === 'aurora-mysql') {
    const [family, size] = instanceType.toString().split('.');
    if (family === 't3' || family === 't4g') {
      return AURORA_MYSQL_BURSTABLE[size];
    }
    return family?.startsWith('r') ? AURORA_MYSQL_MEMORY_OPTIMIZED[size] : undefined;
  }
  const memory = classMemoryBytes(instanceType);
  if (memory === undefined) {
    return undefined;
  }
  switch (engineType) {
    case 'mysql':
      return Math.floor(memory / 12582880);
    case 'postgres':
    case 'aurora-postgresql':
      return Math.min(Math.floor(memory / 9531392), 5000);
    case 'mariadb':
      return engineVersion?.startsWith('10.4')
        ? Math.floor(memory / 12582880)
        : Math.min(Math.floor(memory / 25165760), 12000);
    default:
      return undefined;
  }
}
