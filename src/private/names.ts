import * as crypto from 'crypto';
import { Lazy, Names, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** Length of the replacement suffix: a hyphen and eight hexadecimal digits. */
const SUFFIX_LENGTH = 9;

/**
 * A VPC Lattice name for a construct: a readable part derived from its path and a
 * suffix that is a hash of the values whose change makes CloudFormation replace the
 * resource (`replacedBy`).
 *
 * Why the suffix: VPC Lattice names are unique in the account ("The name must be unique to
 * the account": CreateServiceNetwork,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetwork.html;
 * the same for CreateResourceGateway and CreateResourceConfiguration),
 * and CloudFormation creates the replacement before it deletes the old resource
 * ("AWS CloudFormation usually creates the replacement resource first, [...] and then deletes
 * the old resource": CloudFormation User Guide, Understand update behaviors of stack resources,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html).
 * A replacement under the old name would collide with
 * the resource it replaces and roll the update back. So every value that replaces the
 * resource is part of the name: a replacing change gives a new name, and nothing else
 * changes it.
 *
 * The values are hashed in their resolved CloudFormation form (`{ Ref: ... }` for a
 * resource of the stack, the literal for an imported id), when the template is written,
 * so the name does not depend on token numbering or on the order constructs are made.
 *
 * The scheme is pinned by tests (`test/safe-updates.test.ts`): changing it renames, and so
 * replaces, every deployed gateway and service network.
 *
 * @param scope the construct the name is for
 * @param maxLength the longest name the service accepts
 * @param reservedPrefix the prefix the service reserves for its own identifiers
 * @param replacedBy the values whose change replaces the resource
 */
export function latticeName(scope: IConstruct, maxLength: number, reservedPrefix: string, replacedBy: Record<string, unknown>): string {
  const readable = readableName(scope, maxLength - SUFFIX_LENGTH, reservedPrefix);
  return Lazy.string({
    // the construct path keeps two constructs with the same values apart
    produce: () => `${readable}-${replacementHash({ path: scope.node.path, replacedBy: Stack.of(scope).resolve(replacedBy) })}`,
  });
}

/**
 * The readable part: the construct's path (as `Names.uniqueResourceName` writes it, without
 * its hash) in lowercase letters, digits and single hyphens, starting with a letter and not
 * with the reserved prefix; when too long, its beginning and its end are kept.
 */
function readableName(scope: IConstruct, maxLength: number, reservedPrefix: string): string {
  const unique = Names.uniqueResourceName(scope, { maxLength: 255, separator: '-' });
  let name = unique
    .slice(0, -8) // uniqueResourceName ends in a hash of the path: the suffix replaces it
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (name.startsWith(reservedPrefix) || !/^[a-z]/.test(name)) {
    name = `x${name}`;
  }
  if (name.length > maxLength) {
    const head = Math.ceil(maxLength / 2);
    name = name.slice(0, head) + name.slice(name.length - (maxLength - head));
  }
  return name.replace(/-+/g, '-').replace(/-+$/g, '') || 'x';
}

/** Eight hexadecimal digits of the SHA-256 of the values, keys sorted, undefined left out. */
export function replacementHash(values: unknown): string {
  return crypto.createHash('sha256').update(canonicalJson(values)).digest('hex').slice(0, 8);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
