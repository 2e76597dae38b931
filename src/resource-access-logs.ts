import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { IResourceConfiguration } from './lattice-shared-database';
import { accessLogValueRules, addResourceAccessLogs, guardAccessLogProps } from './private/access-logs';
import { ruleFromCheck, throwIfAny } from './private/rules';
import { show, validateConstruct, validatePropsObject, warnUnknownProps } from './private/validation';

/**
 * Where the resource access logs of a resource configuration go: a log group given, or one
 * created with its retention and key. Shared by `LatticeSharedDatabase`,
 * `LatticeSharedDatabaseGroup` and `ResourceAccessLogs`.
 */
export interface ResourceAccessLogOptions {
  /**
   * An existing log group to send the resource access logs to. Cannot be combined with
   * `accessLogRetention` or `accessLogEncryptionKey`, which apply to a created group only.
   * @default - a new log group, encrypted with `accessLogEncryptionKey`, retained when it
   * leaves the stack
   */
  readonly accessLogGroup?: logs.ILogGroup;

  /**
   * How long the created access log group keeps its logs.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly accessLogRetention?: logs.RetentionDays;

  /**
   * The KMS key that encrypts the created access log group. Its key policy must let the
   * CloudWatch Logs service principal of this Region use it (it is not changed here).
   * @default - a new customer managed key with rotation on, retained, usable only by CloudWatch
   * Logs in this Region for this log group
   */
  readonly accessLogEncryptionKey?: kms.IKey;
}

/**
 * Props of `ResourceAccessLogs`.
 */
export interface ResourceAccessLogsProps extends ResourceAccessLogOptions {
  /**
   * The resource configuration whose connections are logged: one of this account (an access log
   * subscription is made by the configuration's owner), created in this app or imported with
   * `LatticeSharedDatabase.fromResourceConfigurationArn`.
   */
  readonly resourceConfiguration: IResourceConfiguration;
}

/**
 * The resource access logs of a VPC Lattice resource configuration made outside this library's
 * `LatticeSharedDatabase` (which logs its own by default): an access log subscription on the
 * configuration, to an encrypted, retained log group.
 *
 * VPC Lattice: "for resource configurations, we publish `VpcLatticeResourceAccessLogs` which needs
 * to be configured separately" (VPC Lattice User Guide, Access logs,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html). They record the
 * connections of resource endpoints, which a service network's access logs do not see.
 *
 * @example
 * declare const configurationArn: string;
 * const configuration = LatticeSharedDatabase.fromResourceConfigurationArn(this, 'Orders', configurationArn);
 * new ResourceAccessLogs(this, 'OrdersAccessLogs', { resourceConfiguration: configuration });
 */
export class ResourceAccessLogs extends Construct {
  /** The log group that receives the records: the given one or the one created. */
  public readonly logGroup: logs.ILogGroup;
  /** The key created to encrypt the log group, when one was. */
  public readonly encryptionKey?: kms.IKey;
  /** The access log subscription on the configuration. */
  public readonly subscription: vpclattice.CfnAccessLogSubscription;

  constructor(scope: Construct, id: string, props: ResourceAccessLogsProps) {
    super(scope, id);
    validatePropsObject('ResourceAccessLogs', 'resourceConfiguration', props, this);
    if (props.resourceConfiguration === undefined) {
      throw new Error('resourceConfiguration is required: the configuration whose connections are logged');
    }
    validateConstruct('resourceConfiguration', props.resourceConfiguration,
      'an IResourceConfiguration such as LatticeSharedDatabase.fromResourceConfigurationArn(...)', ['resourceConfigurationId'], this);
    guardAccessLogProps(props, this);
    // a LatticeSharedDatabase logs its connections itself (accessLogs, on by default): a second
    // subscription would only duplicate them
    const own = (props.resourceConfiguration as { accessLogSubscription?: unknown }).accessLogSubscription;
    if (own !== undefined) {
      throw new Error(`resourceConfiguration ${show(props.resourceConfiguration.node.path)} already has its resource access logs (LatticeSharedDatabase accessLogs): `
        + 'give its accessLogGroup, accessLogRetention or accessLogEncryptionKey there instead of a ResourceAccessLogs');
    }
    warnUnknownProps(this, 'ResourceAccessLogs', '', props, PROP_NAMES);
    throwIfAny('ResourceAccessLogs', [
      // (the construct has no accessLogs prop: the rules on it never fire)
      ...accessLogValueRules(props, this, 'whether the logs are created'),
      ruleFromCheck(() => {
        const group = props.accessLogGroup;
        const createdOnly = (['accessLogRetention', 'accessLogEncryptionKey'] as const).filter(k => props[k] !== undefined);
        if (group !== undefined && createdOnly.length > 0) {
          throw new Error(`${createdOnly.join(' and ')} ${createdOnly.length > 1 ? 'apply' : 'applies'} only to a log group this construct creates, `
            + `not to accessLogGroup ${show(group.node.path)}: remove ${createdOnly.length > 1 ? 'them' : 'it'} or accessLogGroup`);
        }
      }),
    ]);

    const made = addResourceAccessLogs(this, props.resourceConfiguration.resourceConfigurationId, {
      logGroup: props.accessLogGroup,
      retention: props.accessLogRetention,
      encryptionKey: props.accessLogEncryptionKey,
    });
    this.logGroup = made.logGroup;
    this.encryptionKey = made.encryptionKey;
    this.subscription = made.subscription;
  }
}

/** Every prop of `ResourceAccessLogsProps` (the compiler keeps the list complete). */
const PROP_NAMES: Record<keyof ResourceAccessLogsProps, true> = {
  resourceConfiguration: true,
  accessLogGroup: true,
  accessLogRetention: true,
  accessLogEncryptionKey: true,
};
