import { Names } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * A stable, unique VPC Lattice name for a construct, derived from its path:
 * lowercase letters, digits and single hyphens, no reserved prefix, at most
 * `maxLength` characters. The same path always yields the same name, so a
 * redeploy never renames (and so never replaces) the resource.
 */
export function latticeName(scope: IConstruct, maxLength: number, reservedPrefix: string): string {
  const unique = Names.uniqueResourceName(scope, { maxLength: maxLength - 1, separator: '-' });
  let name = unique
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (name.startsWith(reservedPrefix) || !/^[a-z]/.test(name)) {
    name = `x${name}`;
  }
  return name.slice(0, maxLength).replace(/-+$/g, '');
}
