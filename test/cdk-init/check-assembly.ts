/**
 * Checks the cloud assembly that `cdk synth` wrote for one of the README's `cdk init` apps
 * (TypeScript, Python, Go: the same two stacks in each language).
 *
 *   ts-node test/cdk-init/check-assembly.ts <cdk.out directory> <label>
 *
 * Exits non-zero, naming what is wrong, unless: both stacks are there with the README's
 * environments; nothing is left to look up and nothing was reported as a warning or an error;
 * the provider has the database, the gateway, a configuration for MySQL's port and the RAM
 * share to the consumer account, in the Availability Zones of the README's cdk.context.json;
 * and the consumer has the resource endpoint to the configuration ARN with that port open to
 * the application's security group only.
 */
import * as fs from 'fs';
import * as path from 'path';

const PROVIDER = { id: 'SharedDbProvider', environment: 'aws://111111111111/us-east-1' };
const CONSUMER = { id: 'SharedDbConsumer', environment: 'aws://222222222222/us-east-1' };
const CONSUMER_ACCOUNT = '222222222222';
/** What the README's app passes when no resource_configuration_arn context is given. */
const PLACEHOLDER_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-00000000000000000';
const MYSQL_PORT = 3306;
/** The zones of the README's cdk.context.json (the VPCs use the first two). */
const ZONES = ['us-east-1a', 'us-east-1b'];

interface Resource {
  readonly Type: string;
  readonly Properties?: Record<string, any>;
}
interface Template {
  readonly Resources: Record<string, Resource>;
  readonly Outputs?: Record<string, unknown>;
}
interface Artifact {
  readonly type: string;
  readonly environment?: string;
  readonly properties?: { readonly templateFile?: string };
  readonly metadata?: Record<string, Array<{ type: string; data: unknown }>>;
  readonly additionalMetadataFile?: string;
}

const problems: string[] = [];
function expect(condition: boolean, problem: string): void {
  if (!condition) problems.push(problem);
}

function ofType(template: Template, type: string): Array<[string, Resource]> {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

function main(outdir: string, label: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf-8'));
  const artifacts: Record<string, Artifact> = manifest.artifacts ?? {};
  // context the app asked for and did not get (the CLI would look it up in the account)
  expect(manifest.missing === undefined, `context left to look up: ${JSON.stringify(manifest.missing)}`);

  const templates = new Map<string, Template>();
  for (const stack of [PROVIDER, CONSUMER]) {
    const artifact = artifacts[stack.id];
    if (artifact?.type !== 'aws:cloudformation:stack') {
      problems.push(`no stack ${stack.id} (artifacts: ${Object.keys(artifacts).join(', ')})`);
      continue;
    }
    expect(artifact.environment === stack.environment, `${stack.id} environment ${artifact.environment}, wanted ${stack.environment}`);
    const metadata = artifact.additionalMetadataFile
      ? JSON.parse(fs.readFileSync(path.join(outdir, artifact.additionalMetadataFile), 'utf-8'))
      : artifact.metadata ?? {};
    for (const [at, entries] of Object.entries(metadata as Record<string, Array<{ type: string; data: unknown }>>)) {
      for (const entry of entries) {
        expect(entry.type !== 'aws:cdk:warning' && entry.type !== 'aws:cdk:error',
          `${entry.type} at ${at}: ${JSON.stringify(entry.data)}`);
      }
    }
    templates.set(stack.id, JSON.parse(fs.readFileSync(path.join(outdir, artifact.properties!.templateFile!), 'utf-8')));
  }

  const provider = templates.get(PROVIDER.id);
  if (provider) {
    expect(ofType(provider, 'AWS::RDS::DBInstance').length === 1, 'provider: not one AWS::RDS::DBInstance');
    const [, instance] = ofType(provider, 'AWS::RDS::DBInstance')[0] ?? [];
    expect(instance?.Properties?.Engine === 'mysql' && instance.Properties.StorageEncrypted === true,
      `provider: the database is not an encrypted MySQL instance: ${JSON.stringify(instance?.Properties?.Engine)}`);
    expect(ofType(provider, 'AWS::VpcLattice::ResourceGateway').length === 1, 'provider: not one AWS::VpcLattice::ResourceGateway');
    const configurations = ofType(provider, 'AWS::VpcLattice::ResourceConfiguration');
    expect(configurations.length === 1 && JSON.stringify(configurations[0][1].Properties?.PortRanges) === JSON.stringify([`${MYSQL_PORT}`]),
      `provider: not one resource configuration for port ${MYSQL_PORT}`);
    const configurationId = configurations[0]?.[0];
    expect(ofType(provider, 'AWS::RAM::ResourceShare').some(([, share]) =>
      JSON.stringify(share.Properties?.Principals) === JSON.stringify([CONSUMER_ACCOUNT])
      && JSON.stringify(share.Properties?.ResourceArns) === JSON.stringify([{ 'Fn::GetAtt': [configurationId, 'Arn'] }])),
    `provider: no RAM share of the configuration to ${CONSUMER_ACCOUNT}`);
    const zones = ofType(provider, 'AWS::EC2::Subnet').map(([, s]) => s.Properties?.AvailabilityZone).sort();
    expect(JSON.stringify(zones) === JSON.stringify(ZONES), `provider: subnets in ${JSON.stringify(zones)}, wanted ${JSON.stringify(ZONES)} from cdk.context.json`);
  }

  const consumer = templates.get(CONSUMER.id);
  if (consumer) {
    const endpoints = ofType(consumer, 'AWS::EC2::VPCEndpoint');
    expect(endpoints.length === 1 && endpoints[0][1].Properties?.VpcEndpointType === 'Resource'
      && endpoints[0][1].Properties?.ResourceConfigurationArn === PLACEHOLDER_ARN,
    `consumer: not one resource endpoint to ${PLACEHOLDER_ARN}`);
    const ingress = ofType(consumer, 'AWS::EC2::SecurityGroupIngress');
    expect(ingress.length === 1 && ingress[0][1].Properties?.FromPort === MYSQL_PORT && ingress[0][1].Properties?.ToPort === MYSQL_PORT
      && ingress[0][1].Properties?.SourceSecurityGroupId !== undefined,
    `consumer: the endpoint does not admit port ${MYSQL_PORT} from one security group: ${JSON.stringify(ingress.map(([, r]) => r.Properties))}`);
    expect(Object.keys(consumer.Outputs ?? {}).some((name) => name.startsWith('DatabaseDnsName')), 'consumer: no DatabaseDnsName output');
    const zones = ofType(consumer, 'AWS::EC2::Subnet').map(([, s]) => s.Properties?.AvailabilityZone).sort();
    expect(JSON.stringify(zones) === JSON.stringify(ZONES), `consumer: subnets in ${JSON.stringify(zones)}, wanted ${JSON.stringify(ZONES)}`);
  }

  if (problems.length > 0) {
    console.error(`${label}: the synthesized app is not the README's:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const count = (t?: Template) => Object.keys(t?.Resources ?? {}).length;
  console.log(`${label}: ${PROVIDER.id} (${count(provider)} resources) and ${CONSUMER.id} (${count(consumer)} resources) as the README says`);
}

const [outdir, label] = process.argv.slice(2);
if (!outdir || !label) {
  console.error('usage: check-assembly.ts <cdk.out directory> <label>');
  process.exit(2);
}
main(outdir, label);
