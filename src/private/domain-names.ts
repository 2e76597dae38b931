import { IConstruct } from 'constructs';
import { isUnresolved, show } from './validation';

/*
 * Domain names of resource configurations: a group's `groupDomain` and its members'
 * `customDomainName`.
 *
 * Both are 3-255 characters (CreateResourceConfiguration, customDomainName and groupDomain,
 * "Length Constraints: Minimum length of 3. Maximum length of 255",
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
 * with labels of at most 63 ("Each label can be up to 63 bytes long", Route 53 DNS domain name
 * format, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html). The
 * library also asks for lowercase letters, digits and hyphens, at least two labels, no hyphen at
 * either end of a label and a last label that starts with a letter: the name consumers resolve.
 * These are the rules `LatticeSharedDatabase` applies to its own `customDomainName`.
 */

const DOMAIN_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Refuses a value that is no lowercase fully qualified domain name of 3-255 characters.
 * Tokens are accepted as they are.
 *
 * @param prop the prop the value was given for, as the message names it
 * @param value the value given
 * @param scope any construct of the stack, to show tokens in
 */
export function validateDomainName(prop: string, value: unknown, scope: IConstruct): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  const fail = (problem: string) => new Error(`${prop} must be a lowercase fully qualified domain name such as 'db.example.com' (${problem}), got ${show(value, scope)}`);
  if (typeof value !== 'string') {
    throw fail('a string');
  }
  if (value.length < 3 || value.length > 255) {
    throw fail(`3-255 characters, it has ${value.length}`);
  }
  const labels = value.split('.');
  const long = labels.find(label => label.length > 63);
  if (long !== undefined) {
    throw fail(`labels of at most 63 characters, ${show(long)} has ${long.length}`);
  }
  if (labels.length < 2 || !DOMAIN_NAME.test(value)) {
    throw fail('labels of lowercase letters, digits and hyphens separated by dots, no hyphen at either end of a label, a last label that starts with a letter');
  }
}

/** Whether `name` is a subdomain of `parent` (`orders.db.example.com` of `db.example.com`), not `parent` itself. */
export function isSubdomainOf(name: string, parent: string): boolean {
  return name.endsWith(`.${parent}`);
}
