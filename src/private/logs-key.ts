import { ArnFormat, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';

/**
 * Lets CloudWatch Logs of the key's account and region encrypt log groups with the key,
 * for the log groups whose name matches `logGroupName` (`*` for all of them), as the
 * CloudWatch Logs documentation prescribes (`kms:EncryptionContext:aws:logs:arn`).
 * Returns false when the key is imported and its policy cannot be written here.
 */
export function allowCloudWatchLogs(key: kms.IKey, sid: string, logGroupName: string): boolean {
  const stack = Stack.of(key);
  return key.addToResourcePolicy(new iam.PolicyStatement({
    sid,
    principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: {
      ArnLike: {
        'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      },
    },
  })).statementAdded;
}
