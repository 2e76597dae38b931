import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { AuditTrail } from '../src';

function makeStack(): Stack {
  return new Stack(new App(), 'Account', { env: { account: '111111111111', region: 'us-east-1' } });
}

describe('AuditTrail', () => {
  test('a multi-region trail with file validation to a KMS-encrypted, versioned, retained bucket and CloudWatch Logs', () => {
    // GIVEN
    const stack = makeStack();

    // WHEN
    const audit = new AuditTrail(stack, 'Trail');

    // THEN
    const template = Template.fromStack(stack);
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResourceProperties('AWS::CloudTrail::Trail', {
      IsMultiRegionTrail: true,
      IncludeGlobalServiceEvents: true,
      EnableLogFileValidation: true,
      KMSKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
      CloudWatchLogsLogGroupArn: Match.anyValue(),
    });
    template.resourceCountIs('AWS::S3::Bucket', 2);
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: { ServerSideEncryptionConfiguration: [Match.objectLike({ BucketKeyEnabled: false })] },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'trail-bucket/' }),
      },
    });
    template.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain', Properties: { RetentionInDays: 365 } });
    // CloudTrail may encrypt under its encryption context and aws:SourceArn, and describe the key; no decrypt
    const statements = JSON.stringify(template.findResources('AWS::KMS::Key'));
    expect(statements).toMatch(/AllowCloudTrailToEncryptLogs/);
    expect(statements).toMatch(/AllowCloudTrailToDescribeKey/);
    expect(audit.encryptionKey).toBeDefined();
  });

  test('the same resources and logical ids as SecureDatabaseAccess cloudTrail builds (one builder)', () => {
    // GIVEN
    const stack = makeStack();

    // WHEN
    new AuditTrail(stack, 'Trail', { logRetention: logs.RetentionDays.ONE_MONTH });

    // THEN: the ids under the construct are those the composite uses under its own path
    const ids = Object.keys(Template.fromStack(stack).toJSON().Resources);
    for (const id of ['TrailTrailBucket', 'TrailTrailAccessLogsBucket', 'TrailTrailLogGroup', 'TrailTrail']) {
      expect(ids.some(logicalId => logicalId.startsWith(id))).toBe(true);
    }
  });

  test('a given key gets the CloudWatch Logs statement its encrypted log group needs', () => {
    // GIVEN
    const stack = makeStack();
    const key = new kms.Key(stack, 'Key');

    // WHEN
    new AuditTrail(stack, 'Trail', { encryptionKey: key });

    // THEN
    expect(JSON.stringify(Template.fromStack(stack).findResources('AWS::KMS::Key'))).toMatch(/logs\.us-east-1\.amazonaws\.com/);
  });

  test('an imported key gets no policy statements: synth warns', () => {
    // GIVEN
    const stack = makeStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/0123abcd-4567-89ef-0123-456789abcdef');

    // WHEN
    new AuditTrail(stack, 'Trail', { encryptionKey: key });

    // THEN
    Annotations.fromStack(stack).hasWarning('/Account/Trail', Match.stringLikeRegexp('is imported: add the CloudTrail statements'));
    Annotations.fromStack(stack).hasWarning('/Account/Trail', Match.stringLikeRegexp('is imported: its key policy must let logs'));
  });

  test('refuses a retention that is no logs.RetentionDays, and accepts one that is (control)', () => {
    expect(() => new AuditTrail(makeStack(), 'Trail', { logRetention: 42 as logs.RetentionDays }))
      .toThrow(/logRetention must be one of logs\.RetentionDays\..*got 42/);
    expect(() => new AuditTrail(makeStack(), 'Trail', { logRetention: logs.RetentionDays.TWO_YEARS })).not.toThrow();
  });
});
