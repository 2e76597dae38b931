/**
 * A proxy-fronted database: the composite with `databaseOptions.proxy` on an Aurora PostgreSQL
 * cluster with a reader, so the writer is shared by the proxy's default endpoint and the reader
 * by its READ_ONLY endpoint. Its snapshot is what the static checks (cfn-lint, checkov) read for
 * the proxy resources.
 *
 *   npx cdk synth --app "npx ts-node -P tsconfig.dev.json test/proxy.integ.ts"
 */
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { SecureDatabaseAccess, SharePrincipal } from '../src';

// no stack traces in the metadata: they would hold the checkout's absolute path
const app = new App({ stackTraces: false, context: { 'aws:cdk:disable-creation-stack-traces': true } });
// env-agnostic, like the other snapshots: no AWS lookups offline
const stack = new Stack(app, 'ProxyFrontedDatabaseStack', {
  description: 'An Aurora cluster shared through RDS Proxy endpoints (cdk-lattice-shared-database proxy scenario)',
});
new SecureDatabaseAccess(stack, 'Access', {
  consumers: [SharePrincipal.account('222222222222')],
  databaseOptions: {
    clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_9 }),
    instanceType: new ec2.InstanceType('r6g.large'),
    readReplica: true,
    proxy: { iamAuthentication: true },
  },
});
app.synth();
