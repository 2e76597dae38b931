import { Annotations, IResource, Lazy, Names, Resource, ResourceEnvironment, Stack } from 'aws-cdk-lib';
import * as ram from 'aws-cdk-lib/aws-ram';
import { Construct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import { ORGANIZATIONAL_UNIT_ARN, ORGANIZATION_ARN, RESOURCE_SHARE_ARN } from './private/arns';
import { validateSharePrincipal, validateSharePrincipals } from './private/principals';
import {
  managedPermissionArn,
  RESOURCE_CONFIGURATION_PERMISSION,
  resourceLocation,
  SERVICE_NETWORK_PERMISSION,
  SHAREABLE_CONFIGURATION,
  SHAREABLE_SERVICE_NETWORK,
  validateShareable,
  validateShareableList,
  validateShareName,
} from './private/ram';
import { addResourceLimitValidation } from './private/resource-limit';
import { isUnresolved, show, validateAccountId, validateArn, validateBoolean } from './private/validation';
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
    // "The regex pattern for an account ID string requires exactly 12 digits"
    // (https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html)
    validateAccountId('SharePrincipal.account(accountId)', accountId);
    return new SharePrincipal(SharePrincipalType.ACCOUNT, accountId);
  }

  /**
   * A whole organization, by its ARN
   * (`arn:aws:organizations::111111111111:organization/o-exampleorgid`).
   */
  public static organization(organizationArn: string): SharePrincipal {
    // arn:${Partition}:organizations::${Account}:organization/o-..., no region
    // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html).
    // An ARN with a token inside is checked again where it is used (a share, an access),
    // whose stack shows the token as the expression it stands for.
    if (!isUnresolved(organizationArn)) {
      validateArn('SharePrincipal.organization(organizationArn)', organizationArn, ORGANIZATION_ARN);
    }
    return new SharePrincipal(SharePrincipalType.ORGANIZATION, organizationArn);
  }

  /**
   * An organizational unit, by its ARN
   * (`arn:aws:organizations::111111111111:ou/o-exampleorgid/ou-examplerootid-exampleouid`).
   */
  public static organizationalUnit(organizationalUnitArn: string): SharePrincipal {
    // arn:${Partition}:organizations::${Account}:ou/o-.../ou-...-..., no region
    // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html);
    // with a token inside, checked again where it is used, as for `organization`.
    if (!isUnresolved(organizationalUnitArn)) {
      validateArn('SharePrincipal.organizationalUnit(organizationalUnitArn)', organizationalUnitArn, ORGANIZATIONAL_UNIT_ARN);
    }
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
    validateArn('resourceShareArn', resourceShareArn, RESOURCE_SHARE_ARN, scope);

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
    if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
      throw new Error(`CrossAccountShare props must be an object with principals, got ${show(props, scope)}`);
    }
    // everything the props can be checked for on their own, before anything is created
    // principals: account ids, organization ARNs, OU ARNs (AWS RAM API Reference, CreateResourceShare,
    // https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html); see validateSharePrincipal
    validateSharePrincipals('principals', props.principals, scope);
    validateShareableList('resourceConfigurations', props.resourceConfigurations, SHAREABLE_CONFIGURATION, scope);
    validateShareableList('serviceNetworks', props.serviceNetworks, SHAREABLE_SERVICE_NETWORK, scope);
    // AllowExternalPrincipals, "Type: Boolean"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ram-resourceshare.html)
    validateBoolean('allowExternalPrincipals', props.allowExternalPrincipals);
    validateShareName('resourceShareName', props.resourceShareName, scope);

    const name = props.resourceShareName;
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

    props.principals.forEach((principal, index) => this.putPrincipal(`principals[${index}]`, principal));
    (props.resourceConfigurations ?? []).forEach((configuration, index) =>
      this.putResourceConfiguration(`resourceConfigurations[${index}]`, configuration));
    (props.serviceNetworks ?? []).forEach((serviceNetwork, index) =>
      this.putServiceNetwork(`serviceNetworks[${index}]`, serviceNetwork));

    this.node.addValidation({ validate: () => this.validateShare() });
  }

  /**
   * Shares the resources with one more account, organizational unit or organization.
   * A principal already in the share is ignored.
   */
  public addPrincipal(principal: SharePrincipal): void {
    validateSharePrincipal('addPrincipal(principal)', principal, this);
    this.putPrincipal('addPrincipal(principal)', principal);
  }

  /**
   * Shares one more VPC Lattice resource configuration. A configuration already in
   * the share is ignored.
   */
  public addResourceConfiguration(configuration: IResourceConfiguration): void {
    validateShareable('addResourceConfiguration(configuration)', configuration, SHAREABLE_CONFIGURATION, this);
    this.putResourceConfiguration('addResourceConfiguration(configuration)', configuration);
  }

  /**
   * Shares one more VPC Lattice service network. A service network already in the
   * share is ignored.
   */
  public addServiceNetwork(serviceNetwork: IServiceNetwork): void {
    validateShareable('addServiceNetwork(serviceNetwork)', serviceNetwork, SHAREABLE_SERVICE_NETWORK, this);
    this.putServiceNetwork('addServiceNetwork(serviceNetwork)', serviceNetwork);
  }

  /** Adds a principal already checked by `validateSharePrincipal`; `prop` names it in messages. */
  private putPrincipal(prop: string, principal: SharePrincipal): void {
    if (this.principals.has(principal.principal)) {
      return;
    }
    // the library's own rule (no AWS page states it): a share names the accounts it
    // shares with, and the owner already has the resources
    const stackAccount = Stack.of(this).account;
    if (principal.type === SharePrincipalType.ACCOUNT && !isUnresolved(stackAccount)
      && principal.principal === stackAccount) {
      throw new Error(`${prop}.principal must not be this stack's own account: the principals of a resource share are the accounts it shares with, got ${show(principal.principal)}`);
    }
    this.principals.set(principal.principal, principal);

    if (principal.type === SharePrincipalType.ACCOUNT && !this.invitationNoted) {
      this.invitationNoted = true;
      Annotations.of(this).addInfo(this.allowExternalPrincipals === false
        ? 'allowExternalPrincipals is false: every account in principals must belong to your AWS Organizations organization, otherwise AWS RAM refuses it and the deployment fails.'
        : 'An account in principals that is outside your AWS Organizations organization (or when RAM sharing with Organizations is not enabled) receives an AWS RAM invitation: someone in that account must accept it before the shared resources appear there.');
    }
  }

  /** Adds a configuration already checked by `validateShareable`. */
  private putResourceConfiguration(prop: string, configuration: IResourceConfiguration): void {
    const arn = configuration.resourceConfigurationArn;
    this.validateOwned(prop, arn, configuration.env);
    this.resourceConfigurations.set(arn, configuration);
  }

  /** Adds a service network already checked by `validateShareable`. */
  private putServiceNetwork(prop: string, serviceNetwork: IServiceNetwork): void {
    const arn = serviceNetwork.serviceNetworkArn;
    this.validateOwned(prop, arn, serviceNetwork.env);
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
      throw new Error(`${prop} must be owned by this stack's account ${show(stack.account)} (AWS RAM cannot share a resource that was shared with you), got ${show(arn, this)} owned by ${show(where.account)}`);
    }
    if (where.region !== undefined && !isUnresolved(stack.region) && where.region !== stack.region) {
      // "AWS RAM resource shares exist in specific AWS Regions"
      // (https://docs.aws.amazon.com/ram/latest/userguide/working-with-shared-view-principals.html)
      throw new Error(`${prop} must be in this stack's region ${show(stack.region)} (AWS RAM shares are regional), got ${show(arn, this)} in ${show(where.region)}`);
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
