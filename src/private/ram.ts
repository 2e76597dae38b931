import { ArnFormat, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { RESOURCE_CONFIGURATION_ARN, SERVICE_NETWORK_ARN } from './arns';
import { ValidationRule } from './rules';
import { ArnRules, isUnresolved, show, validateArn } from './validation';

/**
 * The AWS RAM managed permission for VPC Lattice resource configurations
 * (resource type `vpc-lattice:ResourceConfiguration`).
 */
export const RESOURCE_CONFIGURATION_PERMISSION = 'AWSRAMPermissionVpcLatticeResourceConfiguration';

/**
 * The AWS RAM managed permission for VPC Lattice service networks: lets the
 * consumer associate VPCs and endpoints with the shared network.
 */
export const SERVICE_NETWORK_PERMISSION = 'AWSRAMPermissionVpcLatticeServiceNetworkReadWrite';

/**
 * The ARN of an AWS RAM managed permission, in the partition of the stack that
 * holds `scope` (`arn:${Partition}:ram::aws:permission/NAME`).
 */
export function managedPermissionArn(scope: IConstruct, permissionName: string): string {
  return Stack.of(scope).formatArn({
    service: 'ram',
    region: '',
    account: 'aws',
    resource: 'permission',
    resourceName: permissionName,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
}

/** Where a resource lives, as far as it is known at synth time. */
export interface ResourceLocation {
  /** the account that owns the resource, when known at synth time */
  readonly account?: string;
  /** the region of the resource, when known at synth time */
  readonly region?: string;
}

/**
 * The account and region of a resource, read from its ARN when the ARN is a
 * literal, otherwise from its environment when that is a literal. Either part is
 * `undefined` when only known at deploy time.
 */
export function resourceLocation(arn: string, env?: { account?: string; region?: string }): ResourceLocation {
  const literal = (value: string | undefined) =>
    value !== undefined && value !== '' && !Token.isUnresolved(value) ? value : undefined;
  let fromArn: ResourceLocation = {};
  if (!Token.isUnresolved(arn)) {
    const parts = arn.split(':');
    if (parts.length >= 6 && parts[0] === 'arn') {
      fromArn = { region: literal(parts[3]), account: literal(parts[4]) };
    }
  }
  return {
    account: fromArn.account ?? literal(env?.account),
    region: fromArn.region ?? literal(env?.region),
  };
}

/** What a share takes as a resource, as `validateResource` checks it. */
export interface ShareableKind {
  /** what the value must be, as the message names it */
  readonly what: string;
  /** the attribute that holds the resource's ARN */
  readonly arnAttribute: string;
  /** the format of that ARN */
  readonly rules: ArnRules;
}

/** A VPC Lattice resource configuration, as `CrossAccountShare` takes it. */
export const SHAREABLE_CONFIGURATION: ShareableKind = {
  what: 'an IResourceConfiguration (a LatticeSharedDatabase, or LatticeSharedDatabase.fromResourceConfigurationArn(scope, id, arn))',
  arnAttribute: 'resourceConfigurationArn',
  rules: RESOURCE_CONFIGURATION_ARN,
};

/** A VPC Lattice service network, as `CrossAccountShare` takes it. */
export const SHAREABLE_SERVICE_NETWORK: ShareableKind = {
  what: 'an IServiceNetwork (a ServiceNetwork, or ServiceNetwork.fromServiceNetworkArn(scope, id, arn))',
  arnAttribute: 'serviceNetworkArn',
  rules: SERVICE_NETWORK_ARN,
};

/**
 * Checks an optional list of resources to share: a list (not a deploy-time list, which
 * cannot hold constructs), with no empty entry, each passing `validateResource`.
 *
 * @param prop the prop the list was given for, such as `resourceConfigurations`
 * @param value the list as given
 * @param kind what each entry must be
 * @param scope a construct of the stack, to show tokens in
 */
export function validateShareableList(prop: string, value: unknown, kind: ShareableKind, scope?: IConstruct): void {
  if (value === undefined) {
    return;
  }
  if (!Array.isArray(value) || isUnresolved(value)) {
    throw new Error(`${prop} must be a list, each entry ${kind.what}; got ${show(value, scope)}`);
  }
  value.forEach((entry, index) => validateShareable(`${prop}[${index}]`, entry, kind, scope));
}

/**
 * Checks one resource to share: an object (a construct or an import) whose ARN attribute
 * is a VPC Lattice ARN of the right resource type (Service Authorization Reference, Amazon
 * VPC Lattice, resource types,
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html).
 * An ARN that is a token (a created resource's `Fn::GetAtt`) is accepted as it is.
 */
export function validateShareable(prop: string, value: unknown, kind: ShareableKind, scope?: IConstruct): void {
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value) || isUnresolved(value)) {
    throw new Error(`${prop} must be ${kind.what}, got ${show(value, scope)}`);
  }
  const arn = (value as Record<string, unknown>)[kind.arnAttribute];
  validateArn(`${prop}.${kind.arnAttribute}`, arn as string, kind.rules, scope);
}

/**
 * The rules of `resourceShareName`. The AWS RAM API documents the name as "Type: String,
 * Required: Yes" and no length or characters (CreateResourceShare, name,
 * https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html; the
 * CloudFormation reference likewise, Name, Required: Yes, Type: String,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ram-resourceshare.html),
 * so only these are refused: a value that is no string, and a name that is empty. A name
 * of spaces only is refused too, as a mistake of the library's own reckoning (it shows
 * as no name). Tokens are accepted as they are.
 */
export function shareNameRules(prop: string, value: unknown, scope?: IConstruct): ValidationRule[] {
  const given = value !== undefined && !isUnresolved(value);
  return [
    {
      condition: () => given && typeof value !== 'string',
      message: () => `${prop} must be a string, got ${show(value, scope)}`,
    },
    {
      condition: () => given && typeof value === 'string' && value.trim().length === 0,
      message: () => `${prop} must not be empty (AWS RAM requires a name), got ${show(value)}`,
    },
  ];
}

/**
 * The rules of a resource to share, by its ARN and environment: AWS RAM shares only what
 * the stack's account owns (not a resource that was shared with it), in the stack's
 * region. A part only known at deploy time, of the resource or of the stack, is accepted.
 *
 * @param scope a construct of the stack that shares the resource
 * @param prop the prop the resource was given for, such as `resourceConfigurations[0]`
 * @param arn the resource's ARN
 * @param env the resource's environment, read when the ARN does not tell
 */
export function ownedResourceRules(scope: IConstruct, prop: string, arn: string, env?: { account?: string; region?: string }): ValidationRule[] {
  const stack = Stack.of(scope);
  const where = resourceLocation(arn, env);
  return [
    {
      // "You can share resources that you own by creating a resource share" (AWS RAM User Guide,
      // What is AWS RAM?, https://docs.aws.amazon.com/ram/latest/userguide/what-is.html; "you can
      // share resources that you own with other individual AWS accounts", Getting started,
      // https://docs.aws.amazon.com/ram/latest/userguide/getting-started.html)
      condition: () => where.account !== undefined && !isUnresolved(stack.account) && where.account !== stack.account,
      message: () => `${prop} must be owned by this stack's account ${show(stack.account)} (AWS RAM cannot share a resource that was shared with you), got ${show(arn, scope)} owned by ${show(where.account)}`,
    },
    {
      // "AWS RAM resource shares exist in specific AWS Regions"
      // (https://docs.aws.amazon.com/ram/latest/userguide/working-with-shared-view-principals.html)
      condition: () => where.region !== undefined && !isUnresolved(stack.region) && where.region !== stack.region,
      message: () => `${prop} must be in this stack's region ${show(stack.region)} (AWS RAM shares are regional), got ${show(arn, scope)} in ${show(where.region)}`,
    },
  ];
}
