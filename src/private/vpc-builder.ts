import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag';

/**
 * The VPC `SecureDatabaseAccess` creates (construct id `Vpc` in `scope`): two Availability
 * Zones of `/24` subnets in a subnet group `Database`, isolated (no NAT, no internet
 * gateway), or private with one NAT gateway and public subnets when `internetAccess` is on.
 */
export function buildIsolatedVpc(scope: Construct, cidr: string | undefined, internetAccess: boolean): ec2.Vpc {
  const vpc = new ec2.Vpc(scope, 'Vpc', {
    ipAddresses: ec2.IpAddresses.cidr(cidr ?? '10.0.0.0/16'),
    maxAzs: 2,
    natGateways: internetAccess ? 1 : 0,
    createInternetGateway: internetAccess,
    // the restriction is done by a Lambda-backed custom resource: nothing here uses the default group
    restrictDefaultSecurityGroup: false,
    subnetConfiguration: internetAccess
      ? [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24, mapPublicIpOnLaunch: false },
        { name: 'Database', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ]
      : [{ name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
  });
  acknowledgeNag(vpc.node.defaultChild, ['NIST:VPCDefaultSecurityGroupClosed', 'HIPAA:VPCDefaultSecurityGroupClosed'],
    'Closing the default security group needs a Lambda-backed custom resource (restrictDefaultSecurityGroup); this construct deploys no Lambda and attaches nothing to the default group.');
  return vpc;
}

/**
 * A flow log of all traffic of `vpc` (construct id `FlowLog` in `scope`) to an encrypted,
 * retained CloudWatch Logs group (`FlowLogGroup`).
 */
export function buildFlowLog(scope: Construct, vpc: ec2.IVpc, key: kms.IKey | undefined,
  retention: logs.RetentionDays): { flowLog: ec2.FlowLog; logGroup: logs.LogGroup } {
  const logGroup = new logs.LogGroup(scope, 'FlowLogGroup', {
    retention,
    encryptionKey: key,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const flowLog = new ec2.FlowLog(scope, 'FlowLog', {
    resourceType: ec2.FlowLogResourceType.fromVpc(vpc),
    destination: ec2.FlowLogDestination.toCloudWatchLogs(logGroup),
    trafficType: ec2.FlowLogTrafficType.ALL,
  });
  // 'IAMRole' is the id aws-cdk-lib gives the role FlowLog creates; its DefaultPolicy is the
  // inline policy cdk-nag reports (no prop of FlowLog reaches it)
  acknowledgeNag(flowLog.node.tryFindChild('IAMRole')?.node.tryFindChild('DefaultPolicy')?.node.defaultChild,
    ['NIST:IAMNoInlinePolicy', 'HIPAA:IAMNoInlinePolicy'],
    'The policy aws-cdk-lib gives the flow log role only lets it deliver logs to this one log group.');
  return { flowLog, logGroup };
}
