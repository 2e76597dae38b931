import { instanceClassProblem } from '../../src/private/engine-settings';
import { AVAILABILITY_ZONE, show } from '../../src/private/validation';

/**
 * The context keys of the example app, with the defaults of the original
 * "secure database access" app's cdk.json. Values given with `-c key=value` arrive as
 * strings: every key is parsed and a bad value is refused with an error that names the
 * key and shows the value.
 */

/** The consumer account id used when none is given: a documentation placeholder. */
export const PLACEHOLDER_CONSUMER = '123456789012';

/** The defaults, exactly as the original cdk.json had them. */
export const CONTEXT_DEFAULTS = {
  consumer_account_id: PLACEHOLDER_CONSUMER,
  environment: 'development',
  cost_center: 'engineering',
  enable_deletion_protection: false,
  database_backup_retention_days: 7,
  database_instance_class: 'db.t3.micro',
  database_allocated_storage: 20,
  enable_performance_insights: false,
  enable_enhanced_monitoring: false,
  create_read_replica: false,
  multi_az_deployment: false,
  vpc_cidr: '10.0.0.0/16',
  create_new_vpc: true,
  enable_vpc_flow_logs: true,
  enable_cloudtrail_logging: true,
};

/**
 * A "production" context: every protection of the original app turned on (Multi-AZ,
 * deletion protection, Performance Insights, enhanced monitoring, a read replica) on an
 * instance class that supports them all.
 */
export const PRODUCTION_CONTEXT: Record<string, string> = {
  enable_deletion_protection: 'true',
  multi_az_deployment: 'true',
  enable_performance_insights: 'true',
  enable_enhanced_monitoring: 'true',
  create_read_replica: 'true',
  database_instance_class: 'db.m6g.large',
  database_backup_retention_days: '30',
  consumer_account_id: '222222222222,333333333333',
  environment: 'production',
};

/** Every context key the example reads. */
export const CONTEXT_KEYS = [
  ...Object.keys(CONTEXT_DEFAULTS),
  'vpc_id',
  'vpc_subnet_ids',
  'vpc_availability_zones',
];

/** The parsed configuration of the example stack. */
export interface ExampleConfig {
  readonly consumerAccountIds: string[];
  readonly environment: string;
  readonly costCenter: string;
  readonly deletionProtection: boolean;
  readonly backupRetentionDays: number;
  /** the instance class without the `db.` prefix, e.g. `t3.micro` */
  readonly instanceClass: string;
  readonly allocatedStorageGiB: number;
  readonly performanceInsights: boolean;
  readonly enhancedMonitoring: boolean;
  readonly readReplica: boolean;
  readonly multiAz: boolean;
  readonly vpcCidr: string;
  readonly createNewVpc: boolean;
  readonly flowLogs: boolean;
  readonly cloudTrail: boolean;
  /** with create_new_vpc=false: the VPC to import */
  readonly existingVpc?: {
    readonly vpcId: string;
    readonly subnetIds: string[];
    readonly availabilityZones: string[];
  };
}

/**
 * A tag value: "Tag values can be up to 256 Unicode characters in UTF-8 ... letters, numbers,
 * spaces representable in UTF-8, and the following characters: _ . : / = + - @" (Tagging AWS
 * resources, https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html); the
 * example wants a non-empty one.
 */
const TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$/u;

/** Reads a context value (a node or a plain record). */
export type ContextReader = (key: string) => unknown;

function bad(key: string, expected: string, value: unknown): Error {
  return new Error(`Context key ${key} must be ${expected}, got ${show(value)}`);
}

function parseBoolean(key: string, value: unknown): boolean {
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'string' && ['true', 'false'].includes(value.trim().toLowerCase())) {
    return value.trim().toLowerCase() === 'true';
  }
  throw bad(key, 'true or false', value);
}

function parseInteger(key: string, value: unknown, min: number, max: number, unit: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw bad(key, `a whole number of ${unit} from ${min} to ${max}`, value);
  }
  return n;
}

function parseString(key: string, value: unknown, pattern: RegExp, expected: string): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw bad(key, expected, value);
  }
  return value;
}

/**
 * A comma-separated list (or a JSON list from cdk.json) of entries that each match `pattern`,
 * each once unless `allowTwice` (for a caller with its own message about repeats).
 */
function parseList(key: string, value: unknown, pattern: RegExp, expected: string, allowTwice = false): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').map(s => s.trim()) : undefined;
  if (!items || items.length === 0 || items.some(i => typeof i !== 'string' || !pattern.test(i))) {
    throw bad(key, expected, value);
  }
  const twice = items.find((item, index) => items.indexOf(item) !== index);
  if (twice !== undefined && !allowTwice) {
    throw bad(key, `${expected}, each once (${show(twice)} is given twice)`, value);
  }
  return items as string[];
}

/**
 * An RDS instance class as the original cdk.json wrote it, with its `db.` prefix; the
 * rest must have the form of a class type and size (`instanceClassProblem`: RDS User
 * Guide, DB instance classes, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html).
 */
function parseInstanceClass(key: string, value: unknown): string {
  const expected = "an RDS instance class such as 'db.t3.micro'";
  const instanceClass = parseString(key, value, /^db\./, expected);
  const rest = instanceClass.slice('db.'.length);
  const problem = rest.startsWith('db.') ? `it has 'db.' twice: write ${show(rest)}` : instanceClassProblem(rest);
  if (problem !== undefined) {
    throw new Error(`${bad(key, expected, value).message}: ${problem}`);
  }
  return instanceClass;
}

function parseCidr(key: string, value: unknown): string {
  const cidr = parseString(key, value, /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "an IPv4 CIDR block such as '10.0.0.0/16'");
  const [address, maskText] = cidr.split('/');
  const octets = address.split('.').map(Number);
  const mask = Number(maskText);
  if (octets.some(o => o > 255) || mask < 16 || mask > 28) {
    throw bad(key, 'an IPv4 CIDR block from /16 to /28', value);
  }
  const numeric = octets.reduce((acc, o) => acc * 256 + o, 0);
  if (numeric % 2 ** (32 - mask) !== 0) {
    throw bad(key, 'a CIDR block that starts at its network address', value);
  }
  return cidr;
}

/**
 * Parses the example's context. `read` returns the raw value of a key, or undefined.
 */
export function parseExampleContext(read: ContextReader): ExampleConfig {
  const get = (key: keyof typeof CONTEXT_DEFAULTS): unknown => read(key) ?? CONTEXT_DEFAULTS[key];
  const createNewVpc = parseBoolean('create_new_vpc', get('create_new_vpc'));

  let existingVpc: ExampleConfig['existingVpc'];
  if (!createNewVpc) {
    const vpcId = parseString('vpc_id', read('vpc_id'), /^vpc-[0-9a-f]{8,17}$/, "a VPC id such as 'vpc-0123456789abcdef0' (required with create_new_vpc=false)");
    const subnetIds = parseList('vpc_subnet_ids', read('vpc_subnet_ids'), /^subnet-[0-9a-f]{8,17}$/,
      'a comma-separated list of isolated or private subnet ids in two or more Availability Zones (required with create_new_vpc=false)');
    const availabilityZones = parseList('vpc_availability_zones', read('vpc_availability_zones'), AVAILABILITY_ZONE,
      "a comma-separated list of Availability Zones such as 'us-east-1a,us-east-1b' (required with create_new_vpc=false)", true);
    if (availabilityZones.length < 2 || new Set(availabilityZones).size !== availabilityZones.length) {
      throw bad('vpc_availability_zones', 'two or more distinct Availability Zones', read('vpc_availability_zones'));
    }
    if (subnetIds.length % availabilityZones.length !== 0) {
      throw bad('vpc_subnet_ids', `one subnet per Availability Zone (a multiple of the ${availabilityZones.length} zones in vpc_availability_zones)`, read('vpc_subnet_ids'));
    }
    if (read('vpc_cidr') !== undefined) {
      throw bad('vpc_cidr', 'unset with create_new_vpc=false (an existing VPC keeps its own CIDR block)', read('vpc_cidr'));
    }
    existingVpc = { vpcId, subnetIds, availabilityZones };
  } else {
    for (const key of ['vpc_id', 'vpc_subnet_ids', 'vpc_availability_zones']) {
      if (read(key) !== undefined) {
        throw bad(key, 'unset while create_new_vpc is true (set create_new_vpc=false to use an existing VPC)', read(key));
      }
    }
  }

  const instanceClass = parseInstanceClass('database_instance_class', get('database_instance_class'));

  return {
    consumerAccountIds: parseList('consumer_account_id', get('consumer_account_id'), /^\d{12}$/,
      "a 12-digit AWS account id, or several separated by commas ('111111111111,222222222222')"),
    environment: parseString('environment', get('environment'), TAG_VALUE, 'a tag value of 1-256 letters, digits, spaces and _.:/=+-@'),
    costCenter: parseString('cost_center', get('cost_center'), TAG_VALUE, 'a tag value of 1-256 letters, digits, spaces and _.:/=+-@'),
    deletionProtection: parseBoolean('enable_deletion_protection', get('enable_deletion_protection')),
    backupRetentionDays: parseInteger('database_backup_retention_days', get('database_backup_retention_days'), 1, 35, 'days'),
    instanceClass: instanceClass.slice('db.'.length),
    allocatedStorageGiB: parseInteger('database_allocated_storage', get('database_allocated_storage'), 20, 65536, 'GiB'),
    performanceInsights: parseBoolean('enable_performance_insights', get('enable_performance_insights')),
    enhancedMonitoring: parseBoolean('enable_enhanced_monitoring', get('enable_enhanced_monitoring')),
    readReplica: parseBoolean('create_read_replica', get('create_read_replica')),
    multiAz: parseBoolean('multi_az_deployment', get('multi_az_deployment')),
    vpcCidr: parseCidr('vpc_cidr', get('vpc_cidr')),
    createNewVpc,
    flowLogs: parseBoolean('enable_vpc_flow_logs', get('enable_vpc_flow_logs')),
    cloudTrail: parseBoolean('enable_cloudtrail_logging', get('enable_cloudtrail_logging')),
    existingVpc,
  };
}

/** How many single-character edits turn `a` into `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The key the example reads that `key` is a misspelling of, if any: the same but for case,
 * hyphens and underscores; within two edits; or its first words (`multi_az` for
 * `multi_az_deployment`).
 */
function misspeltKeyOf(key: string): string | undefined {
  const normalized = (k: string) => k.toLowerCase().replace(/[-_]/g, '');
  return CONTEXT_KEYS.find(known => normalized(known) === normalized(key))
    ?? CONTEXT_KEYS.find(known => editDistance(known, key.toLowerCase()) <= 2)
    ?? (key.includes('_') ? CONTEXT_KEYS.find(known => known.startsWith(`${key}_`)) : undefined);
}

/**
 * Checks the context keys of the app against the keys the example reads. A key that is a
 * misspelling of one of them (`misspeltKeyOf`) is refused, naming the key it resembles: its
 * setting would silently not apply, and `enable_deletion_protecton=true` would deploy a
 * database without deletion protection. Any other key written like the example's (lowercase
 * letters and digits with underscores, such as `database_engine`) gives a warning, returned
 * as text. Keys with `@`, `:`, `/` or `.` (feature
 * flags, the CDK's own keys, cached lookups) and single words are not the example's and are
 * left alone.
 *
 * @param context the app's whole context (`node.getAllContext()`)
 * @returns one warning per unknown key
 */
export function checkContextKeys(context: Record<string, unknown>): string[] {
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(context)) {
    if (CONTEXT_KEYS.includes(key) || /[@:/.]/.test(key)) {
      continue;
    }
    const meant = misspeltKeyOf(key);
    if (meant !== undefined) {
      throw new Error(`Context key ${key} is not read by this example: did you mean ${meant}? got ${key}=${show(value)}`);
    }
    if (/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(key)) {
      warnings.push(`Context key ${key} is not read by this example and changes nothing (it reads ${CONTEXT_KEYS.join(', ')}); got ${key}=${show(value)}`);
    }
  }
  return warnings;
}
