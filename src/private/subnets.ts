import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { show } from './validation';

/**
 * The subnets the library places a gateway, a database or an endpoint in when the user
 * picks none: the VPC's isolated subnets if it has any, otherwise its private subnets.
 * Throws naming `vpcSubnets` (and what needs placing) when the VPC has neither.
 *
 * @param what what the subnets are for, as the error message names it
 */
export function defaultPrivateSubnets(vpc: ec2.IVpc, what: string): ec2.SubnetSelection {
  if (vpc.isolatedSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  }
  if (vpc.privateSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
  }
  throw new Error(`vpc ${show(vpc.node.path)} has no isolated or private subnets: pass vpcSubnets to place ${what}`);
}

/** Subnets chosen by `selectPrivateSubnets`. */
export interface PrivateSubnets {
  /** the ids of the selected subnets */
  readonly subnetIds: string[];
  /** the distinct Availability Zones of the subnets (tokens where the VPC is imported without them) */
  readonly availabilityZones: string[];
  /**
   * the distinct Availability Zones, when every subnet's zone is known at synth time;
   * undefined when any is a token or missing
   */
  readonly knownAvailabilityZones?: string[];
}

/**
 * Selects `selection` (default: `defaultPrivateSubnets`) in `vpc`, refusing a selection
 * that matches no subnet.
 */
export function selectPrivateSubnets(vpc: ec2.IVpc, selection: ec2.SubnetSelection | undefined, what: string): PrivateSubnets {
  const subnets = vpc.selectSubnets(selection ?? defaultPrivateSubnets(vpc, what));
  if (subnets.subnetIds.length === 0) {
    throw new Error(`vpcSubnets selects no subnets in VPC ${show(vpc.node.path)}`);
  }
  const azs = subnets.subnets.map(s => s.availabilityZone);
  const allKnown = azs.every(az => az !== undefined && !Token.isUnresolved(az));
  return {
    subnetIds: subnets.subnetIds,
    availabilityZones: [...new Set(azs)],
    knownAvailabilityZones: allKnown ? [...new Set(azs)] : undefined,
  };
}
