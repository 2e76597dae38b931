/**
 * Resource access logs of resource configurations (`src/private/access-logs.ts`), alone and
 * through `LatticeSharedDatabase`.
 *
 * The AWS rules they follow:
 * - "for resource configurations, we publish VpcLatticeResourceAccessLogs which needs to be
 *   configured separately" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html)
 * - a delivery source, a delivery destination and a delivery that pairs them
 *   (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-vended-logs-permissions-V2.html), log type
 *   RESOURCE_ACCESS_LOGS for AWS::VpcLattice::ResourceConfiguration
 *   (https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.mixins_preview.aws_vpclattice.mixins/CfnResourceConfigurationResourceAccessLogs.html)
 * - delivery source and destination names: 1-60 characters of [\w-], unique in the account
 *   (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html,
 *   https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html)
 * - a delivery source cannot take a new ResourceArn in place, nor can a second source exist for the
 *   same resource (https://github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/2513)
 * - CloudWatch Logs takes symmetric keys only
 *   (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html)
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';
import { DatabaseSharingMode, LatticeSharedDatabase, LatticeSharedDatabaseProps } from '../src/lattice-shared-database';
import { addResourceAccessLogs, DELIVERY_NAME_MAX_LENGTH, RESOURCE_ACCESS_LOG_TYPE } from '../src/private/access-logs';
import { ResourceGateway } from '../src/resource-gateway';

const CONFIGURATION_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0';
const OTHER_CONFIGURATION_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef1';
/** PutDeliverySource / PutDeliveryDestination name pattern `[\w-]*`, 1-60 characters (linked above). */
const DELIVERY_NAME = /^[\w-]{1,60}$/;

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

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('addResourceAccessLogs: a configuration made outside the library', () => {
  test('creates the key, the log group, the delivery source, destination and delivery, wired together', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const made = addResourceAccessLogs(stack, CONFIGURATION_ARN);

    // THEN: the delivery source of the configuration, of the resource access log type
    const source = onlyOf(stack, 'AWS::Logs::DeliverySource');
    expect(source.properties).toEqual({
      Name: expect.stringMatching(DELIVERY_NAME),
      LogType: 'RESOURCE_ACCESS_LOGS',
      ResourceArn: CONFIGURATION_ARN,
    });
    expect(RESOURCE_ACCESS_LOG_TYPE).toBe('RESOURCE_ACCESS_LOGS');
    // the destination is the log group, of the CloudWatch Logs type
    const group = onlyOf(stack, 'AWS::Logs::LogGroup');
    const destination = onlyOf(stack, 'AWS::Logs::DeliveryDestination');
    expect(destination.properties).toEqual({
      Name: expect.stringMatching(DELIVERY_NAME),
      DestinationResourceArn: { 'Fn::GetAtt': [group.id, 'Arn'] },
      DeliveryDestinationType: 'CWL',
    });
    // the delivery pairs them: the source by name (its Ref), the destination by ARN
    const delivery = onlyOf(stack, 'AWS::Logs::Delivery');
    expect(delivery.properties).toEqual({
      DeliverySourceName: { Ref: source.id },
      DeliveryDestinationArn: { 'Fn::GetAtt': [destination.id, 'Arn'] },
    });
    expect(stack.resolve(made.delivery.deliverySourceName)).toEqual({ Ref: source.id });
    expect(made.logGroup.node.defaultChild).toBeDefined();
    expect(made.encryptionKey).toBeDefined();
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
    expect(onlyOf(stack, 'AWS::Logs::DeliveryDestination').properties.DestinationResourceArn).toEqual(stack.resolve(given.logGroupArn));
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

describe('names', () => {
  test('two configurations in one stack get distinct source and destination names, within the limits', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const first = addResourceAccessLogs(new Construct(stack, 'First'), CONFIGURATION_ARN);
    const second = addResourceAccessLogs(new Construct(stack, 'Second'), OTHER_CONFIGURATION_ARN);

    // THEN
    const names = [first.deliverySource, second.deliverySource, first.deliveryDestination, second.deliveryDestination]
      .map(resource => stack.resolve(resource.name) as string);
    expect(new Set(names).size).toBe(4);
    for (const name of names) {
      expect(name).toMatch(DELIVERY_NAME);
      expect(name.length).toBeLessThanOrEqual(DELIVERY_NAME_MAX_LENGTH);
    }
  });

  test('a long construct path still gives names of at most 60 characters', () => {
    // GIVEN
    const stack = newStack();
    const deep = new Construct(new Construct(stack, 'A'.repeat(80)), 'B'.repeat(80));

    // WHEN
    const made = addResourceAccessLogs(deep, CONFIGURATION_ARN);

    // THEN
    for (const resource of [made.deliverySource, made.deliveryDestination]) {
      const name = stack.resolve(resource.name) as string;
      expect(name).toMatch(DELIVERY_NAME);
    }
  });

  test('the source name changes exactly with the configuration; the destination name with the log group', () => {
    // GIVEN
    const build = (arn: string, options: Parameters<typeof addResourceAccessLogs>[2] = {}) => {
      const stack = newStack();
      const group = options.logGroup === undefined ? undefined : logs.LogGroup.fromLogGroupName(stack, 'Given', 'other-group');
      const made = addResourceAccessLogs(stack, arn, { ...options, logGroup: group });
      return { source: stack.resolve(made.deliverySource.name), destination: stack.resolve(made.deliveryDestination.name) };
    };

    // WHEN
    const base = build(CONFIGURATION_ARN);
    const otherConfiguration = build(OTHER_CONFIGURATION_ARN);
    const otherRetention = build(CONFIGURATION_ARN, { retention: logs.RetentionDays.TEN_YEARS });
    const replacedBy = build(CONFIGURATION_ARN, { replacedBy: { resourceConfigurationName: 'orders-abcdef12' } });
    const otherGroup = build(CONFIGURATION_ARN, { logGroup: {} as logs.ILogGroup });

    // THEN: a new configuration is a new source (CloudWatch Logs takes no new ResourceArn in place)
    expect(otherConfiguration.source).not.toEqual(base.source);
    expect(otherConfiguration.destination).toEqual(base.destination);
    expect(replacedBy.source).not.toEqual(base.source);
    // a change that replaces neither keeps both names (a second source for the same resource would fail)
    expect(otherRetention).toEqual(base);
    // another log group is another destination; the source stays
    expect(otherGroup.source).toEqual(base.source);
    expect(otherGroup.destination).not.toEqual(base.destination);
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
    expect(onlyOf(f.stack, 'AWS::Logs::DeliverySource').properties).toEqual({
      Name: expect.stringMatching(DELIVERY_NAME),
      LogType: 'RESOURCE_ACCESS_LOGS',
      ResourceArn: { 'Fn::GetAtt': [configurationId, 'Arn'] },
    });
    const group = onlyOf(f.stack, 'AWS::Logs::LogGroup');
    expect(group.deletionPolicy).toBe('Retain');
    expect(group.properties.RetentionInDays).toBe(365);
    expect(group.properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(shared.accessLogEncryptionKey!.node.defaultChild as kms.CfnKey), 'Arn'] });
    Template.fromStack(f.stack).resourceCountIs('AWS::Logs::Delivery', 1);
    // exposed on the construct
    expect(f.stack.resolve(shared.accessLogGroup!.logGroupArn)).toEqual({ 'Fn::GetAtt': [group.id, 'Arn'] });
    expect(shared.accessLogDelivery).toBeDefined();
    expect(f.stack.resolve(shared.accessLogDelivery!.deliveryDestinationArn)).toEqual({
      'Fn::GetAtt': [onlyOf(f.stack, 'AWS::Logs::DeliveryDestination').id, 'Arn'],
    });
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
    expect(added).toEqual(['AWS::KMS::Key', 'AWS::Logs::Delivery', 'AWS::Logs::DeliveryDestination', 'AWS::Logs::DeliverySource', 'AWS::Logs::LogGroup']);
  });

  test('accessLogs: false creates none of it', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    const shared = share(f, { accessLogs: false });

    // THEN
    const template = Template.fromStack(f.stack);
    for (const type of ['AWS::Logs::DeliverySource', 'AWS::Logs::DeliveryDestination', 'AWS::Logs::Delivery', 'AWS::Logs::LogGroup', 'AWS::KMS::Key']) {
      template.resourceCountIs(type, 0);
    }
    expect(shared.accessLogGroup).toBeUndefined();
    expect(shared.accessLogDelivery).toBeUndefined();
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
    expect(onlyOf(f.stack, 'AWS::Logs::DeliveryDestination').properties.DestinationResourceArn)
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

  test('two configurations in one stack get their own log groups and distinct names', () => {
    // GIVEN
    const f = sharedFixture();

    // WHEN
    share(f, {}, 'Writer');
    share(f, {}, 'Reader');

    // THEN
    const names = (type: string, property: string) => Object.values(resourcesOf(f.stack, type)).map(r => r.Properties[property]);
    for (const [type, property] of [
      ['AWS::Logs::DeliverySource', 'Name'],
      ['AWS::Logs::DeliveryDestination', 'Name'],
      ['AWS::Logs::LogGroup', 'LogGroupName'],
    ]) {
      const found = names(type, property);
      expect(found).toHaveLength(2);
      expect(new Set(found).size).toBe(2);
    }
  });

  test('a change that replaces the configuration renames the delivery source, not the destination', () => {
    // GIVEN
    const names = (mode: DatabaseSharingMode) => {
      const f = sharedFixture();
      share(f, { mode });
      return {
        source: onlyOf(f.stack, 'AWS::Logs::DeliverySource').properties.Name,
        destination: onlyOf(f.stack, 'AWS::Logs::DeliveryDestination').properties.Name,
        configuration: onlyOf(f.stack, 'AWS::VpcLattice::ResourceConfiguration').properties.Name,
      };
    };

    // WHEN
    const dns = names(DatabaseSharingMode.DNS);
    const arn = names(DatabaseSharingMode.ARN);

    // THEN
    expect(arn.configuration).not.toEqual(dns.configuration);
    expect(arn.source).not.toEqual(dns.source);
    expect(arn.destination).toEqual(dns.destination);
  });

  test('a change that does not replace the configuration keeps every name', () => {
    // GIVEN
    const names = (port?: number) => {
      const f = sharedFixture();
      share(f, { port });
      return [
        onlyOf(f.stack, 'AWS::Logs::DeliverySource').properties.Name,
        onlyOf(f.stack, 'AWS::Logs::DeliveryDestination').properties.Name,
      ];
    };

    // WHEN / THEN: PortRanges updates the configuration in place
    expect(names(6543)).toEqual(names(undefined));
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
