import { Annotations, ArnFormat, Duration, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct, IConstruct } from 'constructs';
import { classMemoryBytes, defaultMaxConnections } from './connection-limits';
import { auroraReplicaLag, databaseMetric } from './rds-metrics';
import { ruleFromCheck, throwIfAny } from './rules';
import { isPlainObject, show, validateDuration, validateEntries, warnUnknownProps } from './validation';
import type { DatabaseAlarmsOptions } from '../database-monitoring';

/** The database the alarms watch, as the builder made it. */
export interface AlarmTarget {
  readonly instance?: rds.DatabaseInstance;
  readonly replica?: rds.DatabaseInstanceReadReplica;
  readonly cluster?: rds.DatabaseCluster;
  readonly clusterReader: boolean;
  /** `engineType` of the engine (`mysql`, `aurora-postgresql`, ...). */
  readonly engineType: string;
  readonly engineVersion?: string;
  readonly instanceType: ec2.InstanceType;
  /** GiB, for an instance. */
  readonly allocatedStorageGiB?: number;
}

/** What `buildDatabaseAlarms` made. */
export interface BuiltAlarms {
  readonly alarms: cloudwatch.Alarm[];
  readonly topic?: sns.Topic;
}

/** Every prop of `DatabaseAlarmsOptions` (the compiler keeps the list complete). */
const ALARM_OPTION_NAMES: Record<keyof DatabaseAlarmsOptions, true> = {
  actions: true,
  cpuUtilizationPercent: true,
  freeStorageSpacePercent: true,
  freeableMemoryPercent: true,
  connectionsPercent: true,
  maxConnections: true,
  replicaLag: true,
};

/** Five-minute periods, three in a row: a sustained state, not a spike. */
const PERIOD = Duration.minutes(5);
const EVALUATION_PERIODS = 3;

/**
 * Refuses alarm options that are not what their types say, naming `<prefix>alarms.<option>`.
 */
export function validateAlarmOptions(options: DatabaseAlarmsOptions | undefined, scope: IConstruct, prefix: string): void {
  if (options === undefined) {
    return;
  }
  const p = `${prefix}alarms`;
  if (!isPlainObject(options as unknown)) {
    throw new Error(`${p} must be DatabaseAlarmsOptions (an object; {} for the defaults), got ${show(options, scope)}`);
  }
  warnUnknownProps(scope, 'DatabaseAlarmsOptions', `${p}.`, options, ALARM_OPTION_NAMES);
  const percent = (name: 'cpuUtilizationPercent' | 'freeStorageSpacePercent' | 'freeableMemoryPercent' | 'connectionsPercent') => ruleFromCheck(() => {
    const value: unknown = options[name];
    if (value !== undefined && !Token.isUnresolved(value) && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 100)) {
      throw new Error(`${p}.${name} must be a percentage above 0 and below 100, got ${show(value, scope)}`);
    }
  });
  throwIfAny('DatabaseAlarmsOptions', [
    percent('cpuUtilizationPercent'),
    percent('freeStorageSpacePercent'),
    percent('freeableMemoryPercent'),
    percent('connectionsPercent'),
    ruleFromCheck(() => {
      const value: unknown = options.maxConnections;
      if (value !== undefined && !Token.isUnresolved(value) && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
        throw new Error(`${p}.maxConnections must be a whole number of connections (1 or more), got ${show(value, scope)}`);
      }
    }),
    ruleFromCheck(() => validateDuration(`${p}.replicaLag`, options.replicaLag, 'Duration.minutes(1)', scope)),
    ruleFromCheck(() => {
      validateEntries(`${p}.actions`, options.actions, 'a cloudwatch.IAlarmAction');
      (options.actions ?? []).forEach((action, i) => {
        if (typeof (action as Partial<cloudwatch.IAlarmAction>)?.bind !== 'function') {
          throw new Error(`${p}.actions[${i}] must be a cloudwatch.IAlarmAction such as new cloudwatch_actions.SnsAction(topic), got ${show(action, scope)}`);
        }
      });
    }),
  ]);
}

/**
 * Alarms on a secure database: CPU, free storage (instances), freeable memory, connections
 * against the engine's limit, and replica lag when there is a replica or reader. Each notifies
 * `options.actions`, or a new SNS topic (`AlarmTopic`) encrypted with `key`.
 *
 * Metrics (namespace `AWS/RDS`; RDS User Guide, Amazon CloudWatch metrics for Amazon RDS,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html, and Aurora User Guide,
 * Amazon CloudWatch metrics for Amazon Aurora,
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html):
 * `CPUUtilization` (Percent), `FreeStorageSpace` and `FreeableMemory` (Bytes),
 * `DatabaseConnections` (Count), `ReplicaLag` (Seconds) for RDS read replicas and
 * `AuroraReplicaLag` (Milliseconds) for an Aurora replica. Aurora has no `FreeStorageSpace`: its
 * volume grows by itself, so no storage alarm is made for a cluster.
 *
 * @param scope where the alarms and the topic go
 * @param prefix how the messages name the options (`databaseOptions.` or nothing)
 */
export function buildDatabaseAlarms(
  scope: Construct, target: AlarmTarget, options: DatabaseAlarmsOptions, key: kms.IKey, prefix: string,
): BuiltAlarms {
  let topic: sns.Topic | undefined;
  let actions = options.actions;
  if (actions === undefined) {
    topic = new sns.Topic(scope, 'AlarmTopic', {
      displayName: `Alarms of ${scope.node.path}`,
      masterKey: key,
      enforceSSL: true,
    });
    // CloudWatch can publish to an encrypted topic only if the key lets it: "Enable compatibility
    // between event sources from AWS services and encrypted topics" (Amazon SNS Developer Guide,
    // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services)
    // (the statement of that page, without conditions: whether CloudWatch's KMS requests carry
    // aws:SourceAccount is not documented)
    const stack = Stack.of(scope);
    const added = key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudWatchAlarmsToPublishToTheEncryptedTopic',
      principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
    })).statementAdded;
    // enforceSSL writes a topic policy, which replaces the default one that let CloudWatch publish:
    // allow the alarms of this account and Region, as "Allow CloudWatch alarms to publish to a
    // topic" does (Amazon SNS Developer Guide, Example cases for Amazon SNS access control,
    // https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html)
    topic.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudWatchAlarmsOfThisAccountToPublish',
      principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['sns:Publish'],
      resources: [topic.topicArn],
      conditions: {
        StringEquals: { 'aws:SourceAccount': stack.account },
        ArnLike: { 'aws:SourceArn': stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) },
      },
    }));
    if (!added) {
      Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:alarmTopicKeyImported',
        `${prefix}alarms: the alarm topic is encrypted with the imported key ${show(key.node.path)}, whose policy cannot be changed here: `
        + 'let cloudwatch.amazonaws.com use it (kms:Decrypt, kms:GenerateDataKey*), or give alarms.actions, or notifications are dropped.');
    }
    actions = [new cloudwatchActions.SnsAction(topic)];
  }

  const alarms: cloudwatch.Alarm[] = [];
  const add = (id: string, metric: cloudwatch.IMetric, threshold: number, comparison: cloudwatch.ComparisonOperator, description: string) => {
    const alarm = new cloudwatch.Alarm(scope, id, {
      metric,
      threshold,
      comparisonOperator: comparison,
      evaluationPeriods: EVALUATION_PERIODS,
      datapointsToAlarm: EVALUATION_PERIODS,
      alarmDescription: description,
      // no data from RDS is not a healthy database: the alarm shows INSUFFICIENT_DATA, not OK
      treatMissingData: cloudwatch.TreatMissingData.MISSING,
    });
    for (const action of actions!) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    alarms.push(alarm);
  };
  const metricOf = (metricName: string, statistic: string = 'Average') => databaseMetric(target, metricName, { period: PERIOD, statistic });

  const cpu = options.cpuUtilizationPercent ?? 80;
  add('CpuUtilizationAlarm', metricOf('CPUUtilization'), cpu, cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    `CPU of the database above ${cpu}% for ${EVALUATION_PERIODS * 5} minutes`);

  const memory = classMemoryBytes(target.instanceType);
  const memoryPercent = options.freeableMemoryPercent ?? 10;
  if (memory !== undefined) {
    add('FreeableMemoryAlarm', metricOf('FreeableMemory', 'Minimum'), Math.round(memory * memoryPercent / 100),
      cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      `Freeable memory below ${memoryPercent}% of the ${memory / 1024 ** 3} GiB of db.${target.instanceType}`);
  } else {
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:alarmClassUnknown',
      `${prefix}alarms: no freeable memory alarm, since the memory of db.${target.instanceType} is not known to the library (db.t3, t4g, m5, m6g, m6i, m7g, r5, r6g, r6i, r7g are).`);
  }

  if (target.instance !== undefined && target.allocatedStorageGiB !== undefined && !Token.isUnresolved(target.allocatedStorageGiB)) {
    const storagePercent = options.freeStorageSpacePercent ?? 10;
    add('FreeStorageSpaceAlarm', metricOf('FreeStorageSpace', 'Minimum'), Math.round(target.allocatedStorageGiB * 1024 ** 3 * storagePercent / 100),
      cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      `Free storage below ${storagePercent}% of the ${target.allocatedStorageGiB} GiB allocated`);
  }

  const limit = options.maxConnections ?? defaultMaxConnections(target.engineType, target.engineVersion, target.instanceType);
  const connectionsPercent = options.connectionsPercent ?? 80;
  if (limit !== undefined) {
    add('ConnectionsAlarm', metricOf('DatabaseConnections', 'Maximum'), Math.floor(limit * connectionsPercent / 100),
      cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      `Connections above ${connectionsPercent}% of ${limit} (${options.maxConnections !== undefined ? 'alarms.maxConnections' : `the default max_connections of ${target.engineType} on db.${target.instanceType}`})`);
  } else {
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:alarmConnectionLimitUnknown',
      `${prefix}alarms: no connections alarm, since the default max_connections of ${target.engineType} on db.${target.instanceType} is not known to the library: set ${prefix}alarms.maxConnections.`);
  }

  const lag = options.replicaLag ?? Duration.minutes(1);
  if (target.replica !== undefined) {
    add('ReplicaLagAlarm', target.replica.metric('ReplicaLag', { period: PERIOD, statistic: 'Maximum' }), lag.toSeconds(),
      cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD, `Read replica more than ${lag.toHumanString()} behind`);
    // "If the ReplicaLag metric returns -1, then replication is currently not active" (RDS User
    // Guide, Monitoring MySQL read replication,
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_MySQL.Replication.ReadReplicas.Monitor.html):
    // the lag alarm never fires then, this one does
    if (['mysql', 'mariadb'].includes(target.engineType)) {
      add('ReplicationStoppedAlarm', target.replica.metric('ReplicaLag', { period: PERIOD, statistic: 'Minimum' }), 0,
        cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD, 'Replication to the read replica is not active (ReplicaLag -1)');
    }
  } else if (target.cluster !== undefined && target.clusterReader) {
    // the writer's lag of its replicas, by role, so that it follows a failover (rds-metrics.ts)
    const readers = auroraReplicaLag(target.cluster, { period: PERIOD });
    add('ReplicaLagAlarm', readers, lag.toMilliseconds(), cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      `An Aurora replica more than ${lag.toHumanString()} behind`);
  }
  return { alarms, topic };
}
