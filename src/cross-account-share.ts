import { Annotations, IResource, Lazy, Names, Resource, Stack } from 'aws-cdk-lib';
import * as ram from 'aws-cdk-lib/aws-ram';
import { Construct, IConstruct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import { ORGANIZATIONAL_UNIT_ARN, ORGANIZATION_ARN, RESOURCE_SHARE_ARN } from './private/arns';
import { validateSharePrincipal, validateSharePrincipals } from './private/principals';
import {
  managedPermissionArn,
  ownedResourceRules,
  RESOURCE_CONFIGURATION_PERMISSION,
  SERVICE_NETWORK_PERMISSION,
  SHAREABLE_CONFIGURATION,
  SHAREABLE_SERVICE_NETWORK,
  shareNameRules,
  validateShareable,
  validateShareableList,
} from './private/ram';
import { failures, throwIfAny, ValidationRule } from './private/rules';
import {
  isUnresolved, show, validateAccountId, validateArn, validateBoolean, validatePropsObject,
} from './private/validation';
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
 * The same values name who a `CrossAccountShare` shares with (its `principals`) and who a
 * `DatabaseConsumerAccess` (or `SecureDatabaseAccess`) lets authenticate (its
 * `consumers`): give both the same list.
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
   *
   * These are the same `SharePrincipal` values that `DatabaseConsumerAccessProps.consumers`
   * takes: the principals a share shares with are the consumers an access lets in.
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
    // type guards, before anything is created: the rules below read what they check
    validatePropsObject('CrossAccountShare', 'principals', props, scope);
    // principals: account ids, organization ARNs, OU ARNs (AWS RAM API Reference, CreateResourceShare,
    // https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html); see validateSharePrincipal
    validateSharePrincipals('principals', props.principals, scope);
    validateShareableList('resourceConfigurations', props.resourceConfigurations, SHAREABLE_CONFIGURATION, scope);
    validateShareableList('serviceNetworks', props.serviceNetworks, SHAREABLE_SERVICE_NETWORK, scope);
    // AllowExternalPrincipals, "Type: Boolean"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ram-resourceshare.html)
    validateBoolean('allowExternalPrincipals', props.allowExternalPrincipals);
    // the value rules, every broken one reported at once
    throwIfAny('CrossAccountShare', [
      ...props.principals.map((principal, index) => notOwnAccountRule(scope, `principals[${index}]`, principal)),
      ...(props.resourceConfigurations ?? []).flatMap((configuration, index) =>
        ownedResourceRules(scope, `resourceConfigurations[${index}]`, configuration.resourceConfigurationArn, configuration.env)),
      ...(props.serviceNetworks ?? []).flatMap((serviceNetwork, index) =>
        ownedResourceRules(scope, `serviceNetworks[${index}]`, serviceNetwork.serviceNetworkArn, serviceNetwork.env)),
      ...shareNameRules('resourceShareName', props.resourceShareName, scope),
    ]);

    const name = props.resourceShareName;
    super(scope, id, { physicalName: name });

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

    props.principals.forEach(principal => this.putPrincipal(principal));
    (props.resourceConfigurations ?? []).forEach(configuration =>
      this.resourceConfigurations.set(configuration.resourceConfigurationArn, configuration));
    (props.serviceNetworks ?? []).forEach(serviceNetwork =>
      this.serviceNetworks.set(serviceNetwork.serviceNetworkArn, serviceNetwork));

    this.node.addValidation({ validate: () => this.validateShare() });
  }

  /**
   * Shares the resources with one more account, organizational unit or organization.
   * A principal already in the share is ignored.
   */
  public addPrincipal(principal: SharePrincipal): void {
    const prop = 'addPrincipal(principal)';
    validateSharePrincipal(prop, principal, this);
    throwIfAny('CrossAccountShare', [notOwnAccountRule(this, prop, principal)]);
    this.putPrincipal(principal);
  }

  /**
   * Shares one more VPC Lattice resource configuration. A configuration already in
   * the share is ignored.
   */
  public addResourceConfiguration(configuration: IResourceConfiguration): void {
    const prop = 'addResourceConfiguration(configuration)';
    validateShareable(prop, configuration, SHAREABLE_CONFIGURATION, this);
    const arn = configuration.resourceConfigurationArn;
    throwIfAny('CrossAccountShare', ownedResourceRules(this, prop, arn, configuration.env));
    this.resourceConfigurations.set(arn, configuration);
  }

  /**
   * Shares one more VPC Lattice service network. A service network already in the
   * share is ignored.
   */
  public addServiceNetwork(serviceNetwork: IServiceNetwork): void {
    const prop = 'addServiceNetwork(serviceNetwork)';
    validateShareable(prop, serviceNetwork, SHAREABLE_SERVICE_NETWORK, this);
    const arn = serviceNetwork.serviceNetworkArn;
    throwIfAny('CrossAccountShare', ownedResourceRules(this, prop, arn, serviceNetwork.env));
    this.serviceNetworks.set(arn, serviceNetwork);
  }

  /** Adds a principal already checked (`validateSharePrincipal`, `notOwnAccountRule`). */
  private putPrincipal(principal: SharePrincipal): void {
    if (this.principals.has(principal.principal)) {
      return;
    }
    this.principals.set(principal.principal, principal);

    if (principal.type === SharePrincipalType.ACCOUNT && !this.invitationNoted) {
      this.invitationNoted = true;
      Annotations.of(this).addInfo(this.allowExternalPrincipals === false
        ? 'allowExternalPrincipals is false: every account in principals must belong to your AWS Organizations organization, otherwise AWS RAM refuses it and the deployment fails.'
        : 'An account in principals that is outside your AWS Organizations organization (or when RAM sharing with Organizations is not enabled) receives an AWS RAM invitation: someone in that account must accept it before the shared resources appear there.');
    }
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

  /** Problems that later calls to the add methods could still fix. */
  private validateShare(): string[] {
    return failures('CrossAccountShare', [
      {
        condition: () => this.principals.size === 0,
        message: () => 'principals must name at least one account, organizational unit or organization, got none',
      },
      {
        condition: () => this.resourceConfigurations.size === 0 && this.serviceNetworks.size === 0,
        message: () => 'resourceConfigurations and serviceNetworks are both empty: the share must hold at least one resource configuration or service network',
      },
    ]);
  }
}

/**
 * The library's own rule (no AWS page states it): a share names the accounts it shares
 * with, and the owner already has the resources. Holds when the stack's account is only
 * known at deploy time.
 *
 * @param scope a construct of the stack that shares
 * @param prop the prop the principal was given for, such as `principals[0]`
 * @param principal a principal already checked by `validateSharePrincipal`
 */
function notOwnAccountRule(scope: IConstruct, prop: string, principal: SharePrincipal): ValidationRule {
  const stackAccount = Stack.of(scope).account;
  return {
    condition: () => principal.type === SharePrincipalType.ACCOUNT && !isUnresolved(stackAccount)
      && principal.principal === stackAccount,
    message: () => `${prop}.principal must not be this stack's own account: the principals of a resource share are the accounts it shares with, got ${show(principal.principal)}`,
  };
}
