import { App, Duration, Fn, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as rds from 'aws-cdk-lib/aws-rds';
import { LatticeSharedDatabase, ResourceGateway, SecureDatabase } from '../src';

function makeStack(): { stack: Stack; vpc: ec2.Vpc } {
  const stack = new Stack(new App(), 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  return { stack, vpc };
}

const postgres = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 });

describe('SecureDatabase', () => {
  test('by default: a MySQL instance encrypted with its own key, TLS required, RDS-managed password, snapshot on delete', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const db = new SecureDatabase(stack, 'Database', { vpc });

    // THEN
    const template = Template.fromStack(stack);
    const [keyId] = Object.keys(template.findResources('AWS::KMS::Key'));
    template.hasResource('AWS::KMS::Key', { DeletionPolicy: 'Retain', Properties: { EnableKeyRotation: true } });
    template.hasResource('AWS::RDS::DBInstance', {
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: {
        Engine: 'mysql',
        DBInstanceClass: 'db.t3.micro',
        StorageEncrypted: true,
        KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
        ManageMasterUserPassword: true,
        MasterUserPassword: Match.absent(),
        MasterUserSecret: { KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } },
        PubliclyAccessible: false,
        DeletionProtection: true,
        EnableIAMDatabaseAuthentication: true,
        EnableCloudwatchLogsExports: Match.arrayWith(['error', 'audit']),
      },
    });
    template.hasResourceProperties('AWS::RDS::DBParameterGroup', { Parameters: Match.objectLike({ require_secure_transport: '1' }) });
    template.hasResourceProperties('AWS::RDS::OptionGroup', {
      OptionConfigurations: [Match.objectLike({ OptionName: 'MARIADB_AUDIT_PLUGIN' })],
    });
    // the security group admits nothing until a rule is added
    template.hasResourceProperties('AWS::EC2::SecurityGroup', { SecurityGroupIngress: Match.absent(), GroupDescription: Match.stringLikeRegexp('^Secure database') });
    expect(db.port).toBe(3306);
    expect(db.instance).toBeDefined();
    expect(db.cluster).toBeUndefined();
    expect(db.masterSecretGenerated).toBe(false);
    const [instanceId] = Object.keys(template.findResources('AWS::RDS::DBInstance'));
    expect(stack.resolve(db.secret.secretArn)).toEqual({ 'Fn::GetAtt': [instanceId, 'MasterUserSecret.SecretArn'] });
  });

  test('connections opens the database port from a peer', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const db = new SecureDatabase(stack, 'Database', { vpc, engine: postgres });
    const app = new ec2.SecurityGroup(stack, 'App', { vpc, allowAllOutbound: false });

    // WHEN
    db.connections.allowDefaultPortFrom(app);

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp',
      FromPort: 5432,
      ToPort: 5432,
      SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^App'), 'GroupId'] },
    });
    expect(db.port).toBe(5432);
  });

  test('a read replica of an instance: a generated, KMS-encrypted master secret, and a warning', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const db = new SecureDatabase(stack, 'Database', { vpc, engine: postgres, readReplica: true });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::RDS::DBInstance', 2);
    template.hasResourceProperties('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.anyValue() });
    template.hasResourceProperties('AWS::RDS::DBInstance', { ManageMasterUserPassword: false, MasterUserPassword: Match.anyValue() });
    template.hasResourceProperties('AWS::SecretsManager::Secret', { KmsKeyId: Match.anyValue() });
    expect(db.readReplica).toBeDefined();
    expect(db.masterSecretGenerated).toBe(true);
    // messages name the construct's own props, with no databaseOptions. prefix
    Annotations.fromStack(stack).hasWarning('/Provider/Database', Match.stringLikeRegexp('^readReplica: RDS cannot create a read replica'));
  });

  test('an Aurora cluster with a reader, on a given key and security group', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const key = new kms.Key(stack, 'Key');
    const securityGroup = new ec2.SecurityGroup(stack, 'Sg', { vpc });

    // WHEN
    const db = new SecureDatabase(stack, 'Database', {
      vpc,
      clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      readReplica: true,
      encryptionKey: key,
      securityGroup,
      backupRetention: Duration.days(14),
    });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::RDS::DBCluster', {
      Engine: 'aurora-postgresql',
      StorageEncrypted: true,
      KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] },
      BackupRetentionPeriod: 14,
      ManageMasterUserPassword: true,
      VpcSecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^Sg'), 'GroupId'] }],
    });
    template.resourceCountIs('AWS::RDS::DBInstance', 2);
    expect(db.cluster).toBeDefined();
    expect(db.hasClusterReader).toBe(true);
    expect(db.encryptionKey).toBe(key);
    expect(db.securityGroup).toBe(securityGroup);
    expect(db.port).toBe(5432);
  });

  test('is shared through LatticeSharedDatabase like any database', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const db = new SecureDatabase(stack, 'Database', { vpc, engine: postgres });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });

    // WHEN
    const shared = new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db.instance });

    // THEN
    expect(shared.port).toBe(5432);
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 5432,
      GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DatabaseSecurityGroup'), 'GroupId'] },
      SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^GatewaySecurityGroup'), 'GroupId'] },
    });
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['an instance class with the db. prefix', { instanceType: new ec2.InstanceType('db.t3.micro') }, /^instanceType must be an instance class without the 'db\.' prefix/],
    ['allocatedStorageGiB below 20', { allocatedStorageGiB: 10 }, /^allocatedStorageGiB must be a whole number from 20 to 65536 GiB, got 10/],
    ['backupRetention of 36 days', { backupRetention: Duration.days(36) }, /^backupRetention must be 1 to 35 whole days, got '36 days'/],
    ['engine and clusterEngine', { engine: postgres, clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }) },
      /^give engine \(an RDS instance\) or clusterEngine/],
    ['multiAz as a string', { multiAz: 'true' }, /^multiAz must be true or false, got 'true'/],
  ])('refuses %s, naming its own prop', (_name, extra, message) => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // THEN
    expect(() => new SecureDatabase(stack, 'Database', { vpc, ...extra })).toThrow(message);
  });

  test('the same props with good values synthesize (control of the table above)', () => {
    const { stack, vpc } = makeStack();
    new SecureDatabase(stack, 'Database', {
      vpc,
      instanceType: new ec2.InstanceType('t3.micro'),
      allocatedStorageGiB: 20,
      backupRetention: Duration.days(35),
      engine: postgres,
      multiAz: true,
    });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test('refuses props without a vpc', () => {
    const { stack } = makeStack();
    expect(() => new SecureDatabase(stack, 'Database', {} as any)).toThrow(/^vpc must be an ec2.IVpc .*got undefined/);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    // a string would reach aws-cdk-lib and leave the database in the VPC's default security group
    ['a security group id instead of a security group', { securityGroup: 'sg-0123456789abcdef0' }, /^securityGroup must be an ec2.ISecurityGroup .*got 'sg-0123456789abcdef0'/],
    ['a key ARN instead of a key', { encryptionKey: 'arn:aws:kms:us-east-1:111111111111:key/1234' }, /^encryptionKey must be a kms.IKey .*got 'arn:aws:kms/],
    ['subnets the VPC does not have', { vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } }, /vpcSubnets/],
  ])('refuses %s before aws-cdk-lib sees it', (_name, extra, message) => {
    const { stack, vpc } = makeStack();
    const error = (() => {
      try {
        new SecureDatabase(stack, 'Database', { vpc, ...extra });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error!.message).toMatch(message);
  });

  test('a port only known at deploy time is the port connections opens', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const port = Token.asNumber(Fn.importValue('DatabasePort'));

    // WHEN
    const db = new SecureDatabase(stack, 'Database', { vpc, engine: postgres, port });

    // THEN
    expect(db.port).toBe(port);
    expect(stack.resolve(db.connections.defaultPort!.toRuleJson())).toEqual(expect.objectContaining({ fromPort: { 'Fn::ImportValue': 'DatabasePort' } }));
  });

  test('its own key gets no CloudWatch Logs statement: it creates no log group', () => {
    const { stack, vpc } = makeStack();
    new SecureDatabase(stack, 'Database', { vpc });
    expect(JSON.stringify(Template.fromStack(stack).findResources('AWS::KMS::Key'))).not.toMatch(/logs\.us-east-1\.amazonaws\.com/);
  });
});

test('SecureDatabase reports every broken option at once, one per line', () => {
  const { stack, vpc } = makeStack();
  expect(() => new SecureDatabase(stack, 'Database', { vpc, allocatedStorageGiB: 5, port: 80 }))
    .toThrow(/^allocatedStorageGiB must be a whole number from 20 to 65536 GiB, got 5\nport must be a whole number from 1150 to 65535, got 80$/);
});

test('SecureDatabase warns about a key that is no prop, and names the prop it resembles', () => {
  const { stack, vpc } = makeStack();
  new SecureDatabase(stack, 'Database', { vpc, multiAZ: true } as any);
  Annotations.fromStack(stack).hasWarning('/Provider/Database',
    Match.stringLikeRegexp('multiAZ is no prop of SecureDatabase and changes nothing: did you mean multiAz\\?'));
});

describe('SecureDatabase Database Insights', () => {
  test('ADVANCED turns Performance Insights on, encrypted, with the 15 months the mode needs', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    new SecureDatabase(stack, 'Database', {
      vpc,
      engine: postgres,
      instanceType: new ec2.InstanceType('t3.medium'),
      databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED,
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RDS::DBInstance', {
      DatabaseInsightsMode: 'advanced',
      EnablePerformanceInsights: true,
      PerformanceInsightsRetentionPeriod: 465,
      PerformanceInsightsKMSKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DatabaseEncryptionKey'), 'Arn'] },
    });
  });

  test('ADVANCED on an Aurora cluster is set on the cluster, with its instances on Performance Insights', () => {
    const { stack, vpc } = makeStack();
    new SecureDatabase(stack, 'Database', {
      vpc,
      clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      instanceType: new ec2.InstanceType('r6g.large'),
      databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::RDS::DBCluster', { DatabaseInsightsMode: 'advanced', PerformanceInsightsEnabled: true, PerformanceInsightsRetentionPeriod: 465 });
    template.hasResourceProperties('AWS::RDS::DBInstance', { EnablePerformanceInsights: true });
  });

  test('no mode leaves the template as earlier releases wrote it', () => {
    const { stack, vpc } = makeStack();
    new SecureDatabase(stack, 'Database', { vpc, engine: postgres });
    Template.fromStack(stack).hasResourceProperties('AWS::RDS::DBInstance', {
      DatabaseInsightsMode: Match.absent(),
      EnablePerformanceInsights: false,
      PerformanceInsightsRetentionPeriod: Match.absent(),
    });
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['ADVANCED with performanceInsights false', { databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED, performanceInsights: false },
      /^databaseInsightsMode ADVANCED needs Performance Insights: .*got performanceInsights false/],
    ['ADVANCED on a class without Performance Insights', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 }), instanceType: new ec2.InstanceType('t3.micro'), databaseInsightsMode: rds.DatabaseInsightsMode.ADVANCED },
      /^databaseInsightsMode: mysql offers no Performance Insights .*got databaseInsightsMode ADVANCED and instanceType 't3\.micro'/],
    ['a mode that is no member', { databaseInsightsMode: 'ADVANCED' }, /^databaseInsightsMode must be one of rds\.DatabaseInsightsMode\.STANDARD .*got 'ADVANCED'/],
  ])('refuses %s', (_name, extra, message) => {
    const { stack, vpc } = makeStack();
    expect(() => new SecureDatabase(stack, 'Database', { vpc, engine: postgres, instanceType: new ec2.InstanceType('t3.medium'), ...extra })).toThrow(message);
  });
});
