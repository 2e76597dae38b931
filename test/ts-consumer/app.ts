// A CDK app written the way a TypeScript user writes one, against the packed library.
// run.sh compiles it with tsc (strict, library types checked too) and runs it with node.
import * as assert from 'node:assert/strict';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import {
  IResourceGateway,
  ResourceGateway,
  SharePrincipal,
} from 'cdk-lattice-shared-database';

const app = new App();
const env = { account: '111111111111', region: 'us-east-1' };

// The provider account: the database VPC with isolated subnets in two AZs and a gateway.
const provider = new Stack(app, 'ConsumerCheckProvider', { env });
const vpc = new ec2.Vpc(provider, 'Vpc', {
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
});
const gateway: IResourceGateway = new ResourceGateway(provider, 'Gateway', { vpc });
const consumer = SharePrincipal.account('222222222222');
assert.equal(consumer.principal, '222222222222');

const assembly = app.synth();
const template = assembly.getStackByName(provider.stackName).template as {
  Resources: Record<string, { Type: string }>;
};
const counts = new Map<string, number>();
for (const resource of Object.values(template.Resources)) {
  counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
}
assert.equal(counts.get('AWS::VpcLattice::ResourceGateway'), 1, 'one resource gateway');
assert.ok(gateway.resourceGatewayArn, 'the gateway has an ARN');

console.log(`synthesized ${provider.stackName}: ${[...counts].map(([type, n]) => `${n} ${type}`).join(', ')}`);
