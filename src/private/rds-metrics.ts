import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as rds from 'aws-cdk-lib/aws-rds';

/*
 * The AWS/RDS metrics of a database, for SecureDatabase's metric methods, its alarms and the
 * dashboard (RDS User Guide, Amazon CloudWatch metrics for Amazon RDS,
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-metrics.html; Aurora User Guide,
 * Amazon CloudWatch metrics for Amazon Aurora,
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.AuroraMonitoring.Metrics.html).
 */

/** An instance or an Aurora cluster (exactly one). */
export interface MetricsTarget {
  readonly instance?: rds.IDatabaseInstance;
  readonly cluster?: rds.IDatabaseCluster;
}

/**
 * A metric of the database: of the instance (`DBInstanceIdentifier`), or of the Aurora cluster
 * (`DBClusterIdentifier`).
 */
export function databaseMetric(target: MetricsTarget, metricName: string, options?: cloudwatch.MetricOptions): cloudwatch.Metric {
  return target.instance ? target.instance.metric(metricName, options) : target.cluster!.metric(metricName, options);
}

/**
 * The lag of an Aurora cluster's replicas as its writer reports it, aggregated by role so that it
 * follows a failover: `AuroraReplicaLagMaximum` ("The maximum amount of lag between the primary
 * instance and any of the Aurora DB instance in the DB cluster", milliseconds) with the dimensions
 * DBClusterIdentifier, Role (Aurora User Guide, Dimensions for Aurora,
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/dimensions.html).
 */
export function auroraReplicaLag(cluster: rds.IDatabaseCluster, options?: cloudwatch.MetricOptions): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: 'AWS/RDS',
    metricName: 'AuroraReplicaLagMaximum',
    dimensionsMap: { DBClusterIdentifier: cluster.clusterIdentifier, Role: 'WRITER' },
    statistic: 'Maximum',
    ...options,
  });
}
