import * as fs from 'fs';
import * as path from 'path';
import { awscdk, javascript, TextFile } from 'projen';
import { DependencyType } from 'projen/lib/dependencies';
import { UpdateSnapshot } from 'projen/lib/javascript';

/**
 * The lowest aws-cdk-lib this library supports (the peer-dependency floor).
 *
 * 2.257.0 is the first release that cdk-nag 3 accepts, and it already has every
 * VPC Lattice property the library writes (resource gateway `ipv4AddressesPerEni`
 * and `resourceConfigDnsResolution`, resource configuration `customDomainName`,
 * resource association `privateDnsEnabled`, VPC endpoint `resourceConfigurationArn`
 * and `serviceNetworkArn`). The TypeScript consumer check installs exactly this
 * version to prove the range is honest.
 */
const CDK_FLOOR = '2.257.0';

/**
 * The aws-cdk-lib the library is developed and tested against: the newest release,
 * which also runs the built-in CloudFormation validation during synth.
 */
const CDK_DEV = '2.276.0';

/** The lowest constructs the library supports, also the development version. */
const CONSTRUCTS_VERSION = '10.5.1';

/** The AWS CDK CLI (npm `aws-cdk`), pinned: `cdk init` writes the versions of its templates. */
const CDK_CLI = '2.1148.1';

/**
 * Node.js majors whose jsii end-of-life banner the tasks silence (jsii's check-node reads a
 * comma-separated list of majors). The machines of .ci/run have Node 20, which jsii no
 * longer supports but still runs; on Node 22 or 24 there is no banner to silence.
 */
const NODE_EOL_SILENCED = '20';

const project = new awscdk.AwsCdkConstructLibrary({
  name: 'cdk-lattice-shared-database',
  description:
    'AWS CDK constructs that share an Amazon RDS database with other AWS accounts privately through Amazon VPC Lattice resource gateways, resource configurations and AWS RAM.',
  author: 'cdk-lattice-shared-database contributors',
  authorAddress: 'maintainers@example.com',
  repositoryUrl: 'https://github.com/cdk-lattice-shared-database/cdk-lattice-shared-database.git',
  keywords: ['aws', 'cdk', 'awscdk', 'vpc-lattice', 'rds', 'ram', 'cross-account', 'database', 'privatelink'],
  license: 'Apache-2.0',
  stability: 'experimental',

  cdkVersion: CDK_FLOOR,
  constructsVersion: CONSTRUCTS_VERSION,
  // the CDK CLI of the integ tasks and of the checks that `cdk init` an app, pinned: an app
  // it initializes takes the versions of its templates
  cdkCliVersion: CDK_CLI,
  jsiiVersion: '~6.0.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  // Node.js: users need what aws-cdk-lib needs (engines ">= 20.0.0"); CI builds with Node 24,
  // which jsii supports (Node 20 reached end of life on 2026-04-30). See NODE_EOL_SILENCED below.
  minNodeVersion: '20.0.0',
  workflowNodeVersion: '24.x',
  // commit-and-tag-version 13 asks for Node >= 22 (npm warns EBADENGINE on Node 20); 12 does the same job
  bumpPackage: 'commit-and-tag-version@^12',
  projenrcTs: true,
  // the sources and tests are written by hand: never add projen's hello-world sample
  sampleCode: false,
  // keep the development tsconfig at the root, next to tsconfig.json
  tsconfigDevFile: 'tsconfig.dev.json',
  // eslint's project service looks for the nearest tsconfig.json, which for test/ is the
  // root one (src only): point eslint at tsconfig.dev.json, which has src/ and test/.
  eslintOptions: {
    dirs: ['src'],
    tsconfigPath: './tsconfig.dev.json',
    projectService: false,
  },

  publishToPypi: {
    distName: 'cdk-lattice-shared-database',
    module: 'cdk_lattice_shared_database',
  },
  // Go: github.com/cdk-lattice-shared-database/cdk-lattice-shared-database-go/cdklatticeshareddatabase
  publishToGo: {
    moduleName: 'github.com/cdk-lattice-shared-database/cdk-lattice-shared-database-go',
  },

  // the peer floor is not the development version: see CDK_DEV below
  peerDependencyOptions: { pinnedDevDependency: false },

  devDeps: [
    'cdk-nag@^3.0.2',
    '@aws-cdk/cloudformation-diff@^2.187.5',
  ],

  jestOptions: {
    // snapshots are assertions: never rewrite them during a test run
    updateSnapshot: UpdateSnapshot.NEVER,
    jestConfig: {
      testTimeout: 120_000,
      // keep jest from crawling the Python virtual environments and the packages
      modulePathIgnorePatterns: ['<rootDir>/.tmp/', '<rootDir>/.venv/', '<rootDir>/dist/'],
    },
  },

  // cdk.context.json: the CDK CLI of the integ snapshot tasks writes one; nothing may depend on it
  gitignore: ['/cdk.out', '/cdk.context.json', '/.venv', '/.tmp', '*.integ.snapshot.tmp'],
});

// Develop against the newest aws-cdk-lib (the peer range stays ^CDK_FLOOR).
project.deps.addDependency(`aws-cdk-lib@${CDK_DEV}`, DependencyType.BUILD);
project.deps.addDependency(`constructs@${CONSTRUCTS_VERSION}`, DependencyType.BUILD);

// Type-check only the sources and the tests (not lib/, dist/ or the virtual environment).
// .projenrc.ts is there for eslint.
project.tsconfigDev.file.addOverride('include', ['src/**/*.ts', 'test/**/*.ts', '.projenrc.ts', 'projenrc/**/*.ts']);

// jsii (compile, rosetta, pacmak) and the jsii runtime of the Python and Go checks print a
// banner on every call on an end-of-life Node.js: the README says it once instead.
project.tasks.addEnvironment('JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION', NODE_EOL_SILENCED);

// Unit tests switch the built-in CloudFormation validation off (it costs seconds per
// synth); the tests whose job is validation turn it back on explicitly.
project.testTask.env('CDK_VALIDATION', 'false');
// The integ snapshots are written (snapshot, deploy) and compared (assert) the same way:
// validation would add a validation-report.json that the assert synth does not write.
for (const task of project.tasks.all) {
  if (/^integ:.+:(snapshot|assert|deploy)$/.test(task.name)) {
    task.env('CDK_VALIDATION', 'false');
  }
}

// Build the Python wheel in every build, CI included (projen's default packages only
// JavaScript when CI is set).
const packageTask = project.tasks.tryFind('package')!;
packageTask.reset();
packageTask.spawn(project.tasks.tryFind('package-all')!);

for (const ignored of ['/cdk.out', '/.venv', '/.tmp', '/rosetta', '/.ci', '/benchmark', '/scripts']) {
  project.addPackageIgnore(ignored);
}

// README quick start: synthesize the example stack offline and summarize it
// (`npx projen synth:example -c key=value ...`; the keys are listed in the README).
project.addTask('synth:example', {
  description: 'Synthesize the example stack offline into cdk.out/example and print what would be deployed',
  receiveArgs: true,
  // the build type-checks; the example only needs to run
  exec: 'ts-node --transpile-only --project tsconfig.dev.json test/example/synth.ts',
});

// `npx projen dashboard:render`: the README's picture of the dashboard layout (docs/dashboard.svg),
// drawn from the synthesized dashboard body; test/database-monitoring.test.ts fails when it is stale.
project.addTask('dashboard:render', {
  description: 'Draw docs/dashboard.svg from the dashboard SecureDatabaseAccess synthesizes with dashboard: true',
  exec: 'ts-node --transpile-only -P tsconfig.dev.json test/dashboard/render.ts',
});

// `npx projen bench [--runs=N] [--sizes=1,10,50]`: the synth benchmark of the README's
// Benchmarks section (not a test: it prints a Markdown table).
project.addTask('bench', {
  description: 'Synth benchmark: empty, hand-written and example stacks, one gateway sharing 1/10/50 databases (Markdown to stdout)',
  receiveArgs: true,
  exec: 'ts-node --transpile-only -P tsconfig.dev.json test/bench/bench.ts',
});

// ---------------------------------------------------------------------------------------
// README examples: every TypeScript example in the README and in doc comments must
// compile under `jsii-rosetta extract --strict` (that is also what makes the Python docs).
// ---------------------------------------------------------------------------------------

/**
 * The names `src/index.ts` exports (classes, interfaces, enums of the re-exported files),
 * so the rosetta fixtures can import every one of them by name and a README example can
 * write `new ResourceGateway(this, 'Gateway', { vpc })` as a user would.
 */
function exportedNames(): string[] {
  const index = fs.readFileSync(path.join(__dirname, 'src', 'index.ts'), 'utf-8');
  const names = new Set<string>();
  for (const [, module] of index.matchAll(/^export \* from '(\.\/[^']+)';/gm)) {
    const file = path.join(__dirname, 'src', `${module}.ts`);
    if (!fs.existsSync(file)) continue;
    const source = fs.readFileSync(file, 'utf-8');
    for (const [, name] of source.matchAll(/^export (?:abstract )?(?:class|interface|enum) (\w+)/gm)) {
      names.add(name);
    }
  }
  return [...names].sort();
}

const fixtureImports = [
  "import * as cdk from 'aws-cdk-lib';",
  "import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';",
  "import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';",
  "import * as cloudwatch_actions from 'aws-cdk-lib/aws-cloudwatch-actions';",
  "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
  "import * as iam from 'aws-cdk-lib/aws-iam';",
  "import * as kms from 'aws-cdk-lib/aws-kms';",
  "import * as logs from 'aws-cdk-lib/aws-logs';",
  "import * as rds from 'aws-cdk-lib/aws-rds';",
  "import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';",
  "import * as sns from 'aws-cdk-lib/aws-sns';",
  "import { Construct } from 'constructs';",
  // jsii-rosetta resolves this name through the package.json and the compiled `.jsii`
  // at the project root (it links the project into a temporary node_modules).
  'import {',
  ...exportedNames().map((name) => `  ${name},`),
  "} from 'cdk-lattice-shared-database';",
];
const fixtureHeader = [
  '// ~~ Generated by projen from .projenrc.ts (the import list follows src/index.ts).',
  '// README and doc-comment examples are compiled inside this file by jsii-rosetta;',
  '// `declare const` lines and imports of an example are hoisted to the top.',
];

// The default fixture: an example is the body of a Stack's constructor (`this` is the stack).
new TextFile(project, 'rosetta/default.ts-fixture', {
  lines: [
    ...fixtureHeader,
    ...fixtureImports,
    '',
    'class Fixture extends Stack {',
    '  constructor(scope: Construct, id: string) {',
    '    super(scope, id);',
    '',
    '    /// here',
    '  }',
    '}',
    '',
  ],
});

// ```ts fixture=app: a whole program (an App and its own stack classes), as in the
// two-account example.
new TextFile(project, 'rosetta/app.ts-fixture', {
  lines: [
    ...fixtureHeader,
    ...fixtureImports,
    '',
    '/// here',
    '',
  ],
});

const rosetta = project.addTask('rosetta:extract', {
  description: 'Compile every README and doc-comment example with jsii-rosetta --strict, as files in bin/ of a cdk init-shaped directory (needs compile)',
  exec: 'bash scripts/rosetta-extract.sh',
});
project.postCompileTask.spawn(rosetta);
project.gitignore.exclude('.jsii.tabl.json');

// The Python package carries the README and the doc comments with their examples translated
// from the tablet that rosetta:extract writes; without the tablet jsii-pacmak copies the
// TypeScript verbatim under a Python fence. So packaging runs it first: in a full build the
// post-compile run has written the tablet and this run reuses every translation (1-2 s).
project.tasks.tryFind('package:python')!.prependSpawn(rosetta);

// Go: generated against aws-cdk-lib CDK_FLOOR, not CDK_DEV, and built (scripts/package-go.sh);
// rosetta:extract first for the same reason as Python.
const packageGo = project.tasks.tryFind('package:go')!;
packageGo.reset();
packageGo.spawn(rosetta);
packageGo.env('CDK_FLOOR', CDK_FLOOR);
packageGo.env('CONSTRUCTS_VERSION', CONSTRUCTS_VERSION);
packageGo.exec('bash scripts/package-go.sh');
packageGo.description = `Generate the Go module dist/go/cdklatticeshareddatabase against aws-cdk-lib ${CDK_FLOOR} and build it`;

// ---------------------------------------------------------------------------------------
// Checks on what users install, after `package` (dist/js/*.tgz, dist/python/*.whl, dist/go/).
// ---------------------------------------------------------------------------------------

// jest and eslint read test/**: the consumer app is compiled against the packed tarball
// in its own temporary project, never in this one.
project.tsconfigDev.addExclude('test/ts-consumer');
project.eslint?.addIgnorePattern('test/ts-consumer/');

const testPython = project.addTask('test:python', {
  description: 'The README\'s Python app in a new `cdk init app --language python` outside the tree (venv, dist/python/*.whl, test/python/requirements.txt as constraints): mypy, cdk synth offline, templates checked; then pytest on test/python in that venv',
  exec: 'bash test/python/run.sh',
});

const testTsConsumer = project.addTask('test:ts-consumer', {
  description: `Install dist/js/*.tgz into a TypeScript app outside the tree; tsc --strict and synth with aws-cdk-lib ${CDK_FLOOR} and ${CDK_DEV}`,
  env: { CDK_FLOOR, CDK_NEWEST: CDK_DEV },
  exec: 'bash test/ts-consumer/run.sh',
});

// The README's apps, pasted into fresh `cdk init` apps and synthesized with the CDK CLI
// offline; the helpers and the checks of the templates are in test/cdk-init/.
const testTsApp = project.addTask('test:ts-app', {
  description: 'The README\'s TypeScript app in a new `cdk init app --language typescript` outside the tree, with dist/js/*.tgz: npx cdk synth offline, templates checked',
  exec: 'bash test/cdk-init/typescript.sh',
});

const testGo = project.addTask('test:go', {
  description: `The README's Go app in a new \`cdk init app --language go\` outside the tree, with dist/go through a replace directive: cdk synth offline (go run) with aws-cdk-go ${CDK_FLOOR} and ${CDK_DEV}, templates checked`,
  env: { CDK_FLOOR, CDK_NEWEST: CDK_DEV },
  exec: 'bash test/go/run.sh',
});

const testStatic = project.addTask('test:static', {
  description: 'Run cfn-lint and checkov (venv .tmp/venv-static, test/static-checks/requirements.txt) on every test/*.integ.snapshot/*.template.json',
  receiveArgs: true,
  exec: 'bash test/static-checks/run.sh',
});

// projen locks the build phases (default, pre-compile, compile, post-compile, test,
// package), so the checks of what was packaged are the end of the package phase.
const postPackage = project.addTask('post-package', {
  description: 'Check the built packages and the snapshot templates: test:python, test:ts-consumer, test:ts-app, test:go, test:static',
});
postPackage.spawn(testPython);
postPackage.spawn(testTsConsumer);
postPackage.spawn(testTsApp);
postPackage.spawn(testGo);
postPackage.spawn(testStatic);
packageTask.spawn(postPackage);

project.synth();
