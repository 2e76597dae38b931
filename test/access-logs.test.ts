/**
 * Resource access logs of resource configurations (`src/private/access-logs.ts`), alone and
 * through `LatticeSharedDatabase`.
 *
 * The AWS rules they follow:
 * - "for resource configurations, we publish VpcLatticeResourceAccessLogs which needs to be
 *   configured separately" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html)
 * - an access log subscription takes a resource configuration as its ResourceIdentifier (pattern
 *   `...(rcfg)-[0-9a-z]{17}...`), which replaces it when changed; DestinationArn updates in place
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-accesslogsubscription.html)
 * - CloudWatch Logs takes symmetric keys only
 *   (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html)
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { thrown } from './thrown';
import { LatticeSharedDatabase, LatticeSharedDatabaseProps } from '../src/lattice-shared-database';
import { addResourceAccessLogs } from '../src/private/access-logs';
import { ResourceAccessLogs } from '../src/resource-access-logs';
import { ResourceGateway } from '../src/resource-gateway';

const CONFIGURATION_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0';
/** The ResourceIdentifier pattern of AWS::VpcLattice::AccessLogSubscription (linked above). */
const RESOURCE_IDENTIFIER = /^((((sn)|(svc)|(rcfg))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork\/sn)|(resourceconfiguration\/rcfg)|(service\/svc))-[0-9a-z]{17}))$/;

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
}

function resourcesOf(stack: Stack, type: string): Record<string, { Properties: Record<string, unknown>; DeletionPolicy?: string }> {
  return Template.fromStack(stack).findResources(type) as Record<string, { Properties: Record<string, unknown>; DeletionPolicy?: string }>;
}

function onlyOf(stack: Stack, type: string): { id: string; properties: Record<string, unknown>; deletionPolicy?: string } {
  const found = Object.entries(resourcesOf(stack, type));
  expect(found).toHaveLength(1);
  return { id: found[0][0], properties: found[0][1].Properties, deletionPolicy: found[0][1].DeletionPolicy };
}

interface Shared {
  readonly stack: Stack;
  readonly gateway: ResourceGateway;
  readonly db: rds.DatabaseInstance;
}

function sharedFixture(): Shared {
  const stack = newStack();
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
  const db = new rds.DatabaseInstance(stack, 'Db', {
    vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
  });
  return { stack, gateway, db };
}

function share(f: Shared, props: Partial<LatticeSharedDatabaseProps> = {}, id = 'Shared'): LatticeSharedDatabase {
  return new LatticeSharedDatabase(f.stack, id, { resourceGateway: f.gateway, instance: f.db, ...props });
}

describe('addResourceAccessLogs: a configuration made outside the library', () => {
  test('creates the key, the log group and the access log subscription of the configuration, wired together', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const made = addResourceAccessLogs(stack, CONFIGURATION_ARN);

    // THEN: the subscription is on the configuration and sends to the log group
    expect(CONFIGURATION_ARN).toMatch(RESOURCE_IDENTIFIER);
    const group = onlyOf(stack, 'AWS::Logs::LogGroup');
    const subscription = onlyOf(stack, 'AWS::VpcLattice::AccessLogSubscription');
    expect(subscription.properties).toEqual({
      ResourceIdentifier: CONFIGURATION_ARN,
      DestinationArn: { 'Fn::GetAtt': [group.id, 'Arn'] },
    });
    expect(made.subscription).toBe(stack.node.findChild('AccessLogSubscription'));
    expect(made.logGroup).toBe(stack.node.findChild('AccessLogs'));
    expect(made.encryptionKey).toBe(stack.node.findChild('AccessLogKey'));
  });

  test('the created log group is encrypted with a new rotating key, keeps a year and is retained', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    addResourceAccessLogs(stack, CONFIGURATION_ARN);

    // THEN
    const key = onlyOf(stack, 'AWS::KMS::Key');
    const group = onlyOf(stack, 'AWS::Logs::LogGroup');
    expect(group.properties).toEqual({
      LogGroupName: expect.stringMatching(/^\/aws\/vendedlogs\/vpclattice\/resource-access\//),
      KmsKeyId: { 'Fn::GetAtt': [key.id, 'Arn'] },
      RetentionInDays: 365,
    });
    expect(group.deletionPolicy).toBe('Retain');
    expect(key.properties.EnableKeyRotation).toBe(true);
    expect(key.deletionPolicy).toBe('Retain');
    // only CloudWatch Logs of this Region, for this log group, may use the key
    Template.fromStack(stack).hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: 'AllowCloudWatchLogsForThisLogGroup',
          Principal: { Service: 'logs.us-east-1.amazonaws.com' },
          Condition: {
            ArnLike: {
              'kms:EncryptionContext:aws:logs:arn': {
                'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:logs:us-east-1:111111111111:log-group:${group.properties.LogGroupName}`]],
              },
            },
          },
        })]),
      },
    });
  });

  test('a given log group is used: no log group or key is created', () => {
    // GIVEN
    const stack = newStack();
    const given = logs.LogGroup.fromLogGroupName(stack, 'Given', 'central-lattice-logs');

    // WHEN
    const made = addResourceAccessLogs(stack, CONFIGURATION_ARN, { logGroup: given });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(onlyOf(stack, 'AWS::VpcLattice::AccessLogSubscription').properties.DestinationArn).toEqual(stack.resolve(given.logGroupArn));
    expect(made.logGroup).toBe(given);
    expect(made.encryptionKey).toBeUndefined();
  });

  test('a given key and retention are used for the created log group, and the key policy is left alone', () => {
    // GIVEN
    const stack = newStack();
    const key = new kms.Key(stack, 'GivenKey', { enableKeyRotation: true });

    // WHEN
    const made = addResourceAccessLogs(stack, CONFIGURATION_ARN, { encryptionKey: key, retention: logs.RetentionDays.TEN_YEARS });

    // THEN
    const group = onlyOf(stack, 'AWS::Logs::LogGroup');
    expect(group.properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as kms.CfnKey), 'Arn'] });
    expect(group.properties.RetentionInDays).toBe(3653);
    Template.fromStack(stack).resourceCountIs('AWS::KMS::Key', 1);
    expect(JSON.stringify(stack.resolve((key.node.defaultChild as kms.CfnKey).keyPolicy))).not.toContain('AllowCloudWatchLogsForThisLogGroup');
    expect(made.encryptionKey).toBeUndefined();
  });
});

describe('LatticeSharedDatabase', () => {
  test('creates resource access logs by default, on the configuration it makes', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    const shared = share(f);

    // THEN
    const configurationId = f.stack.getLogicalId(shared.node.defaultChild as any);
    const group = onlyOf(f.stack, 'AWS::Logs::LogGroup');
    expect(onlyOf(f.stack, 'AWS::VpcLattice::AccessLogSubscription').properties).toEqual({
      ResourceIdentifier: { 'Fn::GetAtt': [configurationId, 'Id'] },
      DestinationArn: { 'Fn::GetAtt': [group.id, 'Arn'] },
    });
    expect(group.deletionPolicy).toBe('Retain');
    expect(group.properties.RetentionInDays).toBe(365);
    expect(group.properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(shared.accessLogEncryptionKey!.node.defaultChild as kms.CfnKey), 'Arn'] });
    // exposed on the construct
    expect(f.stack.resolve(shared.accessLogGroup!.logGroupArn)).toEqual({ 'Fn::GetAtt': [group.id, 'Arn'] });
    expect(shared.accessLogSubscription).toBe(shared.node.findChild('AccessLogSubscription'));
  });

  test('the resources it had keep their logical ids: access logs only add resources', () => {
    // GIVEN
    const ids = (accessLogs: boolean) => {
      const f = sharedFixture();
      share(f, { accessLogs });
      return Template.fromStack(f.stack).toJSON().Resources as Record<string, { Type: string }>;
    };

    // WHEN
    const without = ids(false);
    const withLogs = ids(true);

    // THEN
    for (const id of Object.keys(without)) {
      expect(withLogs[id]?.Type).toBe(without[id].Type);
    }
    const added = Object.keys(withLogs).filter(id => without[id] === undefined).map(id => withLogs[id].Type).sort();
    expect(added).toEqual(['AWS::KMS::Key', 'AWS::Logs::LogGroup', 'AWS::VpcLattice::AccessLogSubscription']);
  });

  test('accessLogs: false creates none of it', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    const shared = share(f, { accessLogs: false });

    // THEN
    const template = Template.fromStack(f.stack);
    for (const type of ['AWS::VpcLattice::AccessLogSubscription', 'AWS::Logs::LogGroup', 'AWS::KMS::Key']) {
      template.resourceCountIs(type, 0);
    }
    expect(shared.accessLogGroup).toBeUndefined();
    expect(shared.accessLogSubscription).toBeUndefined();
  });

  test('a given log group is used: no log group or key is created', () => {
    // GIVEN
    const f = sharedFixture();
    const group = new logs.LogGroup(f.stack, 'Central', { retention: logs.RetentionDays.FIVE_YEARS });

    // WHEN
    const shared = share(f, { accessLogGroup: group });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(onlyOf(f.stack, 'AWS::VpcLattice::AccessLogSubscription').properties.DestinationArn)
      .toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(group.node.defaultChild as logs.CfnLogGroup), 'Arn'] });
    expect(shared.accessLogGroup).toBe(group);
    expect(shared.accessLogEncryptionKey).toBeUndefined();
  });

  test('the composite wiring: a given key and retention', () => {
    // GIVEN
    const f = sharedFixture();
    const key = new kms.Key(f.stack, 'Key', { enableKeyRotation: true });

    // WHEN
    share(f, { accessLogEncryptionKey: key, accessLogRetention: logs.RetentionDays.TWO_YEARS });

    // THEN
    const group = onlyOf(f.stack, 'AWS::Logs::LogGroup');
    expect(group.properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(key.node.defaultChild as kms.CfnKey), 'Arn'] });
    expect(group.properties.RetentionInDays).toBe(731);
    Template.fromStack(f.stack).resourceCountIs('AWS::KMS::Key', 1);
  });

  test('two configurations in one stack get their own log groups, names and subscriptions', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    const writer = share(f, {}, 'Writer');
    const reader = share(f, {}, 'Reader');

    // THEN
    const groups = Object.values(resourcesOf(f.stack, 'AWS::Logs::LogGroup')).map(r => r.Properties.LogGroupName);
    expect(new Set(groups).size).toBe(2);
    const subscribed = Object.values(resourcesOf(f.stack, 'AWS::VpcLattice::AccessLogSubscription'))
      .map(r => (r.Properties.ResourceIdentifier as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]).sort();
    expect(subscribed).toEqual([writer, reader].map(d => f.stack.getLogicalId(d.node.defaultChild as any)).sort());
  });

  test('an imported configuration gets no access logs', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    LatticeSharedDatabase.fromResourceConfigurationArn(stack, 'Imported', CONFIGURATION_ARN);

    // THEN
    expect(Object.keys(Template.fromStack(stack).toJSON().Resources ?? {})).toEqual([]);
  });
});

describe('refused props', () => {
  const asymmetric = (stack: Stack) => new kms.Key(stack, 'Asymmetric', { keySpec: kms.KeySpec.RSA_2048, keyUsage: kms.KeyUsage.SIGN_VERIFY });
  const group = (stack: Stack) => logs.LogGroup.fromLogGroupName(stack, 'Group', 'central');
  const key = (stack: Stack) => new kms.Key(stack, 'GivenKey', { enableKeyRotation: true });

  /** [what, the refused props, the message, a control that synthesizes] */
  test.each<[string, (s: Stack) => Partial<LatticeSharedDatabaseProps>, RegExp, (s: Stack) => Partial<LatticeSharedDatabaseProps>]>([
    ['accessLogs false with accessLogGroup', s => ({ accessLogs: false, accessLogGroup: group(s) }),
      /^accessLogGroup 'Stack\/Group' is given, but accessLogs is false: remove one of them$/, s => ({ accessLogs: true, accessLogGroup: group(s) })],
    ['accessLogs false with accessLogRetention', () => ({ accessLogs: false, accessLogRetention: logs.RetentionDays.ONE_MONTH }),
      /^accessLogRetention 30 applies only to access logs, but accessLogs is false: remove it or set accessLogs to true$/,
      () => ({ accessLogRetention: logs.RetentionDays.ONE_MONTH })],
    ['accessLogs false with accessLogEncryptionKey', s => ({ accessLogs: false, accessLogEncryptionKey: key(s) }),
      /^accessLogEncryptionKey 'Stack\/GivenKey' applies only to access logs, but accessLogs is false/, s => ({ accessLogEncryptionKey: key(s) })],
    ['accessLogGroup with accessLogRetention', s => ({ accessLogGroup: group(s), accessLogRetention: logs.RetentionDays.ONE_MONTH }),
      /^accessLogRetention 30 applies only to a log group this construct creates, not to accessLogGroup 'Stack\/Group': remove it or accessLogGroup$/,
      s => ({ accessLogGroup: group(s) })],
    ['accessLogGroup with accessLogEncryptionKey and accessLogRetention',
      s => ({ accessLogGroup: group(s), accessLogEncryptionKey: key(s), accessLogRetention: logs.RetentionDays.ONE_MONTH }),
      /^accessLogRetention 30, accessLogEncryptionKey 'Stack\/GivenKey' apply only to a log group this construct creates, not to accessLogGroup 'Stack\/Group': remove them or accessLogGroup$/,
      s => ({ accessLogEncryptionKey: key(s), accessLogRetention: logs.RetentionDays.ONE_MONTH })],
    ['accessLogs that is no boolean', () => ({ accessLogs: 'yes' as unknown as boolean }), /^accessLogs must be .*'yes'/, () => ({ accessLogs: false })],
    ['accessLogRetention that is no RetentionDays', () => ({ accessLogRetention: 42 as logs.RetentionDays }), /^accessLogRetention must be .*42/,
      () => ({ accessLogRetention: logs.RetentionDays.SIX_MONTHS })],
    ['an asymmetric accessLogEncryptionKey', s => ({ accessLogEncryptionKey: asymmetric(s) }),
      /^accessLogEncryptionKey must be a symmetric encryption key .* got 'Stack\/Asymmetric' with keySpec 'RSA_2048' and keyUsage 'SIGN_VERIFY'$/,
      s => ({ accessLogEncryptionKey: key(s) })],
  ])('%s', (_name, refused, message, control) => {
    // GIVEN
    const f = sharedFixture();
    const g = sharedFixture();

    // WHEN / THEN
    expect(thrown(() => share(f, refused(f.stack)))).toMatch(message);
    // the control synthesizes
    share(g, control(g.stack));
    expect(() => Template.fromStack(g.stack)).not.toThrow();
  });

  test('every broken access log rule is reported together', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    const message = thrown(() => share(f, { accessLogs: false, accessLogGroup: group(f.stack), accessLogRetention: logs.RetentionDays.ONE_MONTH }));

    // THEN
    expect(message.split('\n')).toEqual([
      "accessLogGroup 'Stack/Group' is given, but accessLogs is false: remove one of them",
      'accessLogRetention 30 applies only to access logs, but accessLogs is false: remove it or set accessLogs to true',
    ]);
  });

  test.each<[string, Partial<LatticeSharedDatabaseProps>, RegExp]>([
    ['accessLogGroup that is no log group', { accessLogGroup: 'central' as unknown as logs.ILogGroup },
      /^accessLogGroup must be a logs\.ILogGroup \(such as logs\.LogGroup\.fromLogGroupName\(scope, id, name\)\), got 'central'$/],
    ['accessLogEncryptionKey that is no key', { accessLogEncryptionKey: { keyArn: 1 } as unknown as kms.IKey },
      /^accessLogEncryptionKey must be a kms\.IKey \(such as kms\.Key\.fromKeyArn\(scope, id, arn\)\), got \{"keyArn":1\}$/],
  ])('%s is refused at once', (_name, props, message) => {
    // GIVEN
    const f = sharedFixture();

    // WHEN / THEN
    expect(thrown(() => share(f, props))).toMatch(message);
  });
});

describe('ResourceAccessLogs: a configuration made outside LatticeSharedDatabase', () => {
  test('an imported configuration of the account gets the subscription, a log group and a key', () => {
    // GIVEN
    const stack = newStack();
    const configuration = LatticeSharedDatabase.fromResourceConfigurationArn(stack, 'Orders', CONFIGURATION_ARN);

    // WHEN
    const made = new ResourceAccessLogs(stack, 'OrdersAccessLogs', { resourceConfiguration: configuration });

    // THEN
    const group = onlyOf(stack, 'AWS::Logs::LogGroup');
    expect(onlyOf(stack, 'AWS::VpcLattice::AccessLogSubscription').properties).toEqual({
      ResourceIdentifier: 'rcfg-0123456789abcdef0',
      DestinationArn: { 'Fn::GetAtt': [group.id, 'Arn'] },
    });
    expect('rcfg-0123456789abcdef0').toMatch(RESOURCE_IDENTIFIER);
    expect(group.deletionPolicy).toBe('Retain');
    expect(group.properties.RetentionInDays).toBe(365);
    expect(group.properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [onlyOf(stack, 'AWS::KMS::Key').id, 'Arn'] });
    expect(made.subscription).toBe(made.node.findChild('AccessLogSubscription'));
    expect(made.encryptionKey).toBe(made.node.findChild('AccessLogKey'));
  });

  test('a LatticeSharedDatabase that logs itself is refused; one with accessLogs false is the control', () => {
    const f = sharedFixture();
    const logging = share(f, {}, 'Logging');
    expect(thrown(() => new ResourceAccessLogs(f.stack, 'Twice', { resourceConfiguration: logging })))
      .toMatch(/^resourceConfiguration 'Stack\/Logging' already has its resource access logs \(LatticeSharedDatabase accessLogs\)/);
    const quiet = share(f, { accessLogs: false }, 'Quiet');
    new ResourceAccessLogs(f.stack, 'Once', { resourceConfiguration: quiet });
    Template.fromStack(f.stack).resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 2);
  });

  test('a given log group is used as it is', () => {
    // GIVEN
    const stack = newStack();
    const configuration = LatticeSharedDatabase.fromResourceConfigurationArn(stack, 'Orders', CONFIGURATION_ARN);
    const group = logs.LogGroup.fromLogGroupName(stack, 'Central', 'central');

    // WHEN
    const made = new ResourceAccessLogs(stack, 'Logs', { resourceConfiguration: configuration, accessLogGroup: group });

    // THEN
    Template.fromStack(stack).resourceCountIs('AWS::Logs::LogGroup', 0);
    Template.fromStack(stack).resourceCountIs('AWS::KMS::Key', 0);
    expect(made.logGroup).toBe(group);
  });

  test.each<[string, (s: Stack) => Record<string, unknown>, RegExp, (s: Stack) => Record<string, unknown>]>([
    ['no resourceConfiguration', () => ({}), /^resourceConfiguration is required/,
      s => ({ resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN) })],
    ['a resourceConfiguration that is an ARN string', () => ({ resourceConfiguration: CONFIGURATION_ARN }),
      /^resourceConfiguration must be an IResourceConfiguration such as LatticeSharedDatabase\.fromResourceConfigurationArn\(\.\.\.\), got 'arn:aws:vpc-lattice:/,
      s => ({ resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN) })],
    ['accessLogGroup with accessLogRetention',
      s => ({
        resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN),
        accessLogGroup: logs.LogGroup.fromLogGroupName(s, 'G', 'central'),
        accessLogRetention: logs.RetentionDays.ONE_MONTH,
      }),
      /^accessLogRetention applies only to a log group this construct creates, not to accessLogGroup 'Stack\/G': remove it or accessLogGroup$/,
      s => ({ resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN), accessLogRetention: logs.RetentionDays.ONE_MONTH })],
    ['accessLogRetention that is no RetentionDays',
      s => ({ resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN), accessLogRetention: 42 }),
      /^accessLogRetention must be .*42/,
      s => ({ resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationArn(s, 'C', CONFIGURATION_ARN), accessLogRetention: logs.RetentionDays.SIX_MONTHS })],
  ])('%s is refused', (_name, refused, message, control) => {
    // GIVEN
    const bad = newStack();
    const good = newStack();

    // WHEN / THEN
    expect(thrown(() => new ResourceAccessLogs(bad, 'Logs', refused(bad) as any))).toMatch(message);
    new ResourceAccessLogs(good, 'Logs', control(good) as any);
    expect(() => Template.fromStack(good)).not.toThrow();
  });
});
