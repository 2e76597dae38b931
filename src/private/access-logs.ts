import { Names, RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';
import { allowCloudWatchLogs } from './logs-key';
import { latticeName } from './names';
import { ruleFromCheck, ValidationRule } from './rules';
import { isUnresolved, show, validateBoolean, validateEnum } from './validation';

/**
 * Resource access logs of a VPC Lattice resource configuration.
 *
 * VPC Lattice: "for resource configurations, we publish `VpcLatticeResourceAccessLogs` which needs
 * to be configured separately" (VPC Lattice User Guide, Access logs,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html): the access log
 * subscription of a service network records only the traffic that comes through the network, not a
 * resource endpoint (`SharedDatabaseEndpoint`) that reaches the configuration directly.
 *
 * They are CloudWatch Logs vended logs of the V2 kind ("Logging that requires additional
 * permissions [V2]", https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-vended-logs-permissions-V2.html):
 * a delivery source (`AWS::Logs::DeliverySource`, ResourceArn the configuration's ARN, LogType
 * `RESOURCE_ACCESS_LOGS`, the log type aws-cdk-lib's generated `CfnResourceConfigurationResourceAccessLogs`
 * names for `AWS::VpcLattice::ResourceConfiguration`,
 * https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.mixins_preview.aws_vpclattice.mixins/CfnResourceConfigurationResourceAccessLogs.html),
 * a delivery destination (`AWS::Logs::DeliveryDestination` on a log group) and a delivery
 * (`AWS::Logs::Delivery`) that pairs them
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-deliverysource.html).
 */
export const RESOURCE_ACCESS_LOG_TYPE = 'RESOURCE_ACCESS_LOGS';

/**
 * The longest name of a delivery source and of a delivery destination: "Length Constraints: Minimum
 * length of 1. Maximum length of 60. Pattern: [\w-]*" (PutDeliverySource and PutDeliveryDestination,
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html,
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html).
 * `latticeName` writes lowercase letters, digits and hyphens, which the pattern admits.
 */
export const DELIVERY_NAME_MAX_LENGTH = 60;

/**
 * The prefix `latticeName` should avoid: none. A readable name never starts with a hyphen
 * (`latticeName` strips it), so a hyphen reserves nothing.
 */
const NO_RESERVED_PREFIX = '-';

/**
 * The destination type of a log group: "deliveryDestinationType ... Valid Values: S3 | CWL | FH | XRAY"
 * (DeliveryDestination, https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeliveryDestination.html).
 */
const LOG_GROUP_DESTINATION_TYPE = 'CWL';

/**
 * How the resource access logs of one resource configuration are kept.
 */
export interface ResourceAccessLogOptions {
  /**
   * An existing log group to deliver to. `retention` and `encryptionKey` apply only to a log
   * group created here.
   * @default - a new log group, encrypted, retained
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * How long the created log group keeps its logs.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly retention?: logs.RetentionDays;

  /**
   * The key that encrypts the created log group; its key policy must already let CloudWatch Logs
   * of this Region use it (this function does not change a given key's policy).
   * @default - a new customer managed key with rotation on, retained, usable by CloudWatch Logs
   * for this log group only
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Values whose change replaces the resource configuration, beyond its ARN as given. For a
   * configuration created in this stack, whose ARN is a `Fn::GetAtt` that stays the same when it is
   * replaced, give what changes instead (its generated name).
   *
   * Why: the delivery source cannot follow a new configuration in place ("Update to existing
   * Delivery Source with new ResourceId is not allowed. Please create a new Delivery Source
   * instead"), and CloudWatch Logs keeps one delivery source per resource, so a new source name
   * for the same configuration fails too
   * (https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2513). The
   * source's name therefore changes exactly when the configuration is replaced.
   * @default - the ARN alone
   */
  readonly replacedBy?: Record<string, unknown>;
}

/**
 * What `addResourceAccessLogs` made.
 */
export interface ResourceAccessLogs {
  /** The log group the records go to: the given one or the one created. */
  readonly logGroup: logs.ILogGroup;
  /** The key created for the log group, when one was. */
  readonly encryptionKey?: kms.IKey;
  /** The delivery source of the configuration. */
  readonly deliverySource: logs.CfnDeliverySource;
  /** The delivery destination on the log group. */
  readonly deliveryDestination: logs.CfnDeliveryDestination;
  /** The delivery that pairs them. */
  readonly delivery: logs.CfnDelivery;
}

/**
 * Sends the resource access logs of a resource configuration to CloudWatch Logs: adds, in
 * `scope`, the log group (`AccessLogs`, unless one is given) and its key (`AccessLogKey`, unless
 * one is given), the delivery source (`AccessLogDeliverySource`), the delivery destination
 * (`AccessLogDeliveryDestination`) and the delivery (`AccessLogDelivery`).
 *
 * Names: delivery sources and destinations are named, "This name must be unique for all delivery
 * sources in your account" (PutDeliverySource, linked above), and every property of a delivery
 * destination and of a delivery, and the Name of a source, replaces the resource (the
 * `causesReplacement` of AWS::Logs::DeliverySource Name, AWS::Logs::DeliveryDestination Name,
 * DestinationResourceArn, DeliveryDestinationType and OutputFormat, AWS::Logs::Delivery
 * DeliverySourceName and DeliveryDestinationArn in the CloudFormation resource specification).
 * CloudFormation creates a replacement before it deletes the old resource, so each name is
 * derived like the Lattice names (`latticeName`): the construct path and a hash of the values whose
 * change replaces the resource.
 *
 * The log group receives the records under a resource policy for `delivery.logs.amazonaws.com`:
 * "If the log group currently does not have a resource policy, and the user setting up the logging
 * has the logs:PutResourcePolicy, logs:DescribeResourcePolicies, and logs:DescribeLogGroups
 * permissions for the log group, then AWS automatically creates" it (CloudWatch Logs User Guide,
 * Logs sent to CloudWatch Logs,
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-V2-CloudWatchLogs.html),
 * as it does for the service network's access log subscription: no policy is written here. The
 * created log group's name starts with `/aws/vendedlogs/`, the prefix CloudWatch Logs uses with a
 * wildcard when its resource policy nears the 5120-character limit
 * (https://docs.aws.amazon.com/step-functions/latest/dg/bp-cwl.html).
 *
 * @param scope where the resources are added (the construct of the resource configuration)
 * @param resourceConfigurationArn the ARN of the resource configuration
 * @param options the log group, its retention and key, and the values that replace the configuration
 */
export function addResourceAccessLogs(
  scope: Construct, resourceConfigurationArn: string, options: ResourceAccessLogOptions = {},
): ResourceAccessLogs {
  let logGroup: logs.ILogGroup;
  let createdKey: kms.Key | undefined;
  if (options.logGroup !== undefined) {
    logGroup = options.logGroup;
  } else {
    const logGroupName = accessLogGroupName(scope);
    if (options.encryptionKey === undefined) {
      createdKey = new kms.Key(scope, 'AccessLogKey', {
        description: `Encrypts the VPC Lattice resource access logs of ${scope.node.path}`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      allowCloudWatchLogs(createdKey, 'AllowCloudWatchLogsForThisLogGroup', logGroupName);
    }
    logGroup = new logs.LogGroup(scope, 'AccessLogs', {
      logGroupName,
      retention: options.retention ?? logs.RetentionDays.ONE_YEAR,
      encryptionKey: options.encryptionKey ?? createdKey,
      // the records outlive the stack: who connected is evidence after the database is gone
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  const deliverySource = new logs.CfnDeliverySource(scope, 'AccessLogDeliverySource', {
    name: 'set below, from its own path',
    logType: RESOURCE_ACCESS_LOG_TYPE,
    resourceArn: resourceConfigurationArn,
  });
  // LogType and ResourceArn do not replace the source in the resource specification, but
  // CloudWatch Logs refuses a new ResourceArn on an existing source (see replacedBy): the name,
  // which does replace it, carries both
  deliverySource.name = latticeName(deliverySource, DELIVERY_NAME_MAX_LENGTH, NO_RESERVED_PREFIX, {
    ...options.replacedBy,
    logType: RESOURCE_ACCESS_LOG_TYPE,
    resourceArn: resourceConfigurationArn,
  });

  const deliveryDestination = new logs.CfnDeliveryDestination(scope, 'AccessLogDeliveryDestination', {
    name: 'set below, from its own path',
    destinationResourceArn: logGroup.logGroupArn,
    deliveryDestinationType: LOG_GROUP_DESTINATION_TYPE,
  });
  deliveryDestination.name = latticeName(deliveryDestination, DELIVERY_NAME_MAX_LENGTH, NO_RESERVED_PREFIX, {
    destinationResourceArn: logGroup.logGroupArn,
    deliveryDestinationType: LOG_GROUP_DESTINATION_TYPE,
  });

  const delivery = new logs.CfnDelivery(scope, 'AccessLogDelivery', {
    // Ref of a delivery source is its name (its primary identifier)
    deliverySourceName: deliverySource.ref,
    deliveryDestinationArn: deliveryDestination.attrArn,
  });

  return { logGroup, encryptionKey: createdKey, deliverySource, deliveryDestination, delivery };
}

/**
 * The name of a created access log group, fixed (derived from the construct path) so the created
 * key's policy can name the log group without a circular reference, as `ServiceNetwork` names its
 * own access log group.
 */
export function accessLogGroupName(scope: IConstruct): string {
  return `/aws/vendedlogs/vpclattice/resource-access/${Names.uniqueResourceName(scope, { maxLength: 200, separator: '-' })}`;
}

/**
 * The props a construct takes for the resource access logs of its configuration.
 */
export interface AccessLogProps {
  readonly accessLogs?: boolean;
  readonly accessLogGroup?: logs.ILogGroup;
  readonly accessLogRetention?: logs.RetentionDays;
  readonly accessLogEncryptionKey?: kms.IKey;
}

/**
 * The type guards of the access log props (they stop at once: the rules read the log group's ARN
 * and the key's path).
 */
export function guardAccessLogProps(props: AccessLogProps, scope: IConstruct): void {
  const group = props.accessLogGroup as Partial<logs.ILogGroup> | null | undefined;
  if (group !== undefined && (group === null || typeof group !== 'object' || typeof group.logGroupArn !== 'string' || group.node === undefined)) {
    throw new Error(`accessLogGroup must be a logs.ILogGroup (such as logs.LogGroup.fromLogGroupName(scope, id, name)), got ${show(group, scope)}`);
  }
  const key = props.accessLogEncryptionKey as Partial<kms.IKey> | null | undefined;
  if (key !== undefined && (key === null || typeof key !== 'object' || typeof key.keyArn !== 'string' || key.node === undefined)) {
    throw new Error(`accessLogEncryptionKey must be a kms.IKey (such as kms.Key.fromKeyArn(scope, id, arn)), got ${show(key, scope)}`);
  }
}

/**
 * The rules of the access log props: types, and the pairs that contradict each other (a log group
 * with what applies only to a created one, any of them with access logs off). Run
 * `guardAccessLogProps` first.
 *
 * @param scope any construct of the stack, to show tokens in
 */
export function accessLogRules(props: AccessLogProps, scope: IConstruct): ValidationRule[] {
  const createdOnly: Array<[string, string]> = [];
  if (props.accessLogRetention !== undefined) {
    createdOnly.push(['accessLogRetention', show(props.accessLogRetention, scope)]);
  }
  if (props.accessLogEncryptionKey !== undefined) {
    createdOnly.push(['accessLogEncryptionKey', show(props.accessLogEncryptionKey.node.path)]);
  }
  const givenText = createdOnly.map(([k, v]) => `${k} ${v}`).join(', ');
  const apply = createdOnly.length > 1 ? 'apply' : 'applies';
  const them = createdOnly.length > 1 ? 'them' : 'it';
  const group = props.accessLogGroup;
  const off = props.accessLogs === false;
  return [
    ruleFromCheck(() => validateBoolean('accessLogs', props.accessLogs)),
    {
      // it decides which resources the construct creates
      condition: () => isUnresolved(props.accessLogs),
      message: () => `accessLogs must be true or false at synth time, since it decides which resources are created; got ${show(props.accessLogs, scope)}`,
    },
    ruleFromCheck(() => validateEnum('accessLogRetention', props.accessLogRetention, logs.RetentionDays, 'logs.RetentionDays')),
    {
      // "CloudWatch Logs supports only symmetric KMS keys" (AssociateKmsKey,
      // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html)
      condition: () => asymmetricKey(props.accessLogEncryptionKey) !== undefined,
      message: () => {
        const { spec, usage } = asymmetricKey(props.accessLogEncryptionKey)!;
        return 'accessLogEncryptionKey must be a symmetric encryption key (keySpec SYMMETRIC_DEFAULT, keyUsage ENCRYPT_DECRYPT), since CloudWatch Logs takes no other; '
          + `got ${show(props.accessLogEncryptionKey!.node.path)} with keySpec ${show(spec)} and keyUsage ${show(usage)}`;
      },
    },
    {
      condition: () => off && group !== undefined,
      message: () => `accessLogGroup ${show(group!.node.path)} is given, but accessLogs is false: remove one of them`,
    },
    {
      condition: () => off && createdOnly.length > 0,
      message: () => `${givenText} ${apply} only to access logs, but accessLogs is false: remove ${them} or set accessLogs to true`,
    },
    {
      condition: () => !off && group !== undefined && createdOnly.length > 0,
      message: () => `${givenText} ${apply} only to a log group this construct creates, not to accessLogGroup ${show(group!.node.path)}: remove ${them} or accessLogGroup`,
    },
  ];
}

/**
 * The key spec and usage of a key created in this app that is no symmetric encryption key;
 * undefined for a symmetric key, an imported key (not judged) and no key.
 */
function asymmetricKey(key: kms.IKey | undefined): { spec: unknown; usage: unknown } | undefined {
  const cfn = key?.node.defaultChild;
  if (!kms.CfnKey.isCfnKey(cfn)) {
    return undefined;
  }
  const spec = cfn.keySpec;
  const usage = cfn.keyUsage;
  if ((typeof spec === 'string' && spec !== 'SYMMETRIC_DEFAULT') || (typeof usage === 'string' && usage !== 'ENCRYPT_DECRYPT')) {
    return { spec, usage };
  }
  return undefined;
}
