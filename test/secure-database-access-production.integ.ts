/**
 * The example app with the "production" context (Multi-AZ, deletion protection,
 * Performance Insights, enhanced monitoring, a read replica): its snapshot is what the
 * static checks (cfn-lint, checkov) read for the production variant.
 *
 *   npx cdk synth --app "npx ts-node -P tsconfig.dev.json test/secure-database-access-production.integ.ts"
 */
import { App } from 'aws-cdk-lib';
import { PRODUCTION_CONTEXT } from './example/context';
import { SecureDatabaseAccessStack } from './example/stack';

// no stack traces in the metadata: they would hold the checkout's absolute path
const app = new App({
  stackTraces: false,
  context: { ...PRODUCTION_CONTEXT, 'aws:cdk:disable-creation-stack-traces': true },
});
new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessProductionStack', {
  stackName: 'SecureDatabaseAccessProductionStack',
  description: 'Shares an RDS database with other AWS accounts through VPC Lattice (cdk-lattice-shared-database example, production context)',
});
app.synth();
