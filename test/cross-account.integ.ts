/**
 * Two-account example: a PostgreSQL database in a provider account (111111111111), reached
 * from a consumer account (222222222222) through a VPC Lattice resource endpoint.
 *
 * Deploy the provider first; it outputs the resource configuration ARN. Cross-account
 * references are impossible in CloudFormation, so the consumer takes that ARN as a string:
 *
 *   npx cdk deploy SharedDbProvider --app 'npx ts-node -P tsconfig.dev.json test/cross-account.integ.ts'
 *   # outside an organization: accept the RAM invitation in the consumer account
 *   npx cdk deploy SharedDbConsumer --app '...' -c resource_configuration_arn=arn:aws:vpc-lattice:...
 *
 * Without the context value the consumer synthesizes with a placeholder ARN.
 */
import { App, CfnOutput, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import {
  CrossAccountShare,
  DatabaseConsumerAccess,
  LatticeSharedDatabase,
  ResourceGateway,
  SharedDatabaseEndpoint,
  SharePrincipal,
} from '../src';

const PROVIDER_ACCOUNT = '111111111111';
const CONSUMER_ACCOUNT = '222222222222';
const REGION = 'us-east-1';
const ACCESS_ROLE_NAME = 'shared-db-reporting';
const EXTERNAL_ID = 'shared-db-example';
const PLACEHOLDER_ARN = `arn:aws:vpc-lattice:${REGION}:${PROVIDER_ACCOUNT}:resourceconfiguration/rcfg-00000000000000000`;

/** The database account: database, resource gateway, resource configuration, RAM share, access role. */
class ProviderStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const key = new kms.Key(this, 'SecretKey', { enableKeyRotation: true, removalPolicy: RemovalPolicy.DESTROY });
    const instance = new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      credentials: rds.Credentials.fromGeneratedSecret('postgres', { encryptionKey: key }),
      iamAuthentication: true,
      storageEncrypted: true,
      parameters: { 'rds.force_ssl': '1' },
      // an example: deletable without a snapshot
      removalPolicy: RemovalPolicy.DESTROY,
      deletionProtection: false,
    });

    const gateway = new ResourceGateway(this, 'Gateway', { vpc });
    const database = new LatticeSharedDatabase(this, 'SharedDatabase', { resourceGateway: gateway, instance });
    const consumer = SharePrincipal.account(CONSUMER_ACCOUNT);
    new CrossAccountShare(this, 'Share', { principals: [consumer], resourceConfigurations: [database] });

    const access = new DatabaseConsumerAccess(this, 'ConsumerAccess', {
      consumers: [consumer],
      databaseUsers: ['reporting'],
      instance,
      externalId: EXTERNAL_ID,
      roleName: ACCESS_ROLE_NAME,
      secret: instance.secret,
    });

    new CfnOutput(this, 'ResourceConfigurationArn', {
      value: database.resourceConfigurationArn,
      description: 'Pass to the consumer stack: -c resource_configuration_arn=<this value>',
    });
    new CfnOutput(this, 'AccessRoleArn', { value: access.roleArn! });
    new CfnOutput(this, 'SecretArn', { value: instance.secret!.secretArn });
  }
}

interface ConsumerStackProps extends StackProps {
  /** The provider's resource configuration ARN, read from context. */
  readonly resourceConfigurationArn: string;
}

/** The application account: the resource endpoint and an application that may use it. */
class ConsumerStack extends Stack {
  constructor(scope: Construct, id: string, props: ConsumerStackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const appSecurityGroup = new ec2.SecurityGroup(this, 'AppSecurityGroup', {
      vpc,
      description: 'The application that reads the shared database',
      allowAllOutbound: false,
    });

    const endpoint = new SharedDatabaseEndpoint(this, 'Database', {
      vpc,
      resourceConfigurationArn: props.resourceConfigurationArn,
      port: 5432,
    });
    endpoint.connections.allowDefaultPortFrom(appSecurityGroup);

    // The application's role may assume the provider's access role for IAM database authentication.
    const appRole = new iam.Role(this, 'AppRole', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    appRole.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['sts:AssumeRole'],
      resources: [`arn:${this.partition}:iam::${PROVIDER_ACCOUNT}:role/${ACCESS_ROLE_NAME}`],
    }));

    new CfnOutput(this, 'EndpointDnsName', { value: endpoint.dnsName });
    new CfnOutput(this, 'EndpointId', { value: endpoint.vpcEndpointId });
  }
}

const app = new App();
new ProviderStack(app, 'SharedDbProvider', {
  stackName: 'shared-db-provider',
  env: { account: PROVIDER_ACCOUNT, region: REGION },
});
new ConsumerStack(app, 'SharedDbConsumer', {
  stackName: 'shared-db-consumer',
  env: { account: CONSUMER_ACCOUNT, region: REGION },
  resourceConfigurationArn: app.node.tryGetContext('resource_configuration_arn') ?? PLACEHOLDER_ARN,
});
app.synth();
