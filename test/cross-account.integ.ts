/**
 * Two-account example: a PostgreSQL database in a provider account (111111111111), reached
 * from a consumer account (222222222222) through a VPC Lattice resource endpoint.
 *
 * Deploy the provider first; it outputs the resource configuration ARN. Cross-account
 * references are impossible in CloudFormation, so the consumer takes that ARN as a string:
 *
 *   npx cdk deploy SharedDbProvider --app 'npx ts-node -P tsconfig.dev.json test/cross-account.integ.ts'
 *   # outside an organization: accept the RAM invitation in the consumer account
 *   npx cdk deploy SharedDbConsumer --app '...' -c resource_configuration_arn=arn:aws:vpc-lattice:... \
 *     -c tls_resource_configuration_arn=arn:aws:vpc-lattice:... -c database_hostname=<DatabaseHostname output>
 *
 * Without the context values the consumer synthesizes with placeholders.
 */
import { App } from 'aws-cdk-lib';
import { CONSUMER_ACCOUNT, ConsumerStack, PLACEHOLDER_ARN, PROVIDER_ACCOUNT, ProviderStack, REGION } from './example/cross-account';

// Explicit environments: give the CDK CLI their Availability Zones so that synth needs no AWS lookup.
const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const app = new App({
  // no stack traces in the metadata: they would hold the checkout's absolute path
  stackTraces: false,
  context: {
    'aws:cdk:disable-creation-stack-traces': true,
    [`availability-zones:account=${PROVIDER_ACCOUNT}:region=${REGION}`]: AZS,
    [`availability-zones:account=${CONSUMER_ACCOUNT}:region=${REGION}`]: AZS,
  },
});
new ProviderStack(app, 'SharedDbProvider', {
  stackName: 'shared-db-provider',
  env: { account: PROVIDER_ACCOUNT, region: REGION },
});
new ConsumerStack(app, 'SharedDbConsumer', {
  stackName: 'shared-db-consumer',
  env: { account: CONSUMER_ACCOUNT, region: REGION },
  resourceConfigurationArn: app.node.tryGetContext('resource_configuration_arn') ?? PLACEHOLDER_ARN,
  // the provider's TlsResourceConfigurationArn and DatabaseHostname outputs
  tlsResourceConfigurationArn: app.node.tryGetContext('tls_resource_configuration_arn'),
  databaseHostname: app.node.tryGetContext('database_hostname'),
});
app.synth();
