import { Annotations, Duration, Stack, Token } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { Construct, IConstruct } from 'constructs';

/**
 * Formats a user-supplied value for an error message: a string is quoted, anything
 * else is rendered as JSON, except that `NaN`, `Infinity` and `-Infinity` show as
 * themselves (JSON would print `null`), `undefined` as `undefined` and a construct as its
 * quoted path (`'Provider/Db'`).
 *
 * A value that holds a CDK token shows as the CloudFormation expression the user's
 * code made (`{"Ref":"VpcIsolatedSubnet1Subnet..."}`, `{"Fn::ImportValue":"Port"}`),
 * resolved in the stack of `scope`; never as a `${Token[...]}` string. Without a scope a
 * token shows as `<deploy-time value>`.
 *
 * @param value the value to show
 * @param scope any construct of the stack the value belongs to, to resolve tokens in
 */
export function show(value: unknown, scope?: IConstruct): string {
  if (value === undefined) {
    return 'undefined';
  }
  if (typeof value === 'string' && !Token.isUnresolved(value)) {
    return `'${value}'`;
  }
  // JSON.stringify calls toJSON before a replacer sees a value (a token object would be
  // '<unresolved-token>'), so the value is prepared first: what JSON cannot show becomes a
  // marker, replaced by its text afterwards.
  const raw = new Map<string, string>();
  const mark = (text: string): string => {
    const key = `\u0000${raw.size}\u0000`;
    raw.set(key, text);
    return key;
  };
  const seen = new Set<unknown>();
  const prepare = (v: unknown): unknown => {
    if (v === null || v === undefined || typeof v === 'boolean') {
      return v;
    }
    if ((typeof v === 'string' || typeof v === 'number' || typeof v === 'object') && Token.isUnresolved(v)) {
      return mark(showToken(v, scope));
    }
    if (typeof v === 'number') {
      return Number.isFinite(v) ? v : mark(String(v));
    }
    if (typeof v === 'function') {
      return mark(`<function ${v.name || 'anonymous'}>`);
    }
    if (typeof v !== 'object') {
      return v;
    }
    if (Construct.isConstruct(v)) {
      // a construct by its path, as the messages name constructs
      return mark(show(v.node.path));
    }
    if (seen.has(v)) {
      return mark('<cycle>');
    }
    seen.add(v);
    const prepared = Array.isArray(v)
      ? v.map(prepare)
      : Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, prepare(e)]));
    seen.delete(v);
    return prepared;
  };
  let text: string;
  try {
    text = JSON.stringify(prepare(value)) ?? String(value);
  } catch {
    return String(value);
  }
  for (const [key, shown] of raw) {
    text = text.split(JSON.stringify(key)).join(shown);
  }
  return text;
}

/** A token as the CloudFormation expression it stands for. */
function showToken(value: unknown, scope: IConstruct | undefined): string {
  if (scope === undefined) {
    return '<deploy-time value>';
  }
  try {
    return JSON.stringify(Stack.of(scope).resolve(value)) ?? '<deploy-time value>';
  } catch {
    return '<deploy-time value>';
  }
}

/** True when the value holds a CDK token that is only known at deploy time. */
export function isUnresolved(value: unknown): boolean {
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/** Options of `validateLatticeName`. */
export interface NameRules {
  /** shortest allowed length */
  readonly minLength: number;
  /** longest allowed length */
  readonly maxLength: number;
  /** prefix the service reserves for its own identifiers */
  readonly reservedPrefix: string;
}

/**
 * VPC Lattice names: lowercase letters, digits and single hyphens, no hyphen at
 * either end, within the length limits, and not starting with the service's
 * identifier prefix. Tokens are accepted as they are.
 */
export function validateLatticeName(prop: string, value: string | undefined, rules: NameRules): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  if (typeof value !== 'string') {
    throw new Error(`${prop} must be a string, got ${show(value)}`);
  }
  const problems: string[] = [];
  if (value.length < rules.minLength || value.length > rules.maxLength) {
    problems.push(`be ${rules.minLength}-${rules.maxLength} characters long (it has ${value.length})`);
  }
  if (!/^[a-z0-9-]*$/.test(value)) {
    problems.push('use only lowercase letters, digits and hyphens');
  }
  if (value.startsWith('-') || value.endsWith('-') || value.includes('--')) {
    problems.push('not start or end with a hyphen nor contain two hyphens in a row');
  }
  if (value.startsWith(rules.reservedPrefix)) {
    problems.push(`not start with '${rules.reservedPrefix}'`);
  }
  if (problems.length > 0) {
    throw new Error(`${prop} must ${problems.join(', ')}; got ${show(value)}`);
  }
}

/**
 * Checks that a whole number lies within a range. Tokens are accepted as they are.
 */
export function validateRange(prop: string, value: number | undefined, min: number, max: number, unit = ''): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${prop} must be a whole number from ${min} to ${max}${unit ? ' ' + unit : ''}, got ${show(value)}`);
  }
}

const ACCOUNT_ID = /^\d{12}$/;

/** Checks a 12-digit AWS account id. Tokens are accepted as they are. */
export function validateAccountId(prop: string, value: string): void {
  if (isUnresolved(value)) {
    return;
  }
  if (typeof value !== 'string' || !ACCOUNT_ID.test(value)) {
    throw new Error(`${prop} must be a 12-digit AWS account id, got ${show(value)}`);
  }
}

/** What `validateArn` expects of an ARN. */
export interface ArnRules {
  /** the service part, such as `vpc-lattice` */
  readonly service: string;
  /** whether the ARN has a region part (organizations and IAM ARNs have none) */
  readonly regional: boolean;
  /** the resource part after the account, such as `/^resourcegateway\/rgw-[0-9a-z]+$/` */
  readonly resource: RegExp;
  /** an example of a good ARN, shown in the message */
  readonly example: string;
}

/**
 * The partitions of the regions aws-cdk-lib knows (`aws`, `aws-cn`, `aws-us-gov`, the
 * ISO and EUSC partitions): an ARN's second part must be one of them ("partition: The
 * partition in which the resource is located", IAM User Guide, IAM identifiers, ARNs,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 */
export const PARTITIONS: readonly string[] = [...new Set(RegionInfo.regions.map(r => r.partition ?? 'aws'))].sort();

/** A region name such as `us-east-1` or `us-gov-west-1`. */
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * An Availability Zone name such as `us-east-1a` (a region and a letter), or a Local Zone
 * such as `us-west-2-lax-1a`.
 */
export const AVAILABILITY_ZONE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}([a-z]|-[a-z]+-\d[a-z])$/;

/**
 * Checks an ARN part by part (`arn:partition:service:region:account:resource`) and names
 * the part that is wrong: a partition that does not exist (`aws-gov`), an Availability
 * Zone where the region goes, another service or resource type. Tokens are accepted as
 * they are; a literal ARN with a token inside is checked where it is literal.
 */
export function validateArn(prop: string, value: string, rules: ArnRules, scope?: IConstruct): void {
  // wholly a token (an import, a Ref): only known at deploy time
  if (typeof value === 'string' && Token.isUnresolved(value) && !value.startsWith('arn:')) {
    return;
  }
  const problem = arnProblem(value, rules);
  if (problem !== undefined) {
    throw new Error(`${prop} must be an ARN like ${show(rules.example)}: ${problem}; got ${show(value, scope)}`);
  }
}

function arnProblem(value: unknown, rules: ArnRules): string | undefined {
  if (typeof value !== 'string') {
    return `it is ${value === null || value === undefined ? String(value) : `a ${typeof value}`}, not a string`;
  }
  const parts = value.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') {
    return 'it does not have the form arn:partition:service:region:account:resource';
  }
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(':');
  const literal = (part: string) => !Token.isUnresolved(part);
  if (literal(partition) && !PARTITIONS.includes(partition)) {
    return `the partition ${show(partition)} is none of ${PARTITIONS.join(', ')}`;
  }
  if (literal(service) && service !== rules.service) {
    return `the service is ${show(service)}, not ${show(rules.service)}`;
  }
  if (!rules.regional && region !== '') {
    return `an ${rules.service} ARN has no region, got region ${show(region)}`;
  }
  if (rules.regional && literal(region) && !REGION.test(region)) {
    return /[0-9][a-z]$/.test(region)
      ? `the region ${show(region)} is an Availability Zone: write its region (${show(region.slice(0, -1))})`
      : `the region ${show(region)} is no region name such as 'us-east-1'`;
  }
  if (literal(account) && !/^\d{12}$/.test(account)) {
    return `the account ${show(account)} is not a 12-digit account id`;
  }
  if (literal(resource) && !rules.resource.test(resource)) {
    return `the resource ${show(resource)} does not match ${rules.resource.source}`;
  }
  return undefined;
}

/**
 * Checks that a value from JavaScript, JSON or YAML is a member of an enum (string or
 * numeric), since nothing else stops `'dns'` where `DatabaseSharingMode.DNS` (`'DNS'`) is
 * meant. The message lists the members.
 *
 * @param prop the prop the value was given for
 * @param value the value given
 * @param enumObject the enum, such as `DatabaseSharingMode`
 * @param enumName how users write the enum, such as `DatabaseSharingMode` or `logs.RetentionDays`
 */
export function validateEnum(prop: string, value: unknown, enumObject: object, enumName: string): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  // a numeric enum maps values back to names too: keep the names only
  const members = Object.entries(enumObject).filter(([name]) => !/^\d+$/.test(name));
  if (members.some(([, member]) => member === value)) {
    return;
  }
  const listed = members.map(([name, member]) => `${enumName}.${name} (${show(member)})`);
  throw new Error(`${prop} must be one of ${listed.join(', ')}; got ${show(value)}`);
}

/**
 * Checks that a value is `true` or `false`, not a string such as `'false'` (which
 * JavaScript takes as true). Tokens are accepted as they are.
 */
export function validateBoolean(prop: string, value: unknown): void {
  if (value === undefined || typeof value === 'boolean' || isUnresolved(value)) {
    return;
  }
  throw new Error(`${prop} must be true or false, got ${show(value)}`);
}

/**
 * Checks that a list is a list and has no empty entry (`null` or `undefined`, which
 * JavaScript, JSON and YAML all allow), naming the index. A token list is accepted as it is.
 *
 * @param prop the prop the list was given for
 * @param value the list
 * @param what what each entry must be, as the message names it (`'a SharePrincipal'`)
 */
export function validateEntries(prop: string, value: unknown, what: string): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  if (!Array.isArray(value)) {
    throw new Error(`${prop} must be a list, each entry ${what}; got ${show(value)}`);
  }
  value.forEach((entry, index) => {
    if (entry === undefined || entry === null) {
      throw new Error(`${prop}[${index}] must be ${what}, got ${show(entry)} (in ${prop} of ${value.length})`);
    }
  });
}

/** Throws when more than one of the given props is set. */
export function validateAtMostOne(props: Record<string, unknown>): void {
  const given = Object.entries(props).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (given.length > 1) {
    throw new Error(`Give at most one of ${Object.keys(props).join(', ')}; got ${given.join(' and ')} (${showGiven(props, given)})`);
  }
}

/** Throws unless exactly one of the given props is set. */
export function validateExactlyOne(props: Record<string, unknown>): void {
  const given = Object.entries(props).filter(([, v]) => v !== undefined).map(([k]) => k);
  if (given.length !== 1) {
    throw new Error(`Give exactly one of ${Object.keys(props).join(', ')}; got ${given.length === 0 ? 'none' : `${given.join(' and ')} (${showGiven(props, given)})`}`);
  }
}

/** `name value` for each given prop; a construct is shown by its path. */
function showGiven(props: Record<string, unknown>, given: string[]): string {
  return given.map(k => {
    const v = props[k];
    return `${k} ${show(Construct.isConstruct(v) ? v.node.path : v)}`;
  }).join(', ');
}

/** Checks an IPv4 CIDR block that a VPC can use (/16 to /28). */
export function validateCidr(prop: string, cidr: string): void {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  const octetsOk = match !== null && match.slice(1, 5).every(o => Number(o) <= 255);
  const mask = match ? Number(match[5]) : NaN;
  if (!match || !octetsOk || mask < 16 || mask > 28) {
    throw new Error(`${prop} must be an IPv4 CIDR block from /16 to /28 such as '10.0.0.0/16', got ${show(cidr)}`);
  }
  const address = match.slice(1, 5).reduce((acc, o) => acc * 256 + Number(o), 0);
  const block = 2 ** (32 - mask);
  if (address % block !== 0) {
    const network = address - (address % block);
    const dotted = [24, 16, 8, 0].map(shift => Math.floor(network / 2 ** shift) % 256).join('.');
    throw new Error(`${prop} must start at its network address (${dotted}/${mask}), got ${show(cidr)}`);
  }
}

/**
 * Refuses props that are no object (JavaScript and JSON callers can pass anything),
 * before anything is created.
 *
 * @param construct the construct's name, as the message names it
 * @param needs what the props must hold, as the message names it
 */
export function validatePropsObject(construct: string, needs: string, props: unknown, scope?: IConstruct): void {
  if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new Error(`${construct} props must be an object with ${needs}, got ${show(props, scope)}`);
  }
}

/** Whether the value is an object that has all the given members (own or inherited). */
export function hasMembers(value: unknown, ...members: string[]): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && members.every(m => m in (value as object));
}

/** Whether a value is an object literal (not null, not a list, not a token). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Token.isUnresolved(value);
}

/** Refuses a value that is no object literal, such as a string where an options object goes. */
export function validateObject(prop: string, value: unknown, scope?: IConstruct): void {
  if (value !== undefined && !isPlainObject(value)) {
    throw new Error(`${prop} must be an object of options, got ${show(value, scope)}`);
  }
}

/** Refuses a value that is neither a string nor a token. */
export function validateString(prop: string, value: unknown, scope?: IConstruct): void {
  if (value !== undefined && typeof value !== 'string') {
    throw new Error(`${prop} must be a string, got ${show(value, scope)}`);
  }
}

/** Refuses a value that is no aws-cdk-lib `Duration` (a number of days, a string). */
export function validateDuration(prop: string, value: unknown, example: string, scope?: IConstruct): void {
  if (value === undefined) {
    return;
  }
  const duration = value as Partial<Duration> | null;
  if (typeof duration !== 'object' || duration === null || typeof duration.toSeconds !== 'function' || typeof duration.isUnresolved !== 'function') {
    throw new Error(`${prop} must be a Duration such as ${example}, got ${show(value, scope)}`);
  }
}

/**
 * Warns about a key that is no prop (JavaScript and JSON accept any): its setting does
 * nothing, so `multiAZ: true` would deploy a single-AZ database. A key that differs from a
 * prop only in case is named as the prop it resembles. A warning, not an error: an object
 * spread from a wider configuration may carry keys of its own.
 */
export function warnUnknownProps(scope: IConstruct, construct: string, prefix: string, given: object | undefined, known: Record<string, true>): void {
  for (const [key, value] of Object.entries(given ?? {})) {
    if (known[key] || value === undefined) {
      continue;
    }
    const path = `${prefix}${key}`;
    const meant = Object.keys(known).find(k => k.toLowerCase() === key.toLowerCase());
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:unknownProp',
      `${path} is no prop of ${construct} and changes nothing${meant ? `: did you mean ${prefix}${meant}?` : ''}; got ${path} ${show(value, scope)}`);
  }
}

/**
 * Refuses a value given where a construct goes (JavaScript and JSON callers can pass a string
 * such as an id or an ARN) that is no construct with the given members, before it reaches
 * aws-cdk-lib. The message is `${prop} must be ${what}, got <the value>`.
 *
 * @param prop the prop the value was given for
 * @param value the value, `undefined` when the prop was left out (accepted)
 * @param what what the value must be, as the message names it
 * @param members members it must have, such as `keyArn`
 */
export function validateConstruct(prop: string, value: unknown, what: string, members: string[], scope?: IConstruct): void {
  if (value !== undefined && !(Construct.isConstruct(value) && hasMembers(value, ...members))) {
    throw new Error(`${prop} must be ${what}, got ${show(value, scope)}`);
  }
}
