import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

/**
 * The security groups of a gateway or an endpoint: the user's (1 to 5, the service
 * limit), or a new group with id `SecurityGroup` that allows no egress until a rule is
 * added through `connections`.
 */
export function ownSecurityGroups(scope: Construct, vpc: ec2.IVpc, given: ec2.ISecurityGroup[] | undefined,
  description: string): ec2.ISecurityGroup[] {
  if (given !== undefined) {
    if (given.length < 1 || given.length > 5) {
      throw new Error(`securityGroups must hold 1 to 5 security groups, got ${given.length}`);
    }
    return given;
  }
  return [new ec2.SecurityGroup(scope, 'SecurityGroup', {
    vpc,
    description,
    allowAllOutbound: false,
    allowAllIpv6Outbound: false,
  })];
}
