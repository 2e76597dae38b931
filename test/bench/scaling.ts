/**
 * The scaling scenario of the benchmark and of test/lean.test.ts: one resource gateway
 * sharing `count` existing (imported) MySQL instances, each through its own
 * `LatticeSharedDatabase`, all in one `CrossAccountShare`.
 */
import { Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { CrossAccountShare, LatticeSharedDatabase, ResourceGateway, ServiceNetwork, SharePrincipal } from '../../src';

/** Properties of `ScalingStack`. */
export interface ScalingStackProps extends StackProps {
  /** How many databases the gateway shares. */
  readonly databaseCount: number;
  /**
   * Put every resource configuration into one service network (one association each).
   * @default false
   */
  readonly serviceNetwork?: boolean;
  /**
   * The resource access logs of the configurations: one log group (and key) for all of them, a
   * log group and key per configuration (the library's default), or none.
   * @default 'shared'
   */
  readonly accessLogs?: 'shared' | 'own' | 'off';
}

const ENGINE = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 });

/** One gateway, N imported databases, one share (and one access log group for all, by default). */
export class ScalingStack extends Stack {
  /** The shared databases, in order. */
  public readonly sharedDatabases: LatticeSharedDatabase[] = [];

  constructor(scope: Construct, id: string, props: ScalingStackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromVpcAttributes(this, 'Vpc', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a', 'us-east-1b'],
      isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
    });
    const gateway = new ResourceGateway(this, 'Gateway', { vpc });
    const network = props.serviceNetwork ? new ServiceNetwork(this, 'Network') : undefined;
    const share = new CrossAccountShare(this, 'Share', { principals: [SharePrincipal.account('222222222222')] });
    const accessLogs = props.accessLogs ?? 'shared';
    const accessLogGroup = accessLogs === 'shared'
      ? new logs.LogGroup(this, 'AccessLogs', {
        encryptionKey: new kms.Key(this, 'AccessLogKey', { enableKeyRotation: true }),
        retention: logs.RetentionDays.ONE_YEAR,
      })
      : undefined;

    for (let i = 0; i < props.databaseCount; i++) {
      const hex = i.toString(16).padStart(17, '0');
      const instance = rds.DatabaseInstance.fromDatabaseInstanceAttributes(this, `Database${i}`, {
        instanceIdentifier: `database-${i}`,
        instanceEndpointAddress: `database-${i}.c0ffee.us-east-1.rds.amazonaws.com`,
        port: 3306,
        engine: ENGINE,
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(this, `DatabaseSecurityGroup${i}`, `sg-${hex}`)],
      });
      const shared = new LatticeSharedDatabase(this, `Shared${i}`, {
        resourceGateway: gateway,
        instance,
        serviceNetworks: network ? [network] : undefined,
        accessLogs: accessLogs !== 'off',
        accessLogGroup,
      });
      share.addResourceConfiguration(shared);
      this.sharedDatabases.push(shared);
    }
  }
}
