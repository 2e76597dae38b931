import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { LatticeSharedDatabase } from './lattice-shared-database';
import { databaseMetric } from './private/rds-metrics';
import { validateConstruct, validateEntries, validatePropsObject, validateString, warnUnknownProps } from './private/validation';

/**
 * Alarms on a secure database (`DatabaseOptions.alarms`): giving this object, even `{}`, turns
 * them on. Each alarm fires after three five-minute periods in a row beyond its threshold and
 * notifies `actions` (on alarm and on OK).
 *
 * - CPU: `CPUUtilization` above `cpuUtilizationPercent`.
 * - Memory: `FreeableMemory` below `freeableMemoryPercent` of the instance class's memory
 *   (for the classes the library knows: db.t3, t4g, m5, m6g, m6i, m7g, r5, r6g, r6i, r7g; other
 *   classes get no memory alarm and a synth warning).
 * - Storage (RDS instances; Aurora storage grows by itself): `FreeStorageSpace` below
 *   `freeStorageSpacePercent` of the allocated storage.
 * - Connections: `DatabaseConnections` above `connectionsPercent` of `maxConnections`, by default
 *   the engine's default `max_connections` for the class (an upper estimate: RDS derives it from
 *   the class memory less what it reserves). SQL Server has no such default: give `maxConnections`.
 * - Replica lag, when there is a read replica or an Aurora reader: `ReplicaLag` (RDS) or
 *   `AuroraReplicaLagMaximum` of the writer (Aurora) above `replicaLag`; for MySQL and MariaDB
 *   replicas also `ReplicaLag` -1, which RDS reports when replication is not active.
 *
 * AWS publishes no VPC Lattice metric for resource configurations or resource gateways (the VPC
 * Lattice metrics are for target groups and services): connection errors through Lattice cannot
 * be alarmed on.
 */
export interface DatabaseAlarmsOptions {
  /**
   * What the alarms do when they fire and when they recover.
   * @default - publish to a new SNS topic (`alarmTopic`), encrypted with the database's key
   */
  readonly actions?: cloudwatch.IAlarmAction[];

  /**
   * CPU utilization above which the CPU alarm fires, in percent.
   * @default 80
   */
  readonly cpuUtilizationPercent?: number;

  /**
   * Free storage below which the storage alarm fires, in percent of the allocated storage (RDS
   * instances only).
   * @default 10
   */
  readonly freeStorageSpacePercent?: number;

  /**
   * Freeable memory below which the memory alarm fires, in percent of the instance class's memory.
   * @default 10
   */
  readonly freeableMemoryPercent?: number;

  /**
   * Connections above which the connections alarm fires, in percent of `maxConnections`.
   * @default 80
   */
  readonly connectionsPercent?: number;

  /**
   * The database's connection limit (`max_connections`), when it is not the engine's default or
   * the library does not know it (SQL Server, classes it has no memory for).
   * @default - the engine's default max_connections for the instance class
   */
  readonly maxConnections?: number;

  /**
   * Replica lag above which the replica lag alarm fires.
   * @default Duration.minutes(1)
   */
  readonly replicaLag?: Duration;
}

/**
 * Props of `SharedDatabaseDashboard`.
 */
export interface SharedDatabaseDashboardProps {
  /**
   * The shared RDS instance. Give this or `cluster`.
   * @default - none: give `cluster`
   */
  readonly instance?: rds.IDatabaseInstance;

  /**
   * The shared Aurora cluster. Give this or `instance`.
   * @default - none: give `instance`
   */
  readonly cluster?: rds.IDatabaseCluster;

  /**
   * Its read replica, whose lag is shown.
   * @default - no replica
   */
  readonly readReplica?: rds.IDatabaseInstance;

  /**
   * The resource configurations that share the database: their resource access logs give the
   * Lattice side (connections by consumer account and endpoint).
   * @default - no Lattice traffic shown
   */
  readonly sharedDatabases?: LatticeSharedDatabase[];

  /**
   * Alarms whose state is shown on top.
   * @default - no alarm row
   */
  readonly alarms?: cloudwatch.IAlarm[];

  /**
   * The dashboard's name.
   * @default - a name CloudFormation generates (dashboard names are unique per account)
   */
  readonly dashboardName?: string;
}

/** The width of a CloudWatch dashboard in grid units, halved for the two sides. */
const HALF = 12;
const HEIGHT = 6;

/**
 * A CloudWatch dashboard for a shared database: its health on the left (CPU, connections,
 * memory, storage, replica lag; `AWS/RDS` metrics) and its VPC Lattice traffic on the right
 * (CloudWatch Logs Insights queries on the resource access logs of its configurations:
 * connections by consumer account over time, by account and endpoint, and the latest ones).
 *
 * VPC Lattice publishes no metric for resource configurations or gateways (its metrics are for
 * target groups and services, VPC Lattice User Guide, CloudWatch metrics,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-cloudwatch.html): the Lattice side
 * comes from the access logs, and is empty for configurations without them.
 */
export class SharedDatabaseDashboard extends Construct {
  /** The dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: SharedDatabaseDashboardProps) {
    super(scope, id);
    validatePropsObject('SharedDatabaseDashboard', 'instance or cluster', props, this);
    warnUnknownProps(this, 'SharedDatabaseDashboard', '', props, PROP_NAMES);
    validateConstruct('instance', props.instance, 'an rds.IDatabaseInstance', ['instanceIdentifier', 'metric'], this);
    validateConstruct('cluster', props.cluster, 'an rds.IDatabaseCluster', ['clusterIdentifier', 'metric'], this);
    validateConstruct('readReplica', props.readReplica, 'an rds.IDatabaseInstance', ['instanceIdentifier', 'metric'], this);
    validateEntries('sharedDatabases', props.sharedDatabases, 'a LatticeSharedDatabase');
    (props.sharedDatabases ?? []).forEach((shared, i) =>
      validateConstruct(`sharedDatabases[${i}]`, shared, 'a LatticeSharedDatabase', ['resourceConfigurationArn'], this));
    validateEntries('alarms', props.alarms, 'a cloudwatch.IAlarm');
    (props.alarms ?? []).forEach((alarm, i) => validateConstruct(`alarms[${i}]`, alarm, 'a cloudwatch.IAlarm', ['alarmArn'], this));
    validateString('dashboardName', props.dashboardName, this);
    if ((props.instance === undefined) === (props.cluster === undefined)) {
      throw new Error(`Give exactly one of instance and cluster; got ${props.instance === undefined ? 'neither' : 'both'}`);
    }

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: props.dashboardName,
      defaultInterval: Duration.hours(3),
    });
    const where = props.instance ? 'the instance' : 'the cluster';
    this.dashboard.addWidgets(new cloudwatch.TextWidget({
      markdown: `# Shared database\nLeft: the health of ${where} (AWS/RDS). Right: connections through VPC Lattice, from the resource access logs of its configurations.`,
      width: 2 * HALF,
      height: 2,
    }));
    if (props.alarms !== undefined && props.alarms.length > 0) {
      this.dashboard.addWidgets(new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: props.alarms, width: 2 * HALF, height: 3 }));
    }
    this.dashboard.addWidgets(
      new cloudwatch.Column(...databaseWidgets(props)),
      new cloudwatch.Column(...latticeWidgets(props.sharedDatabases ?? [])),
    );
  }
}

/** The database's side: CPU, connections, memory and storage, replica lag. */
function databaseWidgets(props: SharedDatabaseDashboardProps): cloudwatch.IWidget[] {
  const metric = (name: string, statistic: string) => databaseMetric(props, name, { statistic, period: Duration.minutes(5) });
  const widgets: cloudwatch.IWidget[] = [
    new cloudwatch.GraphWidget({ title: 'CPU utilization (%)', left: [metric('CPUUtilization', 'Average')], width: HALF, height: HEIGHT }),
    new cloudwatch.GraphWidget({ title: 'Database connections', left: [metric('DatabaseConnections', 'Maximum')], width: HALF, height: HEIGHT }),
    new cloudwatch.GraphWidget({
      title: props.instance ? 'Freeable memory and free storage (bytes)' : 'Freeable memory (bytes)',
      left: [metric('FreeableMemory', 'Minimum')],
      right: props.instance ? [metric('FreeStorageSpace', 'Minimum')] : [],
      width: HALF,
      height: HEIGHT,
    }),
  ];
  if (props.readReplica) {
    widgets.push(new cloudwatch.GraphWidget({
      title: 'Read replica lag (s)',
      left: [props.readReplica.metric('ReplicaLag', { statistic: 'Maximum', period: Duration.minutes(5) })],
      width: HALF,
      height: HEIGHT,
    }));
  }
  return widgets;
}

/**
 * The Lattice side: Logs Insights queries on the access log groups. The consumer account is the
 * account in `sourceVpcArn` (the records have no account field; VPC Lattice User Guide, Resource
 * access log contents, https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html).
 */
function latticeWidgets(shared: LatticeSharedDatabase[]): cloudwatch.IWidget[] {
  const groups = [...new Set(shared.map(s => s.accessLogGroup).filter((g): g is logs.ILogGroup => g !== undefined))];
  if (groups.length === 0) {
    return [new cloudwatch.TextWidget({
      markdown: '## No resource access logs\nThe shared configurations log no connections (accessLogs is false), so there is no Lattice traffic to show.',
      width: HALF,
      height: HEIGHT,
    })];
  }
  const logGroupNames = groups.map(g => g.logGroupName);
  const account = 'parse sourceVpcArn /^arn:[^:]+:ec2:[^:]+:(?<consumerAccount>\\d{12}):vpc\\//';
  return [
    new cloudwatch.LogQueryWidget({
      title: 'Connections by consumer account (every 5 minutes)',
      logGroupNames,
      queryLines: [account, 'stats count(*) as connections by bin(5m), consumerAccount'],
      view: cloudwatch.LogQueryVisualizationType.STACKEDAREA,
      width: HALF,
      height: HEIGHT,
    }),
    new cloudwatch.LogQueryWidget({
      title: 'Connections by consumer account and endpoint',
      logGroupNames,
      queryLines: [account, 'stats count(*) as connections by consumerAccount, vpcEndpointId', 'sort connections desc'],
      view: cloudwatch.LogQueryVisualizationType.TABLE,
      width: HALF,
      height: HEIGHT,
    }),
    new cloudwatch.LogQueryWidget({
      title: 'Latest connections',
      logGroupNames,
      queryLines: ['fields @timestamp, sourceVpcArn, vpcEndpointId, sourceIpPort, resourceConfigurationArn', 'sort @timestamp desc', 'limit 50'],
      view: cloudwatch.LogQueryVisualizationType.TABLE,
      width: HALF,
      height: HEIGHT,
    }),
  ];
}

/** Every prop of `SharedDatabaseDashboardProps` (the compiler keeps the list complete). */
const PROP_NAMES: Record<keyof SharedDatabaseDashboardProps, true> = {
  instance: true,
  cluster: true,
  readReplica: true,
  sharedDatabases: true,
  alarms: true,
  dashboardName: true,
};
