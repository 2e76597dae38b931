/**
 * The checks a security team runs, on the example app with its development defaults and
 * with a "production" context: cdk-nag 3 (AwsSolutions, NIST 800-53 rev 5, HIPAA
 * Security) with zero unacknowledged findings, and aws-cdk-lib's built-in CloudFormation
 * validation in strict mode (findings are errors) with zero findings.
 *
 * These tests keep the built-in validation on: it is what they check.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { AwsSolutionsChecks, HIPAASecurityChecks, NIST80053R5Checks } from 'cdk-nag';
import { DatabaseOptions, SecureDatabaseAccess, SharePrincipal } from '../src';
import { PRODUCTION_CONTEXT } from './example/context';
import { CONSUMER_ACCOUNT, ConsumerStack, PLACEHOLDER_ARN, PROVIDER_ACCOUNT, ProviderStack, REGION } from './example/cross-account';
import { SecureDatabaseAccessStack } from './example/stack';


let savedValidation: string | undefined;
beforeAll(() => {
  savedValidation = process.env.CDK_VALIDATION;
  delete process.env.CDK_VALIDATION;
});
afterAll(() => {
  if (savedValidation !== undefined) {
    process.env.CDK_VALIDATION = savedValidation;
  }
});

/** An app with every check on: strict built-in validation and the three cdk-nag packs. */
function checkedApp(context: Record<string, string>): App {
  const app = new App({
    context: { ...context, '@aws-cdk/core:validateAgainstDefaultRules': true },
  });
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app),
    new NIST80053R5Checks(app),
    new HIPAASecurityChecks(app),
  );
  return app;
}

/** Synthesizes and returns the error output of a failed validation, or '' when it passed. */
function synthFindings(app: App): string {
  const errors: string[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  });
  try {
    app.synth();
    return '';
  } catch (e) {
    return `${(e as Error).message}\n${errors.join('\n')}`;
  } finally {
    spy.mockRestore();
  }
}

function assemblyWarnings(app: App, stack: Stack): string[] {
  const artifact = app.synth().getStackByName(stack.stackName);
  return artifact.messages.filter(m => m.level === 'warning').map(m => `${m.id}: ${String(m.entry.data)}`);
}

describe('example app: security checks', () => {
  test.each([
    ['development defaults', {}],
    ['production context', PRODUCTION_CONTEXT],
  ])('%s: cdk-nag and strict CloudFormation validation report nothing', (_name, context) => {
    // GIVEN
    const app = checkedApp(context);
    new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');

    // WHEN
    const findings = synthFindings(app);

    // THEN
    expect(findings).toEqual('');
  });

  test('a finding that is not acknowledged fails the synth', () => {
    // GIVEN: flow logs off is the user's own choice, which the construct does not acknowledge
    const app = checkedApp({ enable_vpc_flow_logs: 'false' });
    new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');

    // WHEN
    const findings = synthFindings(app);

    // THEN
    expect(findings).toMatch(/VPC7|VPCFlowLogsEnabled/);
  });

  test('the production context synthesizes without a single warning', () => {
    const app = checkedApp(PRODUCTION_CONTEXT);
    const stack = new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');
    expect(assemblyWarnings(app, stack)).toEqual([]);
  });
});

describe('two-account example: security checks', () => {
  test('provider and consumer stacks: cdk-nag and strict CloudFormation validation report nothing', () => {
    // GIVEN
    const app = checkedApp({});
    new ProviderStack(app, 'SharedDbProvider', { env: { account: PROVIDER_ACCOUNT, region: REGION } });
    new ConsumerStack(app, 'SharedDbConsumer', {
      env: { account: CONSUMER_ACCOUNT, region: REGION },
      resourceConfigurationArn: PLACEHOLDER_ARN,
    });

    // WHEN
    const findings = synthFindings(app);

    // THEN
    expect(findings).toEqual('');
  });
});

describe('SecureDatabaseAccess variants: security checks', () => {
  test.each<[string, DatabaseOptions | undefined]>([
    ['minimal', undefined],
    ['PostgreSQL with a read replica', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }),
      readReplica: true,
    }],
    ['Aurora MySQL with a reader', {
      clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_2 }),
      instanceType: new ec2.InstanceType('r6g.large'),
      readReplica: true,
    }],
    // the encrypted alarm topic, the alarms and the dashboard
    ['alarms and a dashboard', { readReplica: true, alarms: {} }],
    // the proxy, its security group and its READ_ONLY endpoint
    ['Aurora PostgreSQL behind RDS Proxy', {
      clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_9 }),
      instanceType: new ec2.InstanceType('r6g.large'),
      readReplica: true,
      proxy: { iamAuthentication: true },
    }],
  ])('%s: cdk-nag and strict CloudFormation validation report nothing', (_name, databaseOptions) => {
    // GIVEN
    const app = checkedApp({});
    const stack = new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
    new SecureDatabaseAccess(stack, 'Access', {
      consumers: [SharePrincipal.account('222222222222')],
      databaseOptions,
      cloudTrail: true,
      dashboard: databaseOptions?.alarms !== undefined,
    });

    // WHEN
    const findings = synthFindings(app);

    // THEN
    expect(findings).toEqual('');
  });
});
