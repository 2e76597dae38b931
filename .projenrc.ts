import { awscdk, javascript } from 'projen';
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
  constructsVersion: '10.5.1',
  jsiiVersion: '~6.0.0',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  projenrcTs: true,
  // keep the development tsconfig at the root, next to tsconfig.json
  tsconfigDevFile: 'tsconfig.dev.json',

  publishToPypi: {
    distName: 'cdk-lattice-shared-database',
    module: 'cdk_lattice_shared_database',
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
    },
  },

  gitignore: ['/cdk.out', '/.venv', '/.tmp', '*.integ.snapshot.tmp'],
});

// Develop against the newest aws-cdk-lib (the peer range stays ^CDK_FLOOR).
project.deps.addDependency(`aws-cdk-lib@${CDK_DEV}`, DependencyType.BUILD);
project.deps.addDependency('constructs@10.5.1', DependencyType.BUILD);

// Type-check only the sources and the tests (not lib/, dist/ or the virtual environment).
project.tsconfigDev.file.addOverride('include', ['src/**/*.ts', 'test/**/*.ts']);

// Unit tests switch the built-in CloudFormation validation off (it costs seconds per
// synth); the tests whose job is validation turn it back on explicitly.
project.testTask.env('CDK_VALIDATION', 'false');

// Build the Python wheel in every build, CI included (projen's default packages only
// JavaScript when CI is set).
const packageTask = project.tasks.tryFind('package')!;
packageTask.reset();
packageTask.spawn(project.tasks.tryFind('package-all')!);

for (const ignored of ['/cdk.out', '/.venv', '/.tmp', '/rosetta', '/.ci', '/benchmark']) {
  project.addPackageIgnore(ignored);
}

project.synth();
