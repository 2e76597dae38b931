import { validateAccountId, validateArn } from './private/validation';

/**
 * The kinds of principal an AWS RAM share can name.
 */
export enum SharePrincipalType {
  /** A single AWS account. */
  ACCOUNT = 'ACCOUNT',
  /** A whole AWS Organizations organization. */
  ORGANIZATION = 'ORGANIZATION',
  /** An organizational unit of an AWS Organizations organization. */
  ORGANIZATIONAL_UNIT = 'ORGANIZATIONAL_UNIT',
}

const ORGANIZATION_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/;
const OU_ARN = /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;

/**
 * Who a database is shared with: an account, an organization or an organizational unit.
 *
 * @example
 * SharePrincipal.account('222222222222');
 */
export class SharePrincipal {
  /**
   * A single AWS account, by its 12-digit id.
   */
  public static account(accountId: string): SharePrincipal {
    validateAccountId('SharePrincipal.account(accountId)', accountId);
    return new SharePrincipal(SharePrincipalType.ACCOUNT, accountId);
  }

  /**
   * A whole organization, by its ARN
   * (`arn:aws:organizations::111111111111:organization/o-exampleorgid`).
   */
  public static organization(organizationArn: string): SharePrincipal {
    validateArn('SharePrincipal.organization(organizationArn)', organizationArn, ORGANIZATION_ARN,
      'arn:aws:organizations::111111111111:organization/o-exampleorg1');
    return new SharePrincipal(SharePrincipalType.ORGANIZATION, organizationArn);
  }

  /**
   * An organizational unit, by its ARN
   * (`arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-examplerootid-exampleouid`).
   */
  public static organizationalUnit(organizationalUnitArn: string): SharePrincipal {
    validateArn('SharePrincipal.organizationalUnit(organizationalUnitArn)', organizationalUnitArn, OU_ARN,
      'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou');
    return new SharePrincipal(SharePrincipalType.ORGANIZATIONAL_UNIT, organizationalUnitArn);
  }

  /**
   * @param type what kind of principal this is
   * @param principal the account id or the organization or OU ARN, as AWS RAM takes it
   */
  private constructor(
    /** What kind of principal this is. */
    public readonly type: SharePrincipalType,
    /** The account id, or the organization or organizational unit ARN. */
    public readonly principal: string,
  ) {}
}
