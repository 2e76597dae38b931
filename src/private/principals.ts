import { Arn, ArnFormat, Fn, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { IConstruct } from 'constructs';
import { ORGANIZATION_ARN, ORGANIZATIONAL_UNIT_ARN } from './arns';
import { isUnresolved, show, validateAccountId, validateArn, validateEnum } from './validation';
import { SharePrincipal, SharePrincipalType } from '../cross-account-share';

/** How the messages name what a principal must be. */
const A_SHARE_PRINCIPAL = "a SharePrincipal (SharePrincipal.account('222222222222'), "
  + 'SharePrincipal.organization(organizationArn) or SharePrincipal.organizationalUnit(organizationalUnitArn))';

/**
 * Checks a list of principals given as `SharePrincipal[]` (a share's `principals`, the
 * `consumers` of an access), whatever made them: `SharePrincipal`'s factories, an object
 * literal `{ type, principal }` that type-checks in TypeScript, or JavaScript / JSON
 * input. Refuses a value that is no list (or a deploy-time list, which cannot say what
 * kind each principal is), an empty entry (naming its index, `principals[1]`), and every
 * entry `validateSharePrincipal` refuses. An empty list passes: whether one is needed is
 * the caller's rule.
 *
 * @param prop the prop the list was given for, such as `principals` or `consumers`
 * @param principals the list as given
 * @param scope a construct of the stack the principals are used in: tokens in a message
 * show as the CloudFormation expression they stand for, and organization and OU ARNs are
 * checked against the stack's partition
 */
export function validateSharePrincipals(prop: string, principals: unknown, scope?: IConstruct): void {
  if (!Array.isArray(principals) || isUnresolved(principals)) {
    throw new Error(`${prop} must be a list of SharePrincipal such as [SharePrincipal.account('222222222222')], got ${show(principals, scope)}`);
  }
  principals.forEach((principal, index) => validateSharePrincipal(`${prop}[${index}]`, principal, scope));
}

/**
 * Checks one principal given as a `SharePrincipal`, without trusting that it came from
 * `SharePrincipal`'s factories (no `instanceof`): it must be an object whose `type` is a
 * `SharePrincipalType`, and whose `principal` passes the check of that type again:
 * - `ACCOUNT`: a 12-digit account id ("The regex pattern for an account ID string requires
 *   exactly 12 digits", AWS Organizations API Reference, DescribeAccount,
 *   https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html);
 * - `ORGANIZATION` / `ORGANIZATIONAL_UNIT`: an organization / OU ARN part by part (the
 *   formats and their sources are in `arns.ts`; AWS RAM takes these principals as ARNs, AWS
 *   RAM API Reference, CreateResourceShare, principals,
 *   https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html), and,
 *   when both are literals, in the partition of the stack of `scope`: "Partitions have
 *   independent instances of AWS Identity and Access Management (IAM) and provide a hard
 *   boundary between Regions in different partitions" (AWS Fault Isolation Boundaries,
 *   Partitions, https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html).
 *
 * Each message names the part the user set: `principals[0]`, `principals[0].type`,
 * `principals[0].principal`. A principal that is wholly a token is accepted as it is.
 *
 * @param prop the prop the principal was given for, such as `principals[0]` or `addPrincipal(principal)`
 * @param principal the principal as given
 * @param scope a construct of the stack the principal is used in (see `validateSharePrincipals`)
 */
export function validateSharePrincipal(prop: string, principal: unknown, scope?: IConstruct): void {
  if (principal === undefined || principal === null || typeof principal !== 'object'
    || Array.isArray(principal) || isUnresolved(principal)) {
    throw new Error(`${prop} must be ${A_SHARE_PRINCIPAL}, got ${show(principal, scope)}`);
  }
  const { type, principal: value } = principal as { type?: unknown; principal?: unknown };
  if (type === undefined) {
    throw new Error(`${prop}.type must be one of ${typesListed()}; got undefined (make principals with SharePrincipal.account, .organization or .organizationalUnit)`);
  }
  validateEnum(`${prop}.type`, type, SharePrincipalType, 'SharePrincipalType');
  switch (type) {
    case SharePrincipalType.ACCOUNT:
      validateAccountId(`${prop}.principal`, value as string);
      return;
    case SharePrincipalType.ORGANIZATION:
      validateArn(`${prop}.principal`, value as string, ORGANIZATION_ARN, scope);
      validatePartition(`${prop}.principal`, value as string, scope);
      return;
    case SharePrincipalType.ORGANIZATIONAL_UNIT:
      validateArn(`${prop}.principal`, value as string, ORGANIZATIONAL_UNIT_ARN, scope);
      validatePartition(`${prop}.principal`, value as string, scope);
      return;
  }
}

/** `SharePrincipalType.ACCOUNT ('ACCOUNT'), ...`, as `validateEnum` lists them. */
function typesListed(): string {
  return Object.entries(SharePrincipalType).map(([name, member]) => `SharePrincipalType.${name} (${show(member)})`).join(', ');
}

/**
 * The partition of the stack of `scope`, read from its region when that is a literal that
 * aws-cdk-lib knows; `undefined` otherwise.
 */
export function stackPartition(scope: IConstruct | undefined): string | undefined {
  let region: string;
  try {
    region = Stack.of(scope!).region;
  } catch {
    // no scope, or a scope outside any stack: aws-cdk-lib says so where it matters
    return undefined;
  }
  if (Token.isUnresolved(region)) {
    return undefined;
  }
  return RegionInfo.get(region).partition;
}

/**
 * An organization or OU ARN must be in the stack's partition, when both are literals:
 * partitions are a hard boundary (AWS Fault Isolation Boundaries, Partitions,
 * https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html).
 */
function validatePartition(prop: string, arn: string, scope: IConstruct | undefined): void {
  const expected = stackPartition(scope);
  if (expected === undefined || typeof arn !== 'string') {
    return;
  }
  const partition = arn.split(':')[1];
  if (partition === undefined || Token.isUnresolved(partition) || partition === expected) {
    return;
  }
  throw new Error(`${prop} must be in the partition of this stack (${show(expected)}, region ${show(Stack.of(scope!).region)}): `
    + `partitions are separate, an organization or OU in ${show(partition)} cannot be given access to this stack's resources; got ${show(arn, scope)}`);
}

/**
 * The IAM principal that stands for a `SharePrincipal` in a trust or resource policy:
 * - an account: the account root (`arn:<partition>:iam::<id>:root`), i.e. any principal
 *   of that account its own IAM policies allow;
 * - an organization: any principal (`*`) with `aws:PrincipalOrgID` = the organization id;
 * - an organizational unit: any principal with `aws:PrincipalOrgPaths` matching
 *   `<org id>/<any path>/<ou id>/<anything below>` (the OU and its child OUs).
 *
 * The principal is checked first (`validateSharePrincipal`), so that one that did not come
 * from `SharePrincipal`'s factories gives a message that names it, never a TypeError.
 */
export function iamPrincipalFor(consumer: SharePrincipal): iam.IPrincipal {
  validateSharePrincipal('consumer', consumer);
  switch (consumer.type) {
    case SharePrincipalType.ACCOUNT:
      return new iam.AccountPrincipal(consumer.principal);
    case SharePrincipalType.ORGANIZATION:
      return new iam.OrganizationPrincipal(organizationIdOf(consumer.principal));
    case SharePrincipalType.ORGANIZATIONAL_UNIT:
      return new iam.AnyPrincipal().withConditions({
        'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': [organizationalUnitPathOf(consumer.principal)] },
      });
    default:
      // validateSharePrincipal lets no other type through; kept for a type added later
      throw new Error(`consumer.type must be one of ${typesListed()}; got ${show((consumer as { type?: unknown }).type)}`);
  }
}

/** `o-xxxx` from `arn:aws:organizations::111111111111:organization/o-xxxx`. */
export function organizationIdOf(organizationArn: string): string {
  const parts = organizationArn.split('/');
  if (parts.length === 2) {
    // a literal, or a literal resource part with tokens elsewhere
    return parts[1];
  }
  return Arn.split(organizationArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
}

/**
 * `o-xxxx/*\/ou-yyyy-zzzz/*` from `arn:aws:organizations::111111111111:ou/o-xxxx/ou-yyyy-zzzz`:
 * the `aws:PrincipalOrgPaths` pattern for principals in that OU or any OU below it,
 * wherever the OU sits under the root. An ARN only known at deploy time gives the same
 * pattern, built by CloudFormation (`Fn::Split` on `/`).
 */
export function organizationalUnitPathOf(organizationalUnitArn: string): string {
  const parts = organizationalUnitArn.split('/');
  if (parts.length === 3) {
    // a literal, or a literal resource part with tokens elsewhere
    return `${parts[1]}/*/${parts[2]}/*`;
  }
  const split = Fn.split('/', organizationalUnitArn);
  return Fn.join('', [Fn.select(1, split), '/*/', Fn.select(2, split), '/*']);
}
