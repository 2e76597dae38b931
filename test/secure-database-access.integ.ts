/**
 * The example app: the original "secure database access" app on this library.
 *
 *   npx projen synth:example                       # defaults of the original cdk.json
 *   npx projen synth:example -c create_read_replica=true -c multi_az_deployment=true
 *   npx cdk deploy --app "npx ts-node -P tsconfig.dev.json test/secure-database-access.integ.ts" -c consumer_account_id=222222222222
 */
import { App } from 'aws-cdk-lib';
import { SecureDatabaseAccessStack } from './example/stack';

// no stack traces in the metadata: they would hold the checkout's absolute path
const app = new App({ stackTraces: false, context: { 'aws:cdk:disable-creation-stack-traces': true } });
new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack', {
  stackName: 'SecureDatabaseAccessStack',
  description: 'Shares an RDS database with other AWS accounts through VPC Lattice (cdk-lattice-shared-database example)',
});
app.synth();
