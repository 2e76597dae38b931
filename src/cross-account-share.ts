import { Annotations, IResource, Lazy, Names, Resource, ResourceEnvironment, Stack } from 'aws-cdk-lib';
import * as ram from 'aws-cdk-lib/aws-ram';
import { Construct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import {
  managedPermissionArn,
  RESOURCE_CONFIGURATION_PERMISSION,
  resourceLocation,
  SERVICE_NETWORK_PERMISSION,
} from './private/ram';
import { addResourceLimitValidation } from './private/resource-limit';
import { isUnresolved, show, validateAccountId, validateArn } from './private/validation';
import { IServiceNetwork } from './service-network';

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

/**
 * An AWS RAM resource share, created here or imported.
 */
export interface ICrossAccountShare extends IResource {
  /**
   * The ARN of the resource share, such as
   * `arn:aws:ram:us-east-1:111111111111:resource-share/0123abcd-...`.
   * @attribute
   */
  readonly resourceShareArn: string;
}

/**
 * Properties of a `CrossAccountShare`.
 */
export interface CrossAccountShareProps {
  /**
   * Who the resources are shared with: accounts, organizational units or a whole
   * organization. Give at least one here or through `addPrincipal` before synthesis.
   * The same principal given twice is shared with once.
   */
  readonly principals: SharePrincipal[];

  /**
   * The VPC Lattice resource configurations to share. Consumers create a resource
   * endpoint for each one. They must belong to this stack's account and region:
   * AWS RAM cannot share again a resource that was shared with you.
   * @default - none; add them with `addResourceConfiguration`
   */
  readonly resourceConfigurations?: IResourceConfiguration[];

  /**
   * The VPC Lattice service networks to share. Consumers associate a VPC with the
   * network or create a service network endpoint. They must belong to this stack's
   * account and region.
   * @default - none; add them with `addServiceNetwork`
   */
  readonly serviceNetworks?: IServiceNetwork[];

  /**
   * Whether the share may name principals outside your AWS Organizations organization.
   *
   * Set it to `false` when every account you name is in your organization: accounts
   * are still allowed as principals, but AWS RAM then refuses any account outside
   * the organization (the deployment fails) instead of sending it an invitation.
   * `false` only has meaning when this account belongs to an organization.
   *
   * @default - `true` when any principal is an account (which may be outside your
   * organization), `false` when every principal is an organization or an
   * organizational unit
   */
  readonly allowExternalPrincipals?: boolean;

  /**
   * The name of the resource share.
   * @default - a unique name derived from the construct path
   */
  readonly resourceShareName?: string;
}

const SHARE_ARN = /^arn:aws[a-z-]*:ram:[a-z0-9-]+:\d{12}:resource-share\/[A-Za-z0-9-]+$/;

/**
 * An AWS RAM resource share (`AWS::RAM::ResourceShare`) of VPC Lattice resource
 * configurations and service networks with other accounts, organizational units
 * or an organization.
 *
 * It attaches the AWS managed permission of each resource type explicitly:
 * `AWSRAMPermissionVpcLatticeResourceConfiguration` for resource configurations and
 * `AWSRAMPermissionVpcLatticeServiceNetworkReadWrite` for service networks.
 * Principals and resources can be added after construction.
 *
 * @example
 * declare const configuration: IResourceConfiguration;
 * const share = new CrossAccountShare(this, 'Share', {
 *   principals: [SharePrincipal.account('222222222222')],
 *   resourceConfigurations: [configuration],
 * });
 * share.addPrincipal(SharePrincipal.organizationalUnit(
 *   'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou'));
 */
export class CrossAccountShare extends Resource implements ICrossAccountShare {
  /**
   * Imports an existing resource share by its ARN.
   */
  public static fromResourceShareArn(scope: Construct, id: string, resourceShareArn: string): ICrossAccountShare {
    validateArn('resourceShareArn', resourceShareArn, SHARE_ARN,
      'arn:aws:ram:us-east-1:111111111111:resource-share/0123abcd-4567-89ef-0123-456789abcdef');

    class Import extends Resource implements ICrossAccountShare {
      public readonly resourceShareArn = resourceShareArn;

      constructor() {
        super(scope, id, { environmentFromArn: resourceShareArn });
      }
    }
    return new Import();
  }

  /** The ARN of the resource share. */
  public readonly resourceShareArn: string;
  /** The name of the resource share. */
  public readonly resourceShareName: string;

  private readonly allowExternalPrincipals?: boolean;
  private readonly principals = new Map<string, SharePrincipal>();
  private readonly resourceConfigurations = new Map<string, IResourceConfiguration>();
  private readonly serviceNetworks = new Map<string, IServiceNetwork>();
  private invitationNoted = false;

  constructor(scope: Construct, id: string, props: CrossAccountShareProps) {
    const name = props.resourceShareName;
    if (name !== undefined && !isUnresolved(name) && name.trim().length === 0) {
      throw new Error(`resourceShareName must not be empty, got ${show(name)}`);
    }
    super(scope, id, { physicalName: name });
    addResourceLimitValidation(this);

    this.allowExternalPrincipals = props.allowExternalPrincipals;
    this.resourceShareName = name ?? Names.uniqueResourceName(this, { separator: '-' });

    const resource = new ram.CfnResourceShare(this, 'Resource', {
      name: this.resourceShareName,
      principals: Lazy.list({ produce: () => [...this.principals.keys()] }),
      resourceArns: Lazy.list({
        produce: () => [...this.resourceConfigurations.keys(), ...this.serviceNetworks.keys()],
      }),
      permissionArns: Lazy.list({ produce: () => this.permissionArns() }),
      allowExternalPrincipals: Lazy.any({ produce: () => this.renderAllowExternalPrincipals() }),
    });
    this.resourceShareArn = resource.attrArn;

    for (const principal of props.principals ?? []) {
      this.addPrincipal(principal);
    }
    for (const configuration of props.resourceConfigurations ?? []) {
      this.addResourceConfiguration(configuration);
    }
    for (const serviceNetwork of props.serviceNetworks ?? []) {
      this.addServiceNetwork(serviceNetwork);
    }

    this.node.addValidation({ validate: () => this.validateShare() });
  }

  /**
   * Shares the resources with one more account, organizational unit or organization.
   * A principal already in the share is ignored.
   */
  public addPrincipal(principal: SharePrincipal): void {
    if (this.principals.has(principal.principal)) {
      return;
    }
    const stackAccount = Stack.of(this).account;
    if (principal.type === SharePrincipalType.ACCOUNT && !isUnresolved(stackAccount)
      && principal.principal === stackAccount) {
      throw new Error(`principals must not include this stack's own account: a resource share names the accounts it shares with, got ${show(principal.principal)}`);
    }
    this.principals.set(principal.principal, principal);

    if (principal.type === SharePrincipalType.ACCOUNT && !this.invitationNoted) {
      this.invitationNoted = true;
      Annotations.of(this).addInfo(this.allowExternalPrincipals === false
        ? 'allowExternalPrincipals is false: every account in principals must belong to your AWS Organizations organization, otherwise AWS RAM refuses it and the deployment fails.'
        : 'An account in principals that is outside your AWS Organizations organization (or when RAM sharing with Organizations is not enabled) receives an AWS RAM invitation: someone in that account must accept it before the shared resources appear there.');
    }
  }

  /**
   * Shares one more VPC Lattice resource configuration. A configuration already in
   * the share is ignored.
   */
  public addResourceConfiguration(configuration: IResourceConfiguration): void {
    const arn = configuration.resourceConfigurationArn;
    this.validateOwned('resourceConfigurations', arn, configuration.env);
    this.resourceConfigurations.set(arn, configuration);
  }

  /**
   * Shares one more VPC Lattice service network. A service network already in the
   * share is ignored.
   */
  public addServiceNetwork(serviceNetwork: IServiceNetwork): void {
    const arn = serviceNetwork.serviceNetworkArn;
    this.validateOwned('serviceNetworks', arn, serviceNetwork.env);
    this.serviceNetworks.set(arn, serviceNetwork);
  }

  /** The managed permission of each resource type in the share. */
  private permissionArns(): string[] {
    const arns: string[] = [];
    if (this.resourceConfigurations.size > 0) {
      arns.push(managedPermissionArn(this, RESOURCE_CONFIGURATION_PERMISSION));
    }
    if (this.serviceNetworks.size > 0) {
      arns.push(managedPermissionArn(this, SERVICE_NETWORK_PERMISSION));
    }
    return arns;
  }

  /** What the user asked for, or true exactly when an account is named. */
  private renderAllowExternalPrincipals(): boolean {
    if (this.allowExternalPrincipals !== undefined) {
      return this.allowExternalPrincipals;
    }
    return [...this.principals.values()].some(p => p.type === SharePrincipalType.ACCOUNT);
  }

  /** AWS RAM shares only what this account owns, in this region. */
  private validateOwned(prop: string, arn: string, env: ResourceEnvironment | undefined): void {
    const stack = Stack.of(this);
    const where = resourceLocation(arn, env);
    if (where.account !== undefined && !isUnresolved(stack.account) && where.account !== stack.account) {
      throw new Error(`${prop} must be owned by this stack's account ${show(stack.account)} (AWS RAM cannot share a resource that was shared with you), got ${show(arn)} owned by ${show(where.account)}`);
    }
    if (where.region !== undefined && !isUnresolved(stack.region) && where.region !== stack.region) {
      throw new Error(`${prop} must be in this stack's region ${show(stack.region)} (AWS RAM shares are regional), got ${show(arn)} in ${show(where.region)}`);
    }
  }

  /** Problems that later calls to the add methods could still fix. */
  private validateShare(): string[] {
    const errors: string[] = [];
    if (this.principals.size === 0) {
      errors.push('principals must name at least one account, organizational unit or organization, got none');
    }
    if (this.resourceConfigurations.size === 0 && this.serviceNetworks.size === 0) {
      errors.push('resourceConfigurations and serviceNetworks are both empty: the share must hold at least one resource configuration or service network');
    }
    return errors;
  }
}
