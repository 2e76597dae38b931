import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { DatabaseConsumerAccess } from '../src/cross-account-access';
import { SharePrincipal } from '../src/cross-account-share';
import { SecureDatabaseAccess } from '../src/secure-database-access';
import { CONSUMER_ACCOUNT, PROVIDER_ACCOUNT, ProviderStack, REGION } from './example/cross-account';

const ORG_ARN = 'arn:aws:organizations::111111111111:organization/o-exampleorg1';
const OU_ARN = 'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou';
const DBI = 'db-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const APP_ROLE = 'arn:aws:iam::222222222222:role/reporting-app';
/** The condition that narrows an account principal to the named roles. */
const NAMED = (...arns: string[]) => ({ ArnLike: { 'aws:PrincipalArn': arns } });

function makeStack(): Stack {
  const app = new App();
  return new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
}

function importedInstance(stack: Stack, withResourceId = true): rds.IDatabaseInstance {
  return rds.DatabaseInstance.fromDatabaseInstanceAttributes(stack, 'Instance', {
    instanceIdentifier: 'mydb',
    instanceEndpointAddress: 'mydb.abcdefghijkl.us-east-1.rds.amazonaws.com',
    port: 5432,
    securityGroups: [],
    instanceResourceId: withResourceId ? DBI : undefined,
  });
}

function dbUserArn(resourceId: unknown, user: string): unknown {
  return {
    'Fn::Join': ['', typeof resourceId === 'string'
      ? ['arn:', { Ref: 'AWS::Partition' }, `:rds-db:us-east-1:111111111111:dbuser:${resourceId}/${user}`]
      : ['arn:', { Ref: 'AWS::Partition' }, ':rds-db:us-east-1:111111111111:dbuser:', resourceId, `/${user}`]],
  };
}

const ACCOUNT_ROOT = (account: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${account}:root`]] });

describe('DatabaseConsumerAccess', () => {
  describe('IAM database authentication role', () => {
    // aws:PrincipalArn: "For IAM roles, the request context returns the ARN of the role"
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn)
    test('only the named principals of an account consumer may assume a role holding rds-db:connect for each named user', () => {
      // GIVEN
      const stack = makeStack();

      // WHEN
      const access = new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting', 'etl_user'],
        instance: importedInstance(stack),
      });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::IAM::Role', 1);
      template.hasResourceProperties('AWS::IAM::Role', {
        RoleName: Match.absent(),
        AssumeRolePolicyDocument: {
          Statement: [{
            Action: 'sts:AssumeRole',
            Effect: 'Allow',
            Principal: { AWS: ACCOUNT_ROOT('222222222222') },
            Condition: NAMED(APP_ROLE),
          }],
        },
      });
      template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [{
            Action: 'rds-db:connect',
            Effect: 'Allow',
            Resource: [dbUserArn(DBI, 'reporting'), dbUserArn(DBI, 'etl_user')],
          }],
        },
        Roles: [{ Ref: Match.stringLikeRegexp('^AccessRole') }],
      });
      const [roleId] = Object.keys(template.findResources('AWS::IAM::Role'));
      expect(access.role).toBeInstanceOf(iam.Role);
      expect(stack.resolve(access.roleArn)).toEqual({ 'Fn::GetAtt': [roleId, 'Arn'] });
      expect(stack.resolve(access.roleName)).toEqual({ Ref: roleId });
      expect(access.databaseUsers).toEqual(['reporting', 'etl_user']);
      expect(access.secret).toBeUndefined();
    });

    test('allowAnyPrincipalOfConsumers leaves the account root alone, and warns', () => {
      // GIVEN
      const stack = makeStack();

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        allowAnyPrincipalOfConsumers: true,
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { AWS: ACCOUNT_ROOT('222222222222') }, Condition: Match.absent() }],
        },
      });
      Annotations.fromStack(stack).hasWarning('/Provider/Access',
        Match.stringLikeRegexp("allowAnyPrincipalOfConsumers is true: any principal of '222222222222'.*\\[ack: cdk-lattice-shared-database:anyPrincipalOfConsumers\\]"));
    });

    test('an organization consumer is any principal with aws:PrincipalOrgID, an OU one matches aws:PrincipalOrgPaths', () => {
      // GIVEN
      const stack = makeStack();

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [
          SharePrincipal.organization(ORG_ARN),
          SharePrincipal.organizationalUnit(OU_ARN),
          SharePrincipal.account('333333333333'),
        ],
        // one role of the consumer account, one of another member of the organization
        principalArns: ['arn:aws:iam::333333333333:role/reporting', 'arn:aws:iam::444444444444:role/etl/*'],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Action: 'sts:AssumeRole',
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Condition: {
                StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' },
                ...NAMED('arn:aws:iam::333333333333:role/reporting', 'arn:aws:iam::444444444444:role/etl/*'),
              },
            },
            {
              Action: 'sts:AssumeRole',
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Condition: {
                'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-exampleorg1/*/ou-abcd-exampleou/*'] },
                ...NAMED('arn:aws:iam::333333333333:role/reporting', 'arn:aws:iam::444444444444:role/etl/*'),
              },
            },
            {
              Action: 'sts:AssumeRole',
              Effect: 'Allow',
              // the account gets only its own role
              Principal: { AWS: ACCOUNT_ROOT('333333333333') },
              Condition: NAMED('arn:aws:iam::333333333333:role/reporting'),
            },
          ],
        },
      });
    });

    test('externalId adds an sts:ExternalId condition to every trust statement', () => {
      // GIVEN
      const stack = makeStack();

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222'), SharePrincipal.organization(ORG_ARN)],
        principalArns: [APP_ROLE],
        externalId: 'reporting-app',
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
        roleName: 'shared-db-reporting',
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
        RoleName: 'shared-db-reporting',
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Action: 'sts:AssumeRole',
              Principal: { AWS: ACCOUNT_ROOT('222222222222') },
              Condition: { StringEquals: { 'sts:ExternalId': 'reporting-app' }, ...NAMED(APP_ROLE) },
            },
            {
              Action: 'sts:AssumeRole',
              Principal: { AWS: '*' },
              Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1', 'sts:ExternalId': 'reporting-app' }, ...NAMED(APP_ROLE) },
            },
          ],
        },
      });
    });

    test('a database instance defined here uses its DbiResourceId', () => {
      // GIVEN
      const stack = makeStack();
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      const instance = new rds.DatabaseInstance(stack, 'Db', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        iamAuthentication: true,
      });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance,
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [{
            Action: 'rds-db:connect',
            Resource: dbUserArn({ 'Fn::GetAtt': [Match.stringLikeRegexp('^Db'), 'DbiResourceId'] }, 'reporting'),
          }],
        },
      });
    });

    test('a cluster uses its cluster resource id', () => {
      // GIVEN
      const stack = makeStack();
      const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(stack, 'Cluster', {
        clusterIdentifier: 'mycluster',
        clusterResourceIdentifier: 'cluster-ABCDEFGHIJKLMNOP',
      });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        cluster,
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [{ Action: 'rds-db:connect', Resource: dbUserArn('cluster-ABCDEFGHIJKLMNOP', 'reporting') }],
        },
      });
    });
  });

  describe('cross-account secret read', () => {
    test('adds a secret resource policy and a key policy statement for each consumer', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key });

      // WHEN
      const access = new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222'), SharePrincipal.organizationalUnit(OU_ARN)],
        principalArns: [APP_ROLE],
        secret,
      });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::IAM::Role', 0);
      template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        SecretId: { Ref: Match.stringLikeRegexp('^Secret') },
        ResourcePolicy: {
          Statement: [
            {
              Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
              Effect: 'Allow',
              Principal: { AWS: ACCOUNT_ROOT('222222222222') },
              Resource: '*',
              Condition: NAMED(APP_ROLE),
            },
            {
              Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Resource: '*',
              Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-exampleorg1/*/ou-abcd-exampleou/*'] }, ...NAMED(APP_ROLE) },
            },
          ],
        },
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            {
              Action: 'kms:Decrypt',
              Effect: 'Allow',
              Principal: { AWS: ACCOUNT_ROOT('222222222222') },
              Resource: '*',
              Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' }, ...NAMED(APP_ROLE) },
            },
            {
              Action: 'kms:Decrypt',
              Effect: 'Allow',
              Principal: { AWS: '*' },
              Resource: '*',
              Condition: {
                'StringEquals': { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' },
                'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-exampleorg1/*/ou-abcd-exampleou/*'] },
                ...NAMED(APP_ROLE),
              },
            },
          ]),
        },
      });
      expect(access.secret).toBe(secret);
      expect(access.encryptionKey).toBe(key);
      expect(access.role).toBeUndefined();
    });

    test('an organization consumer gets aws:PrincipalOrgID on the secret and the key', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.organization(ORG_ARN)], principalArns: [APP_ROLE], secret });

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        ResourcePolicy: {
          Statement: [{
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
            Principal: { AWS: '*' },
            Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' }, ...NAMED(APP_ROLE) },
          }],
        },
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([{
            Action: 'kms:Decrypt',
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Resource: '*',
            Condition: {
              StringEquals: {
                'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com',
                'aws:PrincipalOrgID': 'o-exampleorg1',
              },
              ...NAMED(APP_ROLE),
            },
          }]),
        },
      });
    });

    test('writes the resource policy of an imported secret of this account as its own resource', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Secret',
        'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-credentials-AbCdEf');

      // WHEN
      const access = new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret,
        encryptionKey: key,
      });
      access.grantSecretRead(new iam.AccountPrincipal('333333333333'));

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::SecretsManager::ResourcePolicy', 1);
      template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        SecretId: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-credentials-AbCdEf',
        BlockPublicPolicy: true,
        ResourcePolicy: {
          Statement: [
            Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Principal: { AWS: ACCOUNT_ROOT('222222222222') } }),
            Match.objectLike({ Principal: { AWS: ACCOUNT_ROOT('333333333333') } }),
          ],
        },
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Action: 'kms:Decrypt', Principal: { AWS: ACCOUNT_ROOT('222222222222') } })]) },
      });
    });

    test('shares the master secret that RDS manages for SecureDatabaseAccess only with a warning', () => {
      // GIVEN
      const stack = makeStack();
      const access = new SecureDatabaseAccess(stack, 'Db', { consumers: [SharePrincipal.account('222222222222')] });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret: access.secret,
        instance: access.database,
        databaseUsers: ['reporting'],
      });

      // THEN
      const template = Template.fromStack(stack);
      const [dbId] = Object.keys(template.findResources('AWS::RDS::DBInstance'));
      template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        SecretId: { 'Fn::GetAtt': [dbId, 'MasterUserSecret.SecretArn'] },
        ResourcePolicy: { Statement: [Match.objectLike({ Principal: { AWS: ACCOUNT_ROOT('222222222222') } })] },
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Action: 'kms:Decrypt', Principal: { AWS: ACCOUNT_ROOT('222222222222') } })]) },
      });
      Annotations.fromStack(stack).hasWarning('/Provider/Access',
        Match.stringLikeRegexp("is the master user secret of database 'Provider/Db/Database'.*sharesMasterSecret"));
    });

    test('a generated master secret is recognized too, and a least-privileged user secret is not', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      const instance = new rds.DatabaseInstance(stack, 'Db', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        credentials: rds.Credentials.fromGeneratedSecret('postgres', { encryptionKey: key }),
      });
      const userSecret = new rds.DatabaseSecret(stack, 'ReportingSecret', { username: 'reporting', masterSecret: instance.secret, encryptionKey: key });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Master', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret: instance.secret! });
      new DatabaseConsumerAccess(stack, 'User', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret: userSecret });

      // THEN
      const annotations = Annotations.fromStack(stack);
      annotations.hasWarning('/Provider/Master', Match.stringLikeRegexp("master user secret of database 'Provider/Db'"));
      annotations.hasNoWarning('/Provider/User', Match.stringLikeRegexp('sharesMasterSecret'));
    });

    test('refuses an imported secret of another account', () => {
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Secret',
        'arn:aws:secretsmanager:us-east-1:999999999999:secret:db-credentials-AbCdEf');
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret,
        encryptionKey: key,
      })).toThrow(/secret .*999999999999.*resource policy/);
    });

    test('both the role and the secret together', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key });

      // WHEN
      new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
        secret,
      });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::IAM::Role', 1);
      template.resourceCountIs('AWS::SecretsManager::ResourcePolicy', 1);
    });
  });

  describe('grants', () => {
    test('grantConnect gives a principal of this account rds-db:connect as the named users', () => {
      // GIVEN
      const stack = makeStack();
      const access = new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting', 'etl_user'],
        instance: importedInstance(stack),
      });
      const fn = new iam.Role(stack, 'Fn', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

      // WHEN
      const grant = access.grantConnect(fn, 'etl_user');

      // THEN
      expect(grant.success).toBe(true);
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: [{ Action: 'rds-db:connect', Effect: 'Allow', Resource: dbUserArn(DBI, 'etl_user') }] },
        Roles: [{ Ref: Match.stringLikeRegexp('^Fn') }],
      });
    });

    test('grantConnect without users grants every databaseUser', () => {
      // GIVEN
      const stack = makeStack();
      const access = new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting', 'etl_user'],
        instance: importedInstance(stack),
      });
      const fn = new iam.Role(stack, 'Fn', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

      // WHEN
      access.grantConnect(fn);

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: [{ Action: 'rds-db:connect', Resource: [dbUserArn(DBI, 'reporting'), dbUserArn(DBI, 'etl_user')] }] },
        Roles: [{ Ref: Match.stringLikeRegexp('^Fn') }],
      });
    });

    test('grantSecretRead gives a principal of this account read and decrypt', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key });
      const access = new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret });
      const fn = new lambda.Function(stack, 'Fn', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('exports.handler = async () => {}'),
      });

      // WHEN
      const grant = access.grantSecretRead(fn);

      // THEN
      expect(grant.success).toBe(true);
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [
            Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], Resource: { Ref: Match.stringLikeRegexp('^Secret') } }),
          ],
        },
        Roles: [{ Ref: Match.stringLikeRegexp('^FnServiceRole') }],
      });
      // aws-cdk-lib grants decrypt through Secrets Manager in the key policy
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([{
            Action: 'kms:Decrypt',
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FnServiceRole'), 'Arn'] } },
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } },
          }]),
        },
      });
    });

    test('grantSecretRead to another account writes the secret resource policy', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key });
      const access = new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret });

      // WHEN
      access.grantSecretRead(new iam.ArnPrincipal('arn:aws:iam::333333333333:role/reader'));

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        ResourcePolicy: {
          Statement: Match.arrayWith([Match.objectLike({
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
            Principal: { AWS: 'arn:aws:iam::333333333333:role/reader' },
          })]),
        },
      });
    });

    test('grantSecretRead with a separate encryptionKey also grants decrypt on it', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secret = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Secret',
        'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-credentials-AbCdEf');
      const access = new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret, encryptionKey: key });
      const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });

      // WHEN
      access.grantSecretRead(role);

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [Match.objectLike({
            Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
            Resource: 'arn:aws:secretsmanager:us-east-1:111111111111:secret:db-credentials-AbCdEf',
          })],
        },
        Roles: [{ Ref: Match.stringLikeRegexp('^Reader') }],
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([{
            Action: 'kms:Decrypt',
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Reader'), 'Arn'] } },
            Resource: '*',
            Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' } },
          }]),
        },
      });
    });

    test('grantConnect without databaseUsers and grantSecretRead without secret throw', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');
      const secretOnly = new DatabaseConsumerAccess(stack, 'SecretOnly', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret: new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key }),
      });
      const roleOnly = new DatabaseConsumerAccess(stack, 'RoleOnly', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
      });
      const grantee = new iam.AccountRootPrincipal();

      // THEN
      expect(() => secretOnly.grantConnect(grantee)).toThrow(/grantConnect needs databaseUsers/);
      expect(() => roleOnly.grantSecretRead(grantee)).toThrow(/grantSecretRead needs secret/);
      expect(() => roleOnly.grantConnect(grantee, 'bad user')).toThrow(/databaseUsers must hold user names.*'bad user'/);
    });
  });

  describe('errors', () => {
    test.each([
      ['externalId', 'x', /externalId must be 2-1224 characters .* got 'x'/],
      ['externalId', 'has space', /externalId must be 2-1224 characters .* got 'has space'/],
      ['externalId', 'a'.repeat(1225), /externalId must be 2-1224 characters .* got 'a{1225}'/],
      ['databaseUsers', ['1user'], /databaseUsers must hold user names .* got '1user'/],
      ['databaseUsers', ['*'], /databaseUsers must hold user names .* got '\*'/],
      ['databaseUsers', ['a/b'], /databaseUsers must hold user names .* got 'a\/b'/],
      ['databaseUsers', ['u'.repeat(64)], /databaseUsers must hold user names .* got 'u{64}'/],
      ['databaseUsers', ['same', 'same'], /databaseUsers must not repeat a user, got 'same' twice/],
      ['databaseUsers', [], /databaseUsers must name at least one database user, got \[\]/],
      ['roleName', 'bad role', /roleName must be 1-64 characters .* got 'bad role'/],
    ])('rejects %s %j', (prop, value, message) => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
        [prop]: value,
      })).toThrow(message);
    });

    test('rejects empty consumers', () => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', { consumers: [], databaseUsers: ['reporting'], instance: importedInstance(stack) }))
        .toThrow(/consumers must name at least one account, organization or organizational unit, got \[\]/);
    });

    test('rejects neither databaseUsers nor secret', () => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')] }))
        .toThrow(/Give databaseUsers .* secret .* got neither/);
    });

    test('rejects users without a database', () => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], databaseUsers: ['reporting'] }))
        .toThrow(/databaseUsers \["reporting"\] need the database they belong to: give instance or cluster/);
    });

    test('rejects both instance and cluster', () => {
      // GIVEN
      const stack = makeStack();
      const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(stack, 'Cluster', { clusterIdentifier: 'c', clusterResourceIdentifier: 'cluster-X' });

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
        cluster,
      })).toThrow(/Give at most one of instance, cluster; got instance and cluster/);
    });

    test('rejects a database without databaseUsers', () => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        instance: importedInstance(stack),
        secret: new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key }),
      })).toThrow(/instance only applies with databaseUsers/);
    });

    test('rejects an imported instance without instanceResourceId', () => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack, false),
      })).toThrow(/instance 'Provider\/Instance' has no instanceResourceId/);
    });

    test('rejects an imported cluster without clusterResourceIdentifier', () => {
      // GIVEN
      const stack = makeStack();
      const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(stack, 'Cluster', { clusterIdentifier: 'c' });

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        cluster,
      })).toThrow(/cluster 'Provider\/Cluster' has no clusterResourceIdentifier/);
    });

    test.each([
      ['externalId', { externalId: 'reporting-app' }, /externalId only applies to the role .* got externalId 'reporting-app' without databaseUsers/],
      ['roleName', { roleName: 'reader' }, /roleName only applies to the role .* got roleName 'reader' without databaseUsers/],
    ])('rejects %s without databaseUsers', (_prop, extra, message) => {
      // GIVEN
      const stack = makeStack();
      const key = new kms.Key(stack, 'Key');

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret: new secretsmanager.Secret(stack, 'Secret', { encryptionKey: key }),
        ...extra,
      })).toThrow(message);
    });

    test('rejects a secret on the AWS managed key', () => {
      // GIVEN
      const stack = makeStack();
      const secret = new secretsmanager.Secret(stack, 'Secret');

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], principalArns: [APP_ROLE], secret }))
        .toThrow(/encryptionKey is required: secret 'Provider\/Secret' has no customer managed KMS key/);
    });

    test('rejects an encryptionKey that is not the secret\'s key', () => {
      // GIVEN
      const stack = makeStack();
      const secret = new secretsmanager.Secret(stack, 'Secret', { encryptionKey: new kms.Key(stack, 'Key') });

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        secret,
        encryptionKey: new kms.Key(stack, 'Other'),
      })).toThrow(/encryptionKey 'Provider\/Other' is not the key of secret 'Provider\/Secret'/);
    });

    test('reports every bad prop of one call at once, one per line', () => {
      // GIVEN
      const stack = makeStack();
      const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(stack, 'Cluster', { clusterIdentifier: 'c', clusterResourceIdentifier: 'cluster-X' });

      // WHEN
      const error = (() => {
        try {
          new DatabaseConsumerAccess(stack, 'Access', {
            consumers: [SharePrincipal.account('222222222222')],
            principalArns: [APP_ROLE, 'arn:aws:iam::333333333333:role/other'],
            databaseUsers: ['reporting', '1user'],
            instance: importedInstance(stack),
            cluster,
            externalId: 'x',
          });
        } catch (e) {
          return e as Error;
        }
        throw new Error('expected the props to be refused');
      })();

      // THEN
      expect(error.message.split('\n')).toEqual([
        expect.stringMatching(/^principalArns\[1\] must be a principal of an account in consumers .*'333333333333'$/),
        expect.stringMatching(/^externalId must be 2-1224 characters .* got 'x'$/),
        expect.stringMatching(/^Give at most one of instance, cluster; got instance and cluster/),
        expect.stringMatching(/^databaseUsers must hold user names .* got '1user'$/),
      ]);
      // nothing was created
      expect(stack.node.tryFindChild('Access')).toBeUndefined();
    });

    test('rejects encryptionKey without secret', () => {
      // GIVEN
      const stack = makeStack();

      // THEN
      expect(() => new DatabaseConsumerAccess(stack, 'Access', {
        consumers: [SharePrincipal.account('222222222222')],
        principalArns: [APP_ROLE],
        databaseUsers: ['reporting'],
        instance: importedInstance(stack),
        encryptionKey: new kms.Key(stack, 'Key'),
      })).toThrow(/encryptionKey only applies with secret, got encryptionKey 'Provider\/Key' without secret/);
    });
  });
});

describe('the two-account example', () => {
  test('trusts only the consumer application role and hands out no secret across accounts', () => {
    // GIVEN
    const app = new App({ context: { [`availability-zones:account=${PROVIDER_ACCOUNT}:region=${REGION}`]: ['us-east-1a', 'us-east-1b'] } });

    // WHEN
    const provider = new ProviderStack(app, 'SharedDbProvider', { env: { account: PROVIDER_ACCOUNT, region: REGION } });

    // THEN
    const template = Template.fromStack(provider);
    // no secret resource policy at all: the master credentials stay in the provider account
    template.resourceCountIs('AWS::SecretsManager::ResourcePolicy', 0);
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'shared-db-reporting',
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { AWS: ACCOUNT_ROOT(CONSUMER_ACCOUNT) },
          Condition: {
            StringEquals: { 'sts:ExternalId': 'shared-db-example' },
            ArnLike: { 'aws:PrincipalArn': [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${CONSUMER_ACCOUNT}:role/shared-db-reporting-app`]] }] },
          },
        }],
      },
    });
    // no key policy statement lets another account decrypt
    const keys = template.findResources('AWS::KMS::Key');
    for (const key of Object.values(keys)) {
      const statements = key.Properties.KeyPolicy.Statement as Array<{ Principal?: { AWS?: unknown } }>;
      expect(statements.filter(st => JSON.stringify(st.Principal ?? {}).includes(CONSUMER_ACCOUNT))).toEqual([]);
    }
  });
});
