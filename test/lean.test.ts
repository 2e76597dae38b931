import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, FileAssetPackaging, Stack } from 'aws-cdk-lib';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { SecureDatabaseAccess, SharePrincipal } from '../src';
import { ScalingStack, ScalingStackProps } from './bench/scaling';
import { SecureDatabaseAccessStack } from './example/stack';

/** The context `cdk init app --language typescript` writes into a new project's cdk.json. */
const CDK_INIT_CONTEXT: Record<string, unknown> = {
  ...cxapi.NEW_PROJECT_DEFAULT_CONTEXT,
  ...cxapi.CURRENTLY_RECOMMENDED_FLAGS,
};

interface CfnTemplate {
  readonly Resources: Record<string, { Type: string; Properties?: unknown; DependsOn?: string | string[] }>;
}

interface Synthesized {
  readonly stack: Stack;
  readonly template: CfnTemplate;
  readonly assembly: cxapi.CloudAssembly;
}

type Variant = 'default composite' | 'example';
type Flags = 'no feature flags' | 'cdk init feature flags';

/** Synthesizes one of the two subjects with or without a fresh project's feature flags. */
function synth(variant: Variant, flags: Flags): Synthesized & { access: SecureDatabaseAccess } {
  const app = new App({
    context: flags === 'cdk init feature flags' ? CDK_INIT_CONTEXT : {},
    // these tests read the template; the CloudFormation validation is the compliance test's job
    builtinCloudFormationValidation: false,
  });
  let stack: Stack;
  let access: SecureDatabaseAccess;
  if (variant === 'example') {
    const example = new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');
    stack = example;
    access = example.access;
  } else {
    stack = new Stack(app, 'Provider');
    access = new SecureDatabaseAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')] });
  }
  const assembly = app.synth();
  return { stack, access, assembly, template: assembly.getStackArtifact(stack.artifactId).template };
}

const SUBJECTS: Array<[Variant, Flags]> = [
  ['default composite', 'no feature flags'],
  ['default composite', 'cdk init feature flags'],
  ['example', 'no feature flags'],
  ['example', 'cdk init feature flags'],
];

function resourceTypes(template: CfnTemplate): string[] {
  return Object.values(template.Resources).map(r => r.Type);
}

/** The file and Docker image assets of every asset manifest, except each stack's own template. */
function assetsBesideTemplates(assembly: cxapi.CloudAssembly): string[] {
  const found: string[] = [];
  const templates = new Set(assembly.stacks.map(s => s.templateFile));
  for (const artifact of assembly.artifacts) {
    if (artifact instanceof cxapi.AssetManifestArtifact) {
      const manifest = JSON.parse(fs.readFileSync(artifact.file, 'utf-8')) as {
        files?: Record<string, { source: { path?: string; executable?: string[] } }>;
        dockerImages?: Record<string, unknown>;
      };
      for (const [id, file] of Object.entries(manifest.files ?? {})) {
        if (file.source.path === undefined || !templates.has(file.source.path)) {
          found.push(`file asset ${id} (${file.source.path ?? file.source.executable?.join(' ')})`);
        }
      }
      found.push(...Object.keys(manifest.dockerImages ?? {}).map(id => `Docker image asset ${id}`));
    }
  }
  // the legacy synthesizer records assets as stack metadata instead
  for (const stack of assembly.stacks) {
    found.push(...stack.findMetadataByType('aws:cdk:asset').map(m => `asset metadata at ${m.path}`));
  }
  return found;
}

/**
 * Every resource `logicalId` waits for: DependsOn, Ref, Fn::GetAtt and Fn::Sub references,
 * followed transitively.
 */
function dependenciesOf(template: CfnTemplate, logicalId: string): Set<string> {
  const direct = (id: string): Set<string> => {
    const resource = template.Resources[id];
    const found = new Set<string>();
    const dependsOn = resource.DependsOn === undefined ? [] : ([] as string[]).concat(resource.DependsOn);
    dependsOn.forEach(d => found.add(d));
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(visit);
      } else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'Ref' && typeof v === 'string') {
            found.add(v);
          } else if (k === 'Fn::GetAtt') {
            found.add(Array.isArray(v) ? String(v[0]) : String(v).split('.')[0]);
          } else if (k === 'Fn::Sub') {
            const text = Array.isArray(v) ? String(v[0]) : String(v);
            for (const [, name] of text.matchAll(/\$\{([^!}.]+)[^}]*\}/g)) found.add(name);
            if (Array.isArray(v)) visit(v[1]);
          } else {
            visit(v);
          }
        }
      }
    };
    visit(resource.Properties);
    // pseudo parameters and parameters are not resources
    return new Set([...found].filter(d => template.Resources[d] !== undefined));
  };
  const seen = new Set<string>();
  const queue = [...direct(logicalId)];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (!seen.has(id)) {
      seen.add(id);
      queue.push(...direct(id));
    }
  }
  return seen;
}

function logicalIdOf(construct: { node: { defaultChild?: unknown } } | undefined): string {
  const cfn = construct?.node.defaultChild;
  if (!(cfn instanceof CfnResource)) {
    throw new Error('expected a construct with a CloudFormation resource as its default child');
  }
  return Stack.of(cfn).resolve(cfn.logicalId);
}

describe('lean defaults: nothing that runs code, nothing to publish', () => {
  test.each(SUBJECTS)('%s with %s: no Lambda function and no custom resource', (variant, flags) => {
    // GIVEN / WHEN
    const { template } = synth(variant, flags);

    // THEN
    const codeRunning = resourceTypes(template).filter(type =>
      type.startsWith('AWS::Lambda::') || type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource'
      || type === 'AWS::Serverless::Function' || type === 'AWS::StepFunctions::StateMachine');
    expect(codeRunning).toEqual([]);
  });

  test.each(SUBJECTS)('%s with %s: no file or Docker image assets besides the template', (variant, flags) => {
    // GIVEN / WHEN
    const { assembly } = synth(variant, flags);

    // THEN
    expect(assetsBesideTemplates(assembly)).toEqual([]);
  });

  test('the asset check sees a file asset (the check can fail)', () => {
    // GIVEN
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'WithAsset');
    stack.synthesizer.addFileAsset({ fileName: __filename, packaging: FileAssetPackaging.FILE, sourceHash: 'abc123' });

    // WHEN
    const assembly = app.synth();

    // THEN
    expect(assetsBesideTemplates(assembly)).toEqual([expect.stringMatching(/^file asset abc123 .*lean\.test\.ts\)$/)]);
  });

  test.each(SUBJECTS)('%s with %s: no NAT gateway, internet gateway or Elastic IP', (variant, flags) => {
    // GIVEN / WHEN
    const { template } = synth(variant, flags);

    // THEN
    const internet = resourceTypes(template).filter(type => [
      'AWS::EC2::NatGateway', 'AWS::EC2::InternetGateway', 'AWS::EC2::EgressOnlyInternetGateway',
      'AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::EIP',
    ].includes(type));
    expect(internet).toEqual([]);
  });

  test.each(SUBJECTS)('%s with %s: the VPC default security group is left alone (no Lambda-backed restriction)', (variant, flags) => {
    // GIVEN / WHEN
    const { template } = synth(variant, flags);

    // THEN: aws-cdk-lib restricts it with a custom resource when the flag of a new project is on
    expect(resourceTypes(template)).not.toContain('Custom::VpcRestrictDefaultSG');
    expect(resourceTypes(template).filter(t => t === 'AWS::EC2::VPC')).toHaveLength(1);
  });
});

describe('lean defaults: what does not need the database does not wait for it', () => {
  test.each(SUBJECTS)('%s with %s: gateway, service network and its share do not depend on the DB instance', (variant, flags) => {
    // GIVEN
    const { template, access } = synth(variant, flags);
    const database = logicalIdOf(access.database);

    // WHEN
    const independent = {
      gateway: logicalIdOf(access.resourceGateway),
      serviceNetwork: logicalIdOf(access.serviceNetwork),
      serviceNetworkShare: logicalIdOf(access.serviceNetworkShare),
    };

    // THEN
    for (const [name, id] of Object.entries(independent)) {
      expect({ name, waitsForDatabase: dependenciesOf(template, id).has(database) }).toEqual({ name, waitsForDatabase: false });
    }
  });

  test('the walker finds the dependency of the resource configuration on the database (the check can fail)', () => {
    // GIVEN
    const { template, access } = synth('default composite', 'no feature flags');

    // WHEN
    const deps = dependenciesOf(template, logicalIdOf(access.sharedDatabase));

    // THEN
    expect(deps.has(logicalIdOf(access.database))).toBe(true);
    expect(deps.has(logicalIdOf(access.resourceGateway))).toBe(true);
  });

  test('the walker follows DependsOn, Fn::Sub and transitive references', () => {
    // GIVEN
    const template: CfnTemplate = {
      Resources: {
        A: { Type: 'T', Properties: { X: { 'Fn::Sub': 'arn:${B.Arn}:${AWS::Region}' } } },
        B: { Type: 'T', DependsOn: ['C'] },
        C: { Type: 'T', Properties: { Y: { 'Fn::GetAtt': 'D.Id' } } },
        D: { Type: 'T' },
        E: { Type: 'T', Properties: { Z: { Ref: 'A' } } },
      },
    };

    // WHEN / THEN
    expect([...dependenciesOf(template, 'A')].sort()).toEqual(['B', 'C', 'D']);
    expect(dependenciesOf(template, 'D').size).toBe(0);
  });
});

describe('scaling: one gateway sharing many databases', () => {
  /** Resources of the scaling stack with `count` databases, by type. */
  function resourcesFor(count: number, serviceNetwork = false, accessLogs: ScalingStackProps['accessLogs'] = 'shared'): string[] {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new ScalingStack(app, 'ScalingStack', { databaseCount: count, serviceNetwork, accessLogs });
    return resourceTypes(app.synth().getStackArtifact(stack.artifactId).template);
  }

  function addedTypes(before: string[], after: string[]): string[] {
    const remaining = [...before];
    return after.filter(type => {
      const i = remaining.indexOf(type);
      if (i >= 0) {
        remaining.splice(i, 1);
        return false;
      }
      return true;
    }).sort();
  }

  // the resource access logs of a configuration are its access log subscription (see
  // src/private/access-logs.ts) and, unless a log group is given, a log group and its key
  test.each([
    ['one access log group for all', 'shared', 4],
    ['a log group and key per configuration (the default)', 'own', 6],
    ['no access logs', 'off', 3],
  ] as const)('with %s (%s), each added database adds %d resources, the same number every time (N = 1 to 10)', (_name, accessLogs, perDatabase) => {
    // GIVEN / WHEN
    const counts = Array.from({ length: 10 }, (_, i) => resourcesFor(i + 1, false, accessLogs).length);
    const deltas = counts.slice(1).map((c, i) => c - counts[i]);

    // THEN
    expect(new Set(deltas)).toEqual(new Set([perDatabase]));
  });

  test('an added database is its resource configuration, one rule on each security group and its access log subscription', () => {
    // GIVEN / WHEN
    const added = addedTypes(resourcesFor(1), resourcesFor(2));
    const addedWithoutLogs = addedTypes(resourcesFor(1, false, 'off'), resourcesFor(2, false, 'off'));
    const addedWithOwnLogs = addedTypes(resourcesFor(1, false, 'own'), resourcesFor(2, false, 'own'));

    // THEN
    expect(addedWithoutLogs).toEqual([
      'AWS::EC2::SecurityGroupEgress',
      'AWS::EC2::SecurityGroupIngress',
      'AWS::VpcLattice::ResourceConfiguration',
    ]);
    expect(added).toEqual([
      'AWS::EC2::SecurityGroupEgress',
      'AWS::EC2::SecurityGroupIngress',
      'AWS::VpcLattice::AccessLogSubscription',
      'AWS::VpcLattice::ResourceConfiguration',
    ]);
    expect(addedWithOwnLogs).toEqual([...added, 'AWS::KMS::Key', 'AWS::Logs::LogGroup'].sort());
  });

  test('in a service network, each added database also adds its association', () => {
    // GIVEN / WHEN
    const added = addedTypes(resourcesFor(1, true, 'off'), resourcesFor(2, true, 'off'));

    // THEN
    expect(added).toEqual([
      'AWS::EC2::SecurityGroupEgress',
      'AWS::EC2::SecurityGroupIngress',
      'AWS::VpcLattice::ResourceConfiguration',
      'AWS::VpcLattice::ServiceNetworkResourceAssociation',
    ]);
  });

  test('the stack keeps one gateway, one gateway security group and one share however many databases it shares', () => {
    // GIVEN / WHEN
    const types = resourcesFor(10);

    // THEN
    expect(types.filter(t => t === 'AWS::VpcLattice::ResourceGateway')).toHaveLength(1);
    expect(types.filter(t => t === 'AWS::EC2::SecurityGroup')).toHaveLength(1);
    expect(types.filter(t => t === 'AWS::RAM::ResourceShare')).toHaveLength(1);
  });
});

// aws-cdk-lib itself fails synth above 500 resources in a stack ("Number of resources in stack
// ... is greater than allowed maximum of 500", TooManyResourcesInStack; MAX_RESOURCES = 500 in
// core/lib/stack.js, already in the peer floor 2.257.0), so the library adds no check of its own.
describe('resource limit: aws-cdk-lib refuses a stack above 500 resources at synth', () => {
  function stackWith(resources: number): { app: App; stack: Stack } {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Big');
    for (let i = 0; i < resources; i++) {
      new CfnResource(stack, `Handle${i}`, { type: 'AWS::CloudFormation::WaitConditionHandle' });
    }
    return { app, stack };
  }

  test('500 resources synthesize, 501 fail with the count and the limit', () => {
    expect(() => stackWith(500).app.synth()).not.toThrow();
    expect(() => stackWith(501).app.synth()).toThrow(/Number of resources in stack 'Big': 501 is greater than allowed maximum of 500/);
  });

  test.each([
    // 3 fixed resources (gateway, its security group, the share) and 3 per database
    ['no access logs', 'off', 165, 501],
    // 5 fixed (also the log group and its key) and 4 per database
    ['one access log group for all', 'shared', 123, 501],
  ] as const)('one gateway sharing imported databases with %s (%s): %d fit in a stack, one more fails at synth', (_name, accessLogs, fit, over) => {
    // GIVEN
    const build = (count: number) => {
      const app = new App({ builtinCloudFormationValidation: false, outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'lean-')) });
      new ScalingStack(app, 'ScalingStack', { databaseCount: count, accessLogs });
      return app;
    };

    // WHEN / THEN
    expect(() => build(fit).synth()).not.toThrow();
    expect(() => build(fit + 1).synth()).toThrow(new RegExp(`: ${over} is greater than allowed maximum of 500`));
  });
});
