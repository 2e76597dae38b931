import { Annotations } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { newEncryptionKey } from './private/key-builder';
import { allowCloudWatchLogs } from './private/logs-key';
import { buildAuditTrail } from './private/trail-builder';
import { show, validateConstruct, validateEnum, validatePropsObject } from './private/validation';

/**
 * Properties of an `AuditTrail`.
 */
export interface AuditTrailProps {
  /**
   * The customer managed key of the trail's files, its bucket and its log group. Its key
   * policy gets the statements CloudTrail and CloudWatch Logs need (an imported key's policy
   * cannot be written here: synth warns).
   * @default - a new key with rotation on, retained when the stack is deleted
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * How long the trail's events are kept in CloudWatch Logs.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * An account-level CloudTrail trail: every region's management events, with log file
 * validation, to a KMS-encrypted, versioned, retained S3 bucket (whose server access logs go
 * to a second bucket) and to an encrypted CloudWatch Logs group. Usually one such trail
 * exists per account (or one for the organization): create it once, in the stack that owns
 * account-wide resources, not next to each database.
 *
 * @example
 * new AuditTrail(this, 'Trail', { logRetention: logs.RetentionDays.ONE_YEAR });
 */
export class AuditTrail extends Construct {
  /** The trail. */
  public readonly trail: cloudtrail.Trail;
  /** The bucket the trail writes its files to. */
  public readonly bucket: s3.IBucket;
  /** The bucket that receives the trail bucket's server access logs. */
  public readonly accessLogsBucket: s3.IBucket;
  /** The CloudWatch Logs group of the trail. */
  public readonly logGroup: logs.ILogGroup;
  /** The key that encrypts the trail. */
  public readonly encryptionKey: kms.IKey;

  constructor(scope: Construct, id: string, props: AuditTrailProps = {}) {
    super(scope, id);
    validatePropsObject('AuditTrail', 'encryptionKey and logRetention (both optional)', props, this);
    // CloudWatch Logs retention values are exactly the members of logs.RetentionDays
    // (PutRetentionPolicy, https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html)
    validateEnum('logRetention', props.logRetention, logs.RetentionDays, 'logs.RetentionDays');
    validateConstruct('encryptionKey', props.encryptionKey, 'a kms.IKey (such as kms.Key.fromKeyArn(scope, id, arn))', ['keyArn', 'addToResourcePolicy'], this);
    this.encryptionKey = props.encryptionKey
      ?? newEncryptionKey(this, `Encrypts the CloudTrail trail, its bucket and log group (${this.node.path})`);
    // the trail's log group is encrypted with the key, given or created
    if (!allowCloudWatchLogs(this.encryptionKey, 'AllowCloudWatchLogsOfThisAccount', '*')) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:trailLogsKeyImported',
        `encryptionKey ${show(this.encryptionKey.node.path)} is imported: its key policy must let logs.<region>.amazonaws.com use it (kms:EncryptionContext:aws:logs:arn), or the trail's log group fails to create.`);
    }
    const built = buildAuditTrail(this, this.encryptionKey, props.logRetention ?? logs.RetentionDays.ONE_YEAR);
    this.trail = built.trail;
    this.bucket = built.bucket;
    this.accessLogsBucket = built.accessLogsBucket;
    this.logGroup = built.logGroup;
  }
}
