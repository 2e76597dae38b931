import { Names, RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct, IConstruct } from 'constructs';
import { LOG_GROUP_ARN } from './arns';
import { allowCloudWatchLogs } from './logs-key';
import { ruleFromCheck, ValidationRule } from './rules';
import { isUnresolved, show, validateArn, validateBoolean, validateEnum } from './validation';

/*
 * Resource access logs of a VPC Lattice resource configuration.
 *
 * VPC Lattice: "for resource configurations, we publish `VpcLatticeResourceAccessLogs` which needs
 * to be configured separately" (VPC Lattice User Guide, Access logs,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html), and "You can enable
 * monitoring logs on your resource configuration. You can choose a destination to send the logs to"
 * (Resource configurations, Monitoring,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html#resource-configuration-monitoring).
 * The mechanism is the one the service network's logs use, an access log subscription, whose
 * ResourceIdentifier takes a resource configuration: "Pattern:
 * ^((((sn)|(svc)|(rcfg))-[0-9a-z]{17})|(arn...:((servicenetwork/sn)|(resourceconfiguration/rcfg)|(service/svc))-[0-9a-z]{17}))$"
 * (AWS::VpcLattice::AccessLogSubscription,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-accesslogsubscription.html;
 * the same in CreateAccessLogSubscription,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateAccessLogSubscription.html).
 * CloudWatch Logs lists VPC Lattice access logs among the vended logs with "V1 Permissions"
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html): no
 * delivery source, destination or delivery is involved.
 *
 * The service network's own subscription records only what comes through the network; a resource
 * endpoint (`SharedDatabaseEndpoint`) reaches the configuration directly.
 *
 * Updates: ResourceIdentifier replaces the subscription ("Update requires: Replacement"), so a
 * replaced configuration gets a new subscription (on a new resource, so there is no conflict with
 * the old one); DestinationArn updates in place ("No interruption"). A subscription has no name.
 */

/**
 * How the resource access logs of one resource configuration are kept.
 */
export interface AddAccessLogsOptions {
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
}

/**
 * What `addResourceAccessLogs` made.
 */
export interface ResourceAccessLogs {
  /** The log group the records go to: the given one or the one created. */
  readonly logGroup: logs.ILogGroup;
  /** The key created for the log group, when one was. */
  readonly encryptionKey?: kms.IKey;
  /** The access log subscription of the configuration. */
  readonly subscription: vpclattice.CfnAccessLogSubscription;
}

/**
 * Sends the resource access logs of a resource configuration to CloudWatch Logs: adds, in
 * `scope`, the log group (`AccessLogs`, unless one is given) and its key (`AccessLogKey`, unless
 * one is given), and the access log subscription (`AccessLogSubscription`).
 *
 * The log group receives the records under a resource policy for `delivery.logs.amazonaws.com`
 * that AWS writes itself: "If the log group currently does not have a resource policy, and the user
 * setting up the logging has the logs:PutResourcePolicy, logs:DescribeResourcePolicies, and
 * logs:DescribeLogGroups permissions for the log group, then AWS automatically creates" it
 * (CloudWatch Logs User Guide, Logs sent to CloudWatch Logs,
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-CWL.html), as for
 * the service network's subscription: no policy is written here. The created log group's name
 * starts with `/aws/vendedlogs/`, the prefix that page recommends for the wildcard of that policy
 * ("Customers should use a log group name prefix with wildcards such as /aws/vendedlogs/*").
 *
 * @param scope where the resources are added (the construct of the resource configuration)
 * @param resourceConfigurationId the id (or ARN) of the resource configuration
 * @param options the log group, its retention and key
 */
export function addResourceAccessLogs(
  scope: Construct, resourceConfigurationId: string, options: AddAccessLogsOptions = {},
): ResourceAccessLogs {
  let logGroup: logs.ILogGroup;
  let createdKey: kms.IKey | undefined;
  if (options.logGroup !== undefined) {
    logGroup = options.logGroup;
  } else {
    ({ logGroup, createdKey } = newAccessLogGroup(scope, {
      logGroupName: accessLogGroupName(scope),
      keyDescription: `Encrypts the VPC Lattice resource access logs of ${scope.node.path}`,
      retention: options.retention,
      encryptionKey: options.encryptionKey,
      // the records outlive the stack: who connected is evidence after the database is gone
      removalPolicy: RemovalPolicy.RETAIN,
    }));
  }
  const subscription = new vpclattice.CfnAccessLogSubscription(scope, 'AccessLogSubscription', {
    resourceIdentifier: resourceConfigurationId,
    destinationArn: logGroup.logGroupArn,
  });
  return { logGroup, encryptionKey: createdKey, subscription };
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
 * and the key's path and CfnKey).
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
 * The rules of each access log prop on its own, for every construct that takes them (the pairs
 * differ with each construct's default). Run `guardAccessLogProps` first.
 *
 * @param scope any construct of the stack, to show tokens in
 * @param creates what `accessLogs` decides, for its message ("which resources the network creates")
 */
export function accessLogValueRules(props: AccessLogProps, scope: IConstruct, creates: string): ValidationRule[] {
  const group = props.accessLogGroup;
  return [
    ruleFromCheck(() => validateBoolean('accessLogs', props.accessLogs)),
    {
      condition: () => isUnresolved(props.accessLogs),
      message: () => `accessLogs must be true or false at synth time, since it decides ${creates}; got ${show(props.accessLogs, scope)}`,
    },
    // LOG_GROUP_ARN: see its source in arns.ts
    ruleFromCheck(() => {
      if (group !== undefined) {
        validateArn('accessLogGroup.logGroupArn', group.logGroupArn, LOG_GROUP_ARN, scope);
      }
    }),
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
  ];
}

/**
 * The rules of the access log props of a resource configuration, on by default: each prop, and
 * the pairs that contradict each other (a log group with what applies only to a created one, any
 * of them with access logs off). Run `guardAccessLogProps` first.
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
    ...accessLogValueRules(props, scope, 'which resources are created'),
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
 * A log group for access logs, encrypted with the given key or with a new one (`AccessLogKey`:
 * rotation on, usable by CloudWatch Logs of this Region for this log group only), both in `scope`
 * (the log group's id is `AccessLogs`).
 */
export function newAccessLogGroup(scope: Construct, options: {
  readonly logGroupName: string;
  readonly keyDescription: string;
  readonly retention?: logs.RetentionDays;
  readonly encryptionKey?: kms.IKey;
  readonly removalPolicy: RemovalPolicy;
}): { logGroup: logs.LogGroup; createdKey?: kms.Key } {
  let createdKey: kms.Key | undefined;
  if (options.encryptionKey === undefined) {
    createdKey = new kms.Key(scope, 'AccessLogKey', {
      description: options.keyDescription,
      enableKeyRotation: true,
      removalPolicy: options.removalPolicy,
    });
    allowCloudWatchLogs(createdKey, 'AllowCloudWatchLogsForThisLogGroup', options.logGroupName);
  }
  const logGroup = new logs.LogGroup(scope, 'AccessLogs', {
    logGroupName: options.logGroupName,
    retention: options.retention ?? logs.RetentionDays.ONE_YEAR,
    encryptionKey: options.encryptionKey ?? createdKey,
    removalPolicy: options.removalPolicy,
  });
  return { logGroup, createdKey };
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
