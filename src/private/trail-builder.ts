import { Annotations, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeNag, skipCheckov } from './nag';
import { show } from './validation';

/** What `buildAuditTrail` made. */
export interface BuiltTrail {
  /** the trail */
  readonly trail: cloudtrail.Trail;
  /** the bucket the trail writes to */
  readonly bucket: s3.Bucket;
  /** the bucket of the trail bucket's server access logs */
  readonly accessLogsBucket: s3.Bucket;
  /** the CloudWatch Logs group of the trail */
  readonly logGroup: logs.LogGroup;
}

/**
 * A multi-region CloudTrail trail of the account's management events with file validation,
 * to a KMS-encrypted, versioned, retained bucket (construct ids `TrailBucket`,
 * `TrailAccessLogsBucket`, `TrailLogGroup`, `Trail` in `scope`) and CloudWatch Logs: one place
 * for `AuditTrail` (its own scope) and `SecureDatabaseAccess`'s `cloudTrail` (the composite's
 * scope, where trails deployed with earlier releases live).
 */
export function buildAuditTrail(scope: Construct, key: kms.IKey | undefined, logRetention: logs.RetentionDays): BuiltTrail {
  const accessLogs = new s3.Bucket(scope, 'TrailAccessLogsBucket', {
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: true,
    // log delivery is granted by the bucket policy below, never by a legacy ACL
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  skipCheckov(accessLogs.node.defaultChild, ['CKV_AWS_18'],
    'This bucket receives the trail bucket\'s server access logs; logging it into itself would loop.');
  const bucket = new s3.Bucket(scope, 'TrailBucket', {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: key,
    // no S3 Bucket Key: with one, CloudTrail would need an unconditioned kms:Decrypt on this
    // key (allowCloudTrailToUseKey); a trail writes a few objects an hour, so the KMS requests
    // a Bucket Key saves are negligible
    bucketKeyEnabled: false,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  // Server access logs through a bucket policy for the S3 logging service, whatever the
  // app's feature flags (aws-cdk-lib's serverAccessLogsBucket falls back to an ACL).
  (bucket.node.defaultChild as s3.CfnBucket).loggingConfiguration = {
    destinationBucketName: accessLogs.bucketName,
    logFilePrefix: 'trail-bucket/',
  };
  accessLogs.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'S3ServerAccessLogsPolicy',
    principals: [new iam.ServicePrincipal('logging.s3.amazonaws.com')],
    actions: ['s3:PutObject'],
    resources: [accessLogs.arnForObjects('trail-bucket/*')],
    conditions: {
      ArnLike: { 'aws:SourceArn': bucket.bucketArn },
      StringEquals: { 'aws:SourceAccount': Stack.of(scope).account },
    },
  }));
  const trailLogGroup = new logs.LogGroup(scope, 'TrailLogGroup', {
    retention: logRetention,
    encryptionKey: key,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  const trail = new cloudtrail.Trail(scope, 'Trail', {
    bucket,
    encryptionKey: key,
    enableFileValidation: true,
    includeGlobalServiceEvents: true,
    isMultiRegionTrail: true,
    sendToCloudWatchLogs: true,
    cloudWatchLogGroup: trailLogGroup,
  });
  if (key !== undefined && !allowCloudTrailToUseKey(key)) {
    Annotations.of(scope).addWarningV2('cdk-lattice-shared-database:trailKeyImported',
      `The trail's key ${show(key.node.path)} is imported: add the CloudTrail statements of the CloudTrail User Guide (encrypt under the trail encryption context and aws:SourceArn, DescribeKey under aws:SourceArn) to its key policy yourself.`);
  }
  // 'LogsRole' is the id aws-cdk-lib gives the role Trail creates for CloudWatch Logs; no prop exposes its
  // DefaultPolicy, the inline policy cdk-nag reports
  acknowledgeNag(trail.node.tryFindChild('LogsRole')?.node.tryFindChild('DefaultPolicy')?.node.defaultChild,
    ['NIST:IAMNoInlinePolicy', 'HIPAA:IAMNoInlinePolicy'],
    'The policy aws-cdk-lib gives the trail role only lets it deliver events to this one log group.');
  for (const b of [bucket, accessLogs]) {
    acknowledgeNag(b.node.defaultChild, ['NIST:S3BucketReplicationEnabled', 'HIPAA:S3BucketReplicationEnabled'],
      'Replicating the audit trail to another region is an account-level decision (it needs a bucket there); the bucket is versioned and retained.');
  }
  acknowledgeNag(accessLogs.node.defaultChild, ['NIST:S3DefaultEncryptionKMS', 'HIPAA:S3DefaultEncryptionKMS'],
    'S3 delivers server access logs only to buckets encrypted with S3-managed keys (SSE-S3), not SSE-KMS.');
  return { trail, bucket, accessLogsBucket: accessLogs, logGroup: trailLogGroup };
}

/**
 * The key policy statements CloudTrail needs for a trail encrypted with the key, as the
 * CloudTrail User Guide gives them ("Configure AWS KMS key policies for CloudTrail",
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html).
 * The trail's name is generated and the trail references the key, so `aws:SourceArn` is
 * matched with ArnLike against every trail of this account in this region (the trail's home
 * region, also for a multi-region trail) rather than the literal trail ARN, which would be a
 * cycle. aws-cdk-lib's `cloudtrail.Trail` adds nothing to a given key's policy. Returns false
 * when the key is imported (its policy cannot be written here).
 */
function allowCloudTrailToUseKey(key: kms.IKey): boolean {
  const stack = Stack.of(key);
  const trails = `arn:${stack.partition}:cloudtrail:${stack.region}:${stack.account}:trail/*`;
  // "Granting encrypt permissions": kms:GenerateDataKey* under the encryption context of this
  // account's trails and, as the documented best practice, aws:SourceArn
  const added = key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToEncryptLogs',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: {
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${stack.partition}:cloudtrail:*:${stack.account}:trail/*` },
      ArnLike: { 'aws:SourceArn': trails },
    },
  }));
  // "Enable CloudTrail to describe KMS key properties": kms:DescribeKey with aws:SourceArn only
  // (a DescribeKey request carries no encryption context, so the condition above would never match it)
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudTrailToDescribeKey',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:DescribeKey'],
    resources: ['*'],
    conditions: { ArnLike: { 'aws:SourceArn': trails } },
  }));
  // No "Granting decrypt permissions" statement: the guide requires kms:Decrypt only "if you
  // are using an existing S3 bucket with an S3 Bucket Key", and the statement it gives has no
  // condition (an S3 Bucket Key uses the bucket ARN as encryption context: S3 User Guide,
  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html). The trail bucket
  // has no Bucket Key (see buildAuditTrail), so CloudTrail gets no decrypt right on a key that
  // also encrypts the database.
  return added.statementAdded;
}
