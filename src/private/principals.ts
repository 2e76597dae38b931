import { Arn, ArnFormat, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SharePrincipal, SharePrincipalType } from '../cross-account-share';
import { show } from './validation';

/**
 * The IAM principal that stands for a `SharePrincipal` in a trust or resource policy:
 * - an account: the account root (`arn:<partition>:iam::<id>:root`), i.e. any principal
 *   of that account its own IAM policies allow;
 * - an organization: any principal (`*`) with `aws:PrincipalOrgID` = the organization id;
 * - an organizational unit: any principal with `aws:PrincipalOrgPaths` matching
 *   `<org id>/<any path>/<ou id>/<anything below>` (the OU and its child OUs).
 */
export function iamPrincipalFor(consumer: SharePrincipal): iam.IPrincipal {
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
      throw new Error(`Unsupported consumer type ${show(consumer.type)}`);
  }
}

/** `o-xxxx` from `arn:aws:organizations::111111111111:organization/o-xxxx`. */
export function organizationIdOf(organizationArn: string): string {
  if (Token.isUnresolved(organizationArn)) {
    return Arn.split(organizationArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
  }
  return organizationArn.split('/')[1];
}

/**
 * `o-xxxx/*\/ou-yyyy-zzzz/*` from `arn:aws:organizations::111111111111:ou/o-xxxx/ou-yyyy-zzzz`:
 * the `aws:PrincipalOrgPaths` pattern for principals in that OU or any OU below it,
 * wherever the OU sits under the root.
 */
export function organizationalUnitPathOf(organizationalUnitArn: string): string {
  if (Token.isUnresolved(organizationalUnitArn)) {
    throw new Error(`SharePrincipal.organizationalUnit needs a literal ARN to derive aws:PrincipalOrgPaths, got ${show(organizationalUnitArn)}`);
  }
  const [, orgId, ouId] = organizationalUnitArn.split('/');
  return `${orgId}/*/${ouId}/*`;
}
