import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { show } from './validation';

/**
 * The subnets a consumer-side endpoint goes in when the user picks none: the VPC's
 * isolated subnets if it has any, otherwise its private subnets. Throws naming
 * `vpcSubnets` when the VPC has neither.
 */
export function defaultEndpointSubnets(vpc: ec2.IVpc): ec2.SubnetSelection {
  if (vpc.isolatedSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  }
  if (vpc.privateSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
  }
  throw new Error(`vpc ${show(vpc.node.path)} has no isolated or private subnets: pass vpcSubnets to place the endpoint`);
}
