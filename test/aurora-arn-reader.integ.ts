/**
 * An Aurora PostgreSQL cluster with a reader, shared in ARN mode: one resource configuration
 * on the cluster ARN carries the writer and the reader endpoint (VPC Lattice makes a child
 * configuration for each), so the RAM share holds one configuration and a consumer reaches
 * both endpoints through one resource endpoint, by their RDS hostnames (with private DNS).
 * Its snapshot is what the static checks (cfn-lint, checkov) read for this variant.
 *
 *   npx cdk synth --app "npx ts-node -P tsconfig.dev.json test/aurora-arn-reader.integ.ts"
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { DatabaseSharingMode, SecureDatabaseAccess, SharePrincipal } from '../src';

// no stack traces in the metadata: they would hold the checkout's absolute path
const app = new App({ stackTraces: false, context: { 'aws:cdk:disable-creation-stack-traces': true } });
const stack = new Stack(app, 'AuroraArnReaderStack', {
  stackName: 'AuroraArnReaderStack',
  description: 'Shares an Aurora cluster with a reader through one ARN resource configuration (cdk-lattice-shared-database example)',
});

const access = new SecureDatabaseAccess(stack, 'Access', {
  consumers: [SharePrincipal.account('222222222222')],
  databaseOptions: {
    clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_9 }),
    instanceType: ec2.InstanceType.of(ec2.InstanceClass.R6G, ec2.InstanceSize.LARGE),
    readReplica: true,
  },
  sharingMode: DatabaseSharingMode.ARN,
  environment: 'example',
});

// the names consumers connect to: the writer (cluster) endpoint and the reader endpoint
new CfnOutput(stack, 'WriterHostname', {
  value: access.sharedDatabase.rdsHostnames[0],
  description: 'Writer endpoint: consumers with private DNS reach it under this name through the one configuration',
});
new CfnOutput(stack, 'ReaderHostname', {
  value: access.sharedDatabase.rdsHostnames[1],
  description: 'Reader endpoint: consumers with private DNS reach it under this name through the same configuration',
});
app.synth();
