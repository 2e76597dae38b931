/**
 * The composite with alarms and a dashboard (`databaseOptions.alarms`, `dashboard`): its snapshot
 * is what the static checks (cfn-lint, checkov) read for the monitoring resources (the encrypted
 * SNS topic, the alarms, the dashboard).
 *
 *   npx cdk synth --app "npx ts-node -P tsconfig.dev.json test/monitoring.integ.ts"
 */
import { App, Stack } from 'aws-cdk-lib';
import { SecureDatabaseAccess, SharePrincipal } from '../src';

// no stack traces in the metadata: they would hold the checkout's absolute path
const app = new App({ stackTraces: false, context: { 'aws:cdk:disable-creation-stack-traces': true } });
// env-agnostic, like the other snapshots: no AWS lookups offline
const stack = new Stack(app, 'MonitoredDatabaseStack', {
  description: 'A shared database with alarms and a dashboard (cdk-lattice-shared-database monitoring scenario)',
});
new SecureDatabaseAccess(stack, 'Access', {
  consumers: [SharePrincipal.account('222222222222')],
  databaseOptions: { readReplica: true, alarms: {} },
  dashboard: true,
});
app.synth();
