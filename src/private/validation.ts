import { Token } from 'aws-cdk-lib';
import { Construct } from 'constructs';

/**
 * Formats a user-supplied value for an error message: strings are quoted,
 * everything else is rendered as JSON.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value}'`;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
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

/**
 * Checks an ARN against a pattern that describes its service and resource part.
 * Tokens are accepted as they are.
 */
export function validateArn(prop: string, value: string, pattern: RegExp, example: string): void {
  if (isUnresolved(value)) {
    return;
  }
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new Error(`${prop} must be an ARN like ${example}, got ${show(value)}`);
  }
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
