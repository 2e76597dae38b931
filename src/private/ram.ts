import { ArnFormat, Stack, Token } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

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
