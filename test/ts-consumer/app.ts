// A CDK app written the way a TypeScript user writes one, against the packed library.
// run.sh compiles it with tsc (strict, library types checked too) and runs it with node,
// once with aws-cdk-lib at the peer-dependency floor and once with the newest release.
import * as assert from 'node:assert/strict';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import {
  CrossAccountShare,
  IResourceConfiguration,
  IResourceGateway,
  LatticeSharedDatabase,
  ResourceGateway,
  SecureDatabaseAccess,
  SharedDatabaseEndpoint,
  SharePrincipal,
} from 'cdk-lattice-shared-database';

const PROVIDER = { account: '111111111111', region: 'us-east-1' };
const CONSUMER = { account: '222222222222', region: 'us-east-1' };
const CONFIGURATION_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0';

function isolatedVpc(scope: Construct): ec2.Vpc {
  return new ec2.Vpc(scope, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
}

const app = new App();

// 1. The one-construct pattern with only the required props.
const composite = new Stack(app, 'ConsumerCheckComposite', { env: PROVIDER });
const access = new SecureDatabaseAccess(composite, 'Access', {
  consumers: [SharePrincipal.account('222222222222')],
});

// 2. The building blocks around a database the user owns.
const provider = new Stack(app, 'ConsumerCheckProvider', { env: PROVIDER });
const vpc = isolatedVpc(provider);
const database = new rds.DatabaseInstance(provider, 'Database', {
  engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  storageEncrypted: true,
});
const gateway: IResourceGateway = new ResourceGateway(provider, 'Gateway', { vpc });
const shared: IResourceConfiguration = new LatticeSharedDatabase(provider, 'SharedDatabase', {
  resourceGateway: gateway,
  instance: database,
});
new CrossAccountShare(provider, 'Share', {
  principals: [SharePrincipal.account('222222222222')],
  resourceConfigurations: [shared],
});

// 3. The consumer account.
const consumer = new Stack(app, 'ConsumerCheckConsumer', { env: CONSUMER });
const endpoint = new SharedDatabaseEndpoint(consumer, 'Endpoint', {
  vpc: isolatedVpc(consumer),
  resourceConfigurationArn: CONFIGURATION_ARN,
  port: 5432,
});
const port: number = endpoint.port;
assert.equal(port, 5432);
assert.equal(access.port, 3306);

// 4. The README's existing-VPC example: imported with route table ids, it synthesizes with no
// warning (without them aws-cdk-lib warns on every subnet).
const existing = new Stack(app, 'ConsumerCheckExistingVpc', { env: PROVIDER });
const existingVpc = ec2.Vpc.fromVpcAttributes(existing, 'ExistingVpc', {
  vpcId: 'vpc-0123456789abcdef0',
  availabilityZones: ['us-east-1a', 'us-east-1b'],
  isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
  isolatedSubnetRouteTableIds: ['rtb-0123456789abcdef0', 'rtb-0123456789abcdef1'],
});
const existingAccess = new SecureDatabaseAccess(existing, 'Access', {
  consumers: [SharePrincipal.account('222222222222')],
  vpc: existingVpc,
});
assert.equal(existingAccess.vpc, existingVpc);

const assembly = app.synth();

function resourceCounts(stack: Stack): Map<string, number> {
  const template = assembly.getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string }>;
  };
  const counts = new Map<string, number>();
  for (const resource of Object.values(template.Resources)) {
    counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
  }
  console.log(`  ${stack.stackName}: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}`);
  return counts;
}

const compositeCounts = resourceCounts(composite);
assert.equal(compositeCounts.get('AWS::VpcLattice::ResourceGateway'), 1);
assert.equal(compositeCounts.get('AWS::RDS::DBInstance'), 1);
assert.ok(compositeCounts.get('AWS::RAM::ResourceShare'));

const providerCounts = resourceCounts(provider);
assert.equal(providerCounts.get('AWS::VpcLattice::ResourceGateway'), 1);
assert.equal(providerCounts.get('AWS::VpcLattice::ResourceConfiguration'), 1);
assert.equal(providerCounts.get('AWS::RAM::ResourceShare'), 1);

const consumerCounts = resourceCounts(consumer);
assert.equal(consumerCounts.get('AWS::EC2::VPCEndpoint'), 1);

const existingCounts = resourceCounts(existing);
assert.equal(existingCounts.get('AWS::EC2::VPC'), undefined);
assert.equal(existingCounts.get('AWS::VpcLattice::ResourceGateway'), 1);
const existingWarnings = assembly.getStackByName(existing.stackName).messages
  .filter((message) => message.level !== 'info')
  .map((message) => `${message.level} ${message.id}: ${String(message.entry.data)}`);
assert.deepEqual(existingWarnings, [], 'the existing-VPC example synthesizes without warnings');
