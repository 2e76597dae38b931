import { Fn } from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Case, CONSUMER, Fixture, runCases } from './fixture';
import { DatabaseConsumerAccess, DatabaseConsumerAccessProps, SharePrincipal, SharePrincipalType } from '../../src';

const APP_ROLE = `arn:aws:iam::${CONSUMER}:role/reporting-app`;

/** IAM database authentication for one user of the fixture's instance, named principals, with `props` on top. */
const iamAuth = (f: Fixture, props: Partial<DatabaseConsumerAccessProps>) => new DatabaseConsumerAccess(f.stack, 'A', {
  consumers: [SharePrincipal.account(CONSUMER)],
  principalArns: [APP_ROLE],
  databaseUsers: ['app'],
  instance: f.instance,
  ...props,
});

/** A secret on a customer managed key, for the secret-read cases. */
const userSecret = (f: Fixture) => new secretsmanager.Secret(f.stack, 'UserSecret', { encryptionKey: new kms.Key(f.stack, 'SecretKey') });

const cases: Case[] = [
  ['no consumers', (f, v) => iamAuth(f, { consumers: v }), [], [SharePrincipal.account(CONSUMER)], 'consumers', 'got []'],
  ['a null consumer', (f, v) => iamAuth(f, { consumers: v }), [SharePrincipal.account(CONSUMER), null], [SharePrincipal.account(CONSUMER)], 'consumers[1]', 'got null'],
  ['a consumer object literal that bypasses SharePrincipal.account', (f, v) => iamAuth(f, { consumers: [v] }),
    { type: SharePrincipalType.ACCOUNT, principal: '2222' }, SharePrincipal.account(CONSUMER), 'consumers[0]', "'2222'"],
  ['externalId of one character', (f, v) => iamAuth(f, { externalId: v }), 'x', 'reporting', 'externalId', "got 'x'"],
  ['externalId without databaseUsers', (f, v) => new DatabaseConsumerAccess(f.stack, 'A', {
    consumers: [SharePrincipal.account(CONSUMER)], principalArns: [APP_ROLE], secret: userSecret(f), externalId: v,
  }), 'reporting', undefined, 'externalId', "'reporting'"],
  ['roleName with a space', (f, v) => iamAuth(f, { roleName: v }), 'db role', 'db-role', 'roleName', "'db role'"],
  ['database user starting with a digit', (f, v) => iamAuth(f, { databaseUsers: v }), ['1app'], ['app1'], 'databaseUsers', "'1app'"],
  ['database user twice', (f, v) => iamAuth(f, { databaseUsers: v }), ['app', 'app'], ['app', 'etl'], 'databaseUsers', "'app' twice"],
  ['a null database user', (f, v) => iamAuth(f, { databaseUsers: v }), ['app', null], ['app'], 'databaseUsers[1]', 'got null'],
  ['databaseUsers without their database', (f, v) => iamAuth(f, { instance: v(f) }), () => undefined, (f: Fixture) => f.instance, 'databaseUsers', '["app"]'],
  ['both instance and cluster', (f, v) => iamAuth(f, { cluster: v(f) }), (f: Fixture) => f.cluster, () => undefined, 'instance and cluster', "cluster 'Provider/Cluster'"],

  // Least privilege: who may assume the role or read the secret is named, or explicitly anyone of the consumers.
  ['neither principalArns nor allowAnyPrincipalOfConsumers', (f, v) => iamAuth(f, { principalArns: v }), undefined, [APP_ROLE], 'principalArns', 'got neither'],
  ['both principalArns and allowAnyPrincipalOfConsumers', (f, v) => iamAuth(f, { allowAnyPrincipalOfConsumers: v }), true, false, 'allowAnyPrincipalOfConsumers', `principalArns ["${APP_ROLE}"]`],
  ['allowAnyPrincipalOfConsumers as a string', (f, v) => iamAuth(f, { principalArns: undefined, allowAnyPrincipalOfConsumers: v }), 'true', true, 'allowAnyPrincipalOfConsumers', "got 'true'"],
  ['empty principalArns', (f, v) => iamAuth(f, { principalArns: v }), [], [APP_ROLE], 'principalArns', 'got []'],
  ['a null principal ARN', (f, v) => iamAuth(f, { principalArns: v }), [APP_ROLE, null], [APP_ROLE], 'principalArns[1]', 'got null'],
  // IAM ARNs have no region (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html)
  ['a principal ARN with a region', (f, v) => iamAuth(f, { principalArns: [v] }), `arn:aws:iam:us-east-1:${CONSUMER}:role/reporting-app`, APP_ROLE, 'principalArns[0]', "region 'us-east-1'"],
  ['a principal ARN of an instance profile', (f, v) => iamAuth(f, { principalArns: [v] }), `arn:aws:iam::${CONSUMER}:instance-profile/app`, APP_ROLE, 'principalArns[0]', "'instance-profile/app'"],
  ['a principal ARN with a misspelt partition', (f, v) => iamAuth(f, { principalArns: [v] }), `arn:amazon:iam::${CONSUMER}:role/reporting-app`, APP_ROLE, 'principalArns[0]', "partition 'amazon'"],
  ['a principal ARN with a wildcard account', (f, v) => iamAuth(f, { principalArns: [v] }), 'arn:aws:iam::*:role/reporting-app', APP_ROLE, 'principalArns[0]', "account '*'"],
  ['a principal ARN of an account no consumer names', (f, v) => iamAuth(f, { principalArns: [v] }), 'arn:aws:iam::333333333333:role/reporting-app', APP_ROLE, 'principalArns[0]', "'333333333333'"],
  ['a principal ARN that is only known at deploy time', (f, v) => iamAuth(f, { principalArns: [v] }), Fn.importValue('AppRoleArn'), APP_ROLE, 'principalArns[0]', '{"Fn::ImportValue":"AppRoleArn"}'],
  ['the same principal ARN twice', (f, v) => iamAuth(f, { principalArns: v }), [APP_ROLE, APP_ROLE], [APP_ROLE], 'principalArns', 'twice'],

  // Wrong JavaScript types stop at once, before the rules read them.
  ['no props (JavaScript)', (f, v) => new DatabaseConsumerAccess(f.stack, 'A', v(f)),
    () => undefined, (f: Fixture) => ({ consumers: [SharePrincipal.account(CONSUMER)], principalArns: [APP_ROLE], secret: userSecret(f) }),
    'DatabaseConsumerAccess props', 'got undefined'],
  ['a secret given as its ARN', (f, v) => new DatabaseConsumerAccess(f.stack, 'A', {
    consumers: [SharePrincipal.account(CONSUMER)], principalArns: [APP_ROLE], secret: v(f),
  }), () => 'arn:aws:secretsmanager:us-east-1:111111111111:secret:app-AbCdEf', userSecret, 'secret', "got 'arn:aws:secretsmanager:us-east-1:111111111111:secret:app-AbCdEf'"],
  ['a null instance', (f, v) => iamAuth(f, { instance: v(f) }), () => null, (f: Fixture) => f.instance, 'instance', 'got null'],
];

describe('DatabaseConsumerAccess refuses bad input', () => {
  runCases(cases);
});

describe('DatabaseConsumerAccess principal ARNs', () => {
  runCases([
    // the account decides which consumer a principal belongs to: it must be literal
    ['a principal ARN whose account is only known at deploy time', (f, v) => iamAuth(f, { principalArns: [v(f)] }),
      () => `arn:aws:iam::${Fn.importValue('ConsumerAccount')}:role/reporting-app`, () => APP_ROLE, 'principalArns[0]', '{"Fn::ImportValue":"ConsumerAccount"}'],
  ]);
});
