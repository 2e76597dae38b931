import { RemovalPolicy } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * The customer managed key a construct creates when it is given none (construct id
 * `EncryptionKey` in `scope`): rotation on, retained when the stack is deleted (what it
 * encrypted outlives the stack: snapshots, retained log groups and buckets).
 */
export function newEncryptionKey(scope: Construct, description: string): kms.Key {
  return new kms.Key(scope, 'EncryptionKey', {
    description,
    enableKeyRotation: true,
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
