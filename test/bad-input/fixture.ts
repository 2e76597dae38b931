import { App, Stack } from 'aws-cdk-lib';
import { Annotations as AssertAnnotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct, IConstruct } from 'constructs';
import {
  LatticeSharedDatabase,
  ResourceGateway,
  SecureDatabaseAccess,
  SharePrincipal,
} from '../../src';
import { SecureDatabaseAccessStack } from '../example/stack';

/*
 * Bad input is refused at synth time (construct time, or the validation of
 * `app.synth()`) with an error that names the prop or context key and shows the value.
 *
 * Every case is a builder that takes the value under test, a bad value and a good one:
 * the runner builds it with the good value first and synthesizes it (the control: the
 * case cannot pass because something else is wrong), then with the bad value and expects
 * an error that names the prop and shows the value, and that is no TypeError.
 */

export const PROVIDER = '111111111111';
export const CONSUMER = '222222222222';
export const CONFIGURATION_ARN = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`;
export const SERVICE_NETWORK_ARN = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`;

/** A small provider stack whose parts are created on first use, so each case builds only what it needs. */
export class Fixture {
  public readonly app = new App();
  public readonly stack = new Stack(this.app, 'Provider', { env: { account: PROVIDER, region: 'us-east-1' } });
  private cache = new Map<string, unknown>();

  /** a stack with no account or region, where a VPC's Availability Zones are tokens */
  public get agnosticStack(): Stack {
    return this.once('agnosticStack', () => new Stack(this.app, 'Agnostic'));
  }

  public get vpc(): ec2.Vpc {
    return this.once('vpc', () => new ec2.Vpc(this.stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }));
  }

  public get consumerVpc(): ec2.Vpc {
    return this.once('consumerVpc', () => new ec2.Vpc(this.stack, 'ConsumerVpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }));
  }

  public get gateway(): ResourceGateway {
    return this.once('gateway', () => new ResourceGateway(this.stack, 'Gateway', { vpc: this.vpc }));
  }

  public get instance(): rds.DatabaseInstance {
    return this.once('instance', () => new rds.DatabaseInstance(this.stack, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    }));
  }

  public get cluster(): rds.DatabaseCluster {
    return this.once('cluster', () => new rds.DatabaseCluster(this.stack, 'Cluster', {
      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
      writer: rds.ClusterInstance.provisioned('Writer'),
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    }));
  }

  public get shared(): LatticeSharedDatabase {
    return this.once('shared', () => new LatticeSharedDatabase(this.stack, 'Shared', {
      resourceGateway: this.gateway,
      instance: this.instance,
    }));
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) {
      this.cache.set(key, make());
    }
    return this.cache.get(key) as T;
  }
}

export const sqlServerSe = rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 });
export const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 });

/** `new SecureDatabaseAccess` with one consumer and the given props. */
export function access(f: Fixture, props: Partial<ConstructorParameters<typeof SecureDatabaseAccess>[2]>): SecureDatabaseAccess {
  return new SecureDatabaseAccess(f.stack, 'Access', { consumers: [SharePrincipal.account(CONSUMER)], ...props });
}

/** The example stack with `-c` values, which arrive as strings. */
export function example(context: Record<string, string>): SecureDatabaseAccessStack {
  return new SecureDatabaseAccessStack(new App({ context }), 'SecureDatabaseAccessStack');
}

/**
 * One bad input: `[what the user does wrong, build(fixture, value), bad value, good value,
 * the prop or key the message must name, the text of the value it must show]`.
 * `build` puts `value` where the mistake goes; everything else stays the same, so the
 * good value proves that nothing but the value under test is wrong.
 */
export type Case = [string, (f: Fixture, value: any) => unknown, unknown, unknown, string, string];

/** Builds and synthesizes everything the case made: the fixture's app, or the app of what `build` returned. */
function buildAndSynth(build: (f: Fixture, value: any) => unknown, value: unknown): Fixture {
  const f = new Fixture();
  const made = build(f, value);
  const root = Construct.isConstruct(made) ? made.node.root : f.app;
  (root as App).synth();
  return f;
}

/** The error `act` throws; fails the test when it throws none. */
export function errorOf(act: () => unknown): Error {
  try {
    act();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error at synth time, but the input was accepted');
}

/** A regular expression that matches `text` literally. */
export function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/**
 * Runs a table of cases: each builds with its good value and synthesizes (control), then
 * fails with its bad value, naming the prop and showing the value.
 */
export function runCases(cases: Case[]): void {
  test.each(cases)('%s', (_name, build, bad, good, prop, shown) => {
    // GIVEN the same construct with the good value synthesizes
    expect(() => buildAndSynth(build, good)).not.toThrow();

    // WHEN
    const error = errorOf(() => buildAndSynth(build, bad));

    // THEN
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message).toMatch(literal(prop));
    expect(error.message).toMatch(literal(shown));
    expect(error.message).not.toMatch(/\$\{Token\[|#\{Token\[|-1\.8881545897\d*e\+289/);
  });
}

/**
 * One soft mistake: `[what the user does, build(fixture, value), doubtful value, good
 * value, the warning id (without the library prefix), the text of the value it must show]`.
 * The good value gives no such warning; the doubtful one gives it, showing the value.
 */
export type WarningCase = [string, (f: Fixture, value: any) => IConstruct, unknown, unknown, string, string];

/** Runs a table of warning cases against the annotations of the built construct's stack. */
export function runWarningCases(cases: WarningCase[]): void {
  test.each(cases)('%s', (_name, build, doubtful, good, id, shown) => {
    const warnings = (value: unknown) => {
      const f = new Fixture();
      const made = build(f, value);
      return AssertAnnotations.fromStack(Stack.of(made)).findWarning('*', Match.stringLikeRegexp(`\\[ack: cdk-lattice-shared-database:${id}\\]`));
    };
    // GIVEN the good value gives no such warning
    expect(warnings(good)).toEqual([]);

    // WHEN
    const found = warnings(doubtful);

    // THEN
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found[0].entry.data)).toMatch(literal(JSON.stringify(shown).slice(1, -1)));
  });
}
