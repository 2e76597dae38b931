/**
 * Alarms, metrics and the dashboard of a shared database.
 *
 * The AWS facts they rely on:
 * - `AWS/RDS` metrics and units: CPUUtilization (Percent), FreeStorageSpace and FreeableMemory
 *   (Bytes), DatabaseConnections (Count), ReplicaLag (Seconds); Aurora: AuroraReplicaLag
 *   (Milliseconds) and no FreeStorageSpace
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html,
 *   https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html)
 * - default max_connections: MySQL {DBInstanceClassMemory/12582880}, PostgreSQL
 *   LEAST({DBInstanceClassMemory/9531392},5000)
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Limits.html#RDS_Limits.MaxConnections);
 *   Aurora MySQL db.r*.large 1000
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Managing.Performance.html#AuroraMySQL.Managing.MaxConnections)
 * - CloudWatch needs kms:Decrypt and kms:GenerateDataKey* to publish to an encrypted topic
 *   (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services)
 * - no VPC Lattice metric exists for resource configurations
 *   (https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-cloudwatch.html)
 */
import * as fs from 'fs';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sns from 'aws-cdk-lib/aws-sns';
import {
  DatabaseAlarmsOptions, LatticeSharedDatabase, ResourceGateway, SecureDatabase, SecureDatabaseAccess, SecureDatabaseProps,
  SharedDatabaseDashboard, SharePrincipal,
} from '../src';
import { dashboardBody, PICTURE, readmeStack, renderDashboard } from './dashboard/render';
import { thrown } from './thrown';
import { defaultMaxConnections } from '../src/private/connection-limits';

const GIB = 1024 ** 3;

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
}

function isolatedVpc(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

function secure(props: Partial<SecureDatabaseProps> = {}) {
  const stack = newStack();
  const db = new SecureDatabase(stack, 'Db', { vpc: isolatedVpc(stack), ...props });
  return { stack, db, template: Template.fromStack(stack) };
}

type AlarmProps = Record<string, any>;

/** The alarms of a template by the metric they watch. */
function alarmsByMetric(template: Template): Record<string, AlarmProps> {
  return Object.fromEntries(Object.values(template.findResources('AWS::CloudWatch::Alarm'))
    .map(r => [r.Properties.MetricName as string, r.Properties as AlarmProps]));
}

describe('SecureDatabase alarms', () => {
  test('no alarms without the prop', () => {
    const { db, template } = secure();
    template.resourceCountIs('AWS::CloudWatch::Alarm', 0);
    template.resourceCountIs('AWS::SNS::Topic', 0);
    expect(db.alarms).toEqual([]);
  });

  test('alarms: {} on the default MySQL db.t3.micro: CPU, memory, storage and connections, to a topic encrypted with the database key', () => {
    // GIVEN / WHEN
    const { db, stack, template } = secure({ alarms: {} });

    // THEN
    const alarms = alarmsByMetric(template);
    expect(Object.keys(alarms).sort()).toEqual(['CPUUtilization', 'DatabaseConnections', 'FreeStorageSpace', 'FreeableMemory']);
    expect(alarms.CPUUtilization).toMatchObject({ Namespace: 'AWS/RDS', Threshold: 80, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Average' });
    // 10% of the 1 GiB of db.t3.micro
    expect(alarms.FreeableMemory).toMatchObject({ Threshold: Math.round(GIB / 10), ComparisonOperator: 'LessThanThreshold' });
    // 10% of the default 20 GiB
    expect(alarms.FreeStorageSpace).toMatchObject({ Threshold: 2 * GIB, ComparisonOperator: 'LessThanThreshold' });
    // 80% of MySQL's default max_connections for 1 GiB: floor(1073741824 / 12582880) = 85
    expect(alarms.DatabaseConnections).toMatchObject({ Threshold: Math.floor(85 * 0.8), Statistic: 'Maximum' });
    const instanceId = stack.resolve((db.instance!.node.defaultChild as rds.CfnDBInstance).ref);
    for (const alarm of Object.values(alarms)) {
      expect(alarm).toMatchObject({ Period: 300, EvaluationPeriods: 3, DatapointsToAlarm: 3, TreatMissingData: 'missing' });
      expect(alarm.Dimensions).toEqual([{ Name: 'DBInstanceIdentifier', Value: instanceId }]);
      const topic = { Ref: stack.getLogicalId(db.alarmTopic!.node.defaultChild as sns.CfnTopic) };
      expect(alarm.AlarmActions).toEqual([topic]);
      expect(alarm.OKActions).toEqual([topic]);
    }
    // the topic is encrypted with the database's key, which lets CloudWatch publish to it
    const keyArn = { 'Fn::GetAtt': [stack.getLogicalId(db.encryptionKey.node.defaultChild as any), 'Arn'] };
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: keyArn });
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowCloudWatchAlarmsToPublishToTheEncryptedTopic',
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        })]),
      },
    });
    // the topic takes only TLS, and its policy (which replaces SNS's default one) lets the alarms
    // of this account and Region publish (https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html)
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Sid: 'AllowCloudWatchAlarmsOfThisAccountToPublish',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: {
              StringEquals: { 'aws:SourceAccount': '111111111111' },
              ArnLike: { 'aws:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':cloudwatch:us-east-1:111111111111:alarm:*']] } },
            },
          }),
        ]),
      },
    });
    expect(db.alarms).toHaveLength(4);
  });

  test('thresholds and actions are the user\'s when given: no topic is created', () => {
    // GIVEN
    const stack = newStack();
    const topic = new sns.Topic(stack, 'Pager');

    // WHEN
    const db = new SecureDatabase(stack, 'Db', {
      vpc: isolatedVpc(stack),
      allocatedStorageGiB: 100,
      instanceType: new ec2.InstanceType('m6g.large'),
      alarms: {
        actions: [new cloudwatchActions.SnsAction(topic)],
        cpuUtilizationPercent: 90,
        freeStorageSpacePercent: 20,
        freeableMemoryPercent: 5,
        connectionsPercent: 50,
        maxConnections: 400,
      },
    });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::SNS::Topic', 1);
    expect(db.alarmTopic).toBeUndefined();
    const alarms = alarmsByMetric(template);
    expect(alarms.CPUUtilization.Threshold).toBe(90);
    expect(alarms.FreeStorageSpace.Threshold).toBe(20 * GIB);
    expect(alarms.FreeableMemory.Threshold).toBe(Math.round(8 * GIB * 0.05));
    expect(alarms.DatabaseConnections.Threshold).toBe(200);
    expect(alarms.CPUUtilization.AlarmActions).toEqual([{ Ref: stack.getLogicalId(topic.node.defaultChild as sns.CfnTopic) }]);
  });

  test('a MySQL read replica adds a ReplicaLag alarm (seconds) and one for stopped replication (ReplicaLag -1)', () => {
    const { db, stack, template } = secure({ readReplica: true, alarms: { replicaLag: Duration.minutes(2) } });
    const lags = Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'ReplicaLag' } })).map(r => r.Properties);
    const replicaId = stack.resolve((db.readReplica!.node.defaultChild as rds.CfnDBInstance).ref);
    expect(lags.map(l => [l.Statistic, l.ComparisonOperator, l.Threshold]).sort()).toEqual([
      ['Maximum', 'GreaterThanThreshold', 120],
      ['Minimum', 'LessThanThreshold', 0],
    ]);
    for (const lag of lags) {
      expect(lag.Dimensions).toEqual([{ Name: 'DBInstanceIdentifier', Value: replicaId }]);
    }
  });

  test('a PostgreSQL read replica has no stopped-replication alarm (the -1 is MySQL\'s and MariaDB\'s)', () => {
    const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 });
    const { template } = secure({ engine, readReplica: true, alarms: {} });
    expect(Object.values(template.findResources('AWS::CloudWatch::Alarm', { Properties: { MetricName: 'ReplicaLag' } }))).toHaveLength(1);
  });

  test('an Aurora PostgreSQL cluster with a reader: cluster metrics, no storage alarm, the writer\'s AuroraReplicaLagMaximum (milliseconds)', () => {
    // GIVEN / WHEN
    const { db, stack, template } = secure({
      clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_6 }),
      instanceType: new ec2.InstanceType('r6g.large'),
      readReplica: true,
      alarms: {},
    });

    // THEN
    const alarms = alarmsByMetric(template);
    expect(Object.keys(alarms).sort()).toEqual(['AuroraReplicaLagMaximum', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory']);
    const clusterId = stack.resolve((db.cluster!.node.defaultChild as rds.CfnDBCluster).ref);
    expect(alarms.CPUUtilization.Dimensions).toEqual([{ Name: 'DBClusterIdentifier', Value: clusterId }]);
    // LEAST(16 GiB / 9531392, 5000) = 1802, 80% of it
    expect(alarms.DatabaseConnections.Threshold).toBe(Math.floor(1802 * 0.8));
    expect(alarms.AuroraReplicaLagMaximum.Threshold).toBe(60_000);
    // by role, so that it follows a failover
    expect(alarms.AuroraReplicaLagMaximum.Dimensions).toEqual([{ Name: 'DBClusterIdentifier', Value: clusterId }, { Name: 'Role', Value: 'WRITER' }]);
  });

  test('an instance class the library has no memory for: no memory alarm, and a warning', () => {
    const { stack } = secure({ instanceType: new ec2.InstanceType('x2g.large'), alarms: {} });
    const template = Template.fromStack(stack);
    expect(Object.keys(alarmsByMetric(template))).not.toContain('FreeableMemory');
    Annotations.fromStack(stack).hasWarning('/Stack/Db/Alarms', Match.stringLikeRegexp('no freeable memory alarm, since the memory of db.x2g.large'));
  });

  test('SQL Server: no connections alarm without maxConnections (a warning), one with it', () => {
    const engine = rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 });
    const without = secure({ engine, instanceType: new ec2.InstanceType('t3.small'), alarms: {} });
    expect(Object.keys(alarmsByMetric(without.template))).not.toContain('DatabaseConnections');
    Annotations.fromStack(without.stack).hasWarning('/Stack/Db/Alarms', Match.stringLikeRegexp('set alarms.maxConnections'));
    const withLimit = secure({ engine, instanceType: new ec2.InstanceType('t3.small'), alarms: { maxConnections: 100 } });
    expect(alarmsByMetric(withLimit.template).DatabaseConnections.Threshold).toBe(80);
  });

  test('an imported key: its policy cannot let CloudWatch in, so the synth warns', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Imported', 'arn:aws:kms:us-east-1:111111111111:key/0123abcd-0123-0123-0123-0123456789ab');

    // WHEN
    new SecureDatabase(stack, 'Db', { vpc: isolatedVpc(stack), encryptionKey: key, alarms: {} });

    // THEN
    Annotations.fromStack(stack).hasWarning('/Stack/Db/Alarms', Match.stringLikeRegexp('let cloudwatch.amazonaws.com use it'));
    // the control: a key of this stack gets the statement and no warning
    const { stack: own } = secure({ alarms: {} });
    expect(Annotations.fromStack(own).findWarning('/Stack/Db/Alarms', Match.stringLikeRegexp('cloudwatch.amazonaws.com'))).toEqual([]);
  });

  test('the composite takes alarms in databaseOptions and exposes them', () => {
    const stack = newStack();
    const access = new SecureDatabaseAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], databaseOptions: { alarms: {} } });
    expect(access.alarms).toHaveLength(4);
    expect(access.alarmTopic).toBeDefined();
    Template.fromStack(stack).resourceCountIs('AWS::CloudWatch::Alarm', 4);
  });

  /** [what, refused alarms, message, a control that synthesizes] */
  test.each<[string, unknown, RegExp, DatabaseAlarmsOptions]>([
    ['alarms that is no object', 'yes', /^alarms must be DatabaseAlarmsOptions \(an object; \{\} for the defaults\), got 'yes'$/, {}],
    ['cpuUtilizationPercent above 100', { cpuUtilizationPercent: 120 }, /^alarms\.cpuUtilizationPercent must be a percentage above 0 and below 100, got 120$/, { cpuUtilizationPercent: 95 }],
    ['cpuUtilizationPercent 0', { cpuUtilizationPercent: 0 }, /^alarms\.cpuUtilizationPercent must be a percentage .* got 0$/, { cpuUtilizationPercent: 1 }],
    ['freeStorageSpacePercent as a string', { freeStorageSpacePercent: '10' }, /^alarms\.freeStorageSpacePercent must be a percentage .* got '10'$/, { freeStorageSpacePercent: 10 }],
    ['freeableMemoryPercent NaN', { freeableMemoryPercent: NaN }, /^alarms\.freeableMemoryPercent must be a percentage .* got NaN$/, { freeableMemoryPercent: 15 }],
    ['connectionsPercent 100', { connectionsPercent: 100 }, /^alarms\.connectionsPercent must be a percentage .* got 100$/, { connectionsPercent: 99 }],
    ['maxConnections 0', { maxConnections: 0 }, /^alarms\.maxConnections must be a whole number of connections \(1 or more\), got 0$/, { maxConnections: 1 }],
    ['maxConnections 1.5', { maxConnections: 1.5 }, /^alarms\.maxConnections must be a whole number .* got 1\.5$/, { maxConnections: 2 }],
    ['replicaLag as seconds', { replicaLag: 60 }, /^alarms\.replicaLag must be a Duration such as Duration\.minutes\(1\), got 60$/, { replicaLag: Duration.seconds(60) }],
    ['actions that are topic ARNs', { actions: ['arn:aws:sns:us-east-1:111111111111:pager'] },
      /^alarms\.actions\[0\] must be a cloudwatch\.IAlarmAction such as new cloudwatch_actions\.SnsAction\(topic\), got 'arn:aws:sns:us-east-1:111111111111:pager'$/, { actions: [] }],
  ])('%s is refused', (_name, refused, message, control) => {
    expect(thrown(() => secure({ alarms: refused as DatabaseAlarmsOptions }))).toMatch(message);
    expect(() => secure({ alarms: control })).not.toThrow();
  });

  test('the composite names them databaseOptions.alarms', () => {
    const stack = newStack();
    expect(thrown(() => new SecureDatabaseAccess(stack, 'Access', {
      consumers: [SharePrincipal.account('222222222222')],
      databaseOptions: { alarms: { cpuUtilizationPercent: 120 } },
    }))).toMatch(/^databaseOptions\.alarms\.cpuUtilizationPercent must be a percentage/);
  });
});

describe('default max_connections', () => {
  test.each<[string, string, string | undefined, number | undefined]>([
    // 8 GiB / 12582880
    ['mysql', 'm6g.large', undefined, 682],
    // LEAST(16 GiB / 9531392, 5000)
    ['postgres', 'r6g.large', undefined, 1802],
    ['postgres', 'r6g.4xlarge', undefined, 5000],
    // LEAST(8 GiB / 25165760, 12000); 10.4: 8 GiB / 12582880
    ['mariadb', 't3.large', '10.11.9', 341],
    ['mariadb', 't3.large', '10.4.34', 682],
    // the Aurora MySQL table
    ['aurora-mysql', 't4g.medium', undefined, 90],
    ['aurora-mysql', 'r6g.large', undefined, 1000],
    ['aurora-mysql', 'r7g.24xlarge', undefined, 7000],
    ['aurora-postgresql', 'r6g.large', undefined, 1802],
    ['sqlserver-ex', 't3.small', undefined, undefined],
    ['mysql', 'x2g.large', undefined, undefined],
  ])('%s on db.%s (%s): %s', (engineType, instanceClass, version, expected) => {
    expect(defaultMaxConnections(engineType, version, new ec2.InstanceType(instanceClass))).toBe(expected);
  });
});

describe('SecureDatabase metrics', () => {
  test('instance metrics carry the instance dimension; the replica lag is the replica\'s', () => {
    const { db, stack } = secure({ readReplica: true });
    const dims = (m: cloudwatch.Metric) => stack.resolve(m.dimensions);
    const instanceId = stack.resolve((db.instance!.node.defaultChild as rds.CfnDBInstance).ref);
    expect(db.metricCPUUtilization().metricName).toBe('CPUUtilization');
    expect(db.metricCPUUtilization().statistic).toBe('Average');
    expect(dims(db.metricDatabaseConnections())).toEqual({ DBInstanceIdentifier: instanceId });
    expect(db.metricFreeableMemory().namespace).toBe('AWS/RDS');
    expect(db.metricFreeStorageSpace().metricName).toBe('FreeStorageSpace');
    expect(db.metricReplicaLag().metricName).toBe('ReplicaLag');
    const replicaId = stack.resolve((db.readReplica!.node.defaultChild as rds.CfnDBInstance).ref);
    expect(dims(db.metricReplicaLag())).toEqual({ DBInstanceIdentifier: replicaId });
    expect(db.metric('ReadIOPS', { statistic: 'Sum' }).statistic).toBe('Sum');
  });

  test('a cluster: cluster dimension, no FreeStorageSpace, the writer\'s AuroraReplicaLagMaximum', () => {
    const { db, stack } = secure({
      clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
      readReplica: true,
    });
    const clusterId = stack.resolve((db.cluster!.node.defaultChild as rds.CfnDBCluster).ref);
    expect(stack.resolve(db.metricCPUUtilization().dimensions)).toEqual({ DBClusterIdentifier: clusterId });
    expect(() => db.metricFreeStorageSpace()).toThrow(/^metricFreeStorageSpace: an Aurora cluster publishes no FreeStorageSpace/);
    expect(db.metricReplicaLag().metricName).toBe('AuroraReplicaLagMaximum');
    expect(stack.resolve(db.metricReplicaLag().dimensions)).toEqual({ DBClusterIdentifier: clusterId, Role: 'WRITER' });
  });

  test('metricReplicaLag without a replica throws', () => {
    const { db } = secure();
    expect(() => db.metricReplicaLag()).toThrow(/^metricReplicaLag: this database has no read replica or reader/);
  });
});

describe('SharedDatabaseDashboard', () => {
  test('the composite with dashboard: true: database health on the left, Lattice traffic on the right', () => {
    // GIVEN / WHEN
    const stack = readmeStack();
    const template = Template.fromStack(stack);

    // THEN
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const { widgets } = dashboardBody(template);
    const left = widgets.filter(w => w.x === 0 && w.width === 12);
    const right = widgets.filter(w => w.x === 12);
    expect(left.map(w => w.properties.title)).toEqual([
      'CPU utilization (%)', 'Database connections', 'Freeable memory and free storage (bytes)', 'Read replica lag (s)',
    ]);
    expect(left.every(w => w.type === 'metric')).toBe(true);
    expect(right.map(w => w.type)).toEqual(['log', 'log', 'log']);
    // the queries read the access log groups of both configurations
    const query = (right[0].properties as any).query as string;
    expect(query.match(/SOURCE '/g)).toHaveLength(2);
    expect(query).toContain('parse sourceVpcArn');
    expect(query).toContain('by bin(5m), consumerAccount');
    // the alarms' state on top
    expect(widgets.find(w => w.type === 'alarm')?.properties.title).toBe('Alarms');
  });

  test('the README picture is the layout of the synthesized dashboard', () => {
    // regenerate with `npx projen dashboard:render`
    expect(fs.readFileSync(PICTURE, 'utf-8')).toEqual(renderDashboard(dashboardBody(Template.fromStack(readmeStack()))));
  });

  test('no dashboard by default', () => {
    const stack = newStack();
    const access = new SecureDatabaseAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')] });
    Template.fromStack(stack).resourceCountIs('AWS::CloudWatch::Dashboard', 0);
    expect(access.dashboard).toBeUndefined();
  });

  test('configurations without access logs: the Lattice side says so', () => {
    // GIVEN
    const stack = newStack();
    const vpc = isolatedVpc(stack);
    const db = new SecureDatabase(stack, 'Db', { vpc });
    const resourceGateway = new ResourceGateway(stack, 'Gateway', { vpc });
    const shared = new LatticeSharedDatabase(stack, 'Shared', { resourceGateway, instance: db.instance, accessLogs: false });

    // WHEN
    new SharedDatabaseDashboard(stack, 'Dashboard', { instance: db.instance, sharedDatabases: [shared] });

    // THEN
    const { widgets } = dashboardBody(Template.fromStack(stack));
    expect(widgets.filter(w => w.type === 'log')).toHaveLength(0);
    expect(widgets.find(w => w.x === 12)?.properties.markdown).toMatch(/^## No resource access logs/);
  });

  test.each<[string, (s: Stack, db: SecureDatabase) => Record<string, unknown>, RegExp]>([
    ['neither instance nor cluster', () => ({}), /^Give exactly one of instance and cluster; got neither$/],
    ['an instance identifier string', () => ({ instance: 'database-1' }), /^instance must be an rds\.IDatabaseInstance, got 'database-1'$/],
    ['a sharedDatabases entry that is an ARN', (_s, db) => ({ instance: db.instance, sharedDatabases: ['arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0'] }),
      /^sharedDatabases\[0\] must be a LatticeSharedDatabase, got 'arn:aws:vpc-lattice:/],
  ])('%s is refused', (_name, props, message) => {
    const stack = newStack();
    const db = new SecureDatabase(stack, 'Db', { vpc: isolatedVpc(stack) });
    expect(thrown(() => new SharedDatabaseDashboard(stack, 'Dashboard', props(stack, db) as any))).toMatch(message);
    // the control
    new SharedDatabaseDashboard(stack, 'Control', { instance: db.instance });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });
});
