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
