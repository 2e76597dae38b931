import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { CONTEXT_DEFAULTS, CONTEXT_KEYS, ExampleConfig, PLACEHOLDER_CONSUMER, parseExampleContext } from './example/context';
import { SecureDatabaseAccessStack } from './example/stack';

/** Parses a context given as a plain record, the way `-c key=value` or cdk.json delivers it. */
function parse(context: Record<string, unknown> = {}): ExampleConfig {
  return parseExampleContext(key => context[key]);
}

/** Synthesizes the example stack with the given context (environment-agnostic, as the example is). */
function synth(context: Record<string, unknown> = {}) {
  const app = new App({ context });
  const stack = new SecureDatabaseAccessStack(app, 'Example');
  return { stack, template: Template.fromStack(stack) };
}

const EXISTING_VPC = {
  create_new_vpc: 'false',
  vpc_id: 'vpc-0123456789abcdef0',
  vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1,subnet-0bbbbbbbbbbbbbbb2',
  vpc_availability_zones: 'us-east-1a,us-east-1b',
};

const BOOLEAN_KEYS = Object.entries(CONTEXT_DEFAULTS).filter(([, v]) => typeof v === 'boolean').map(([k]) => k);

describe('example context', () => {
  describe('defaults', () => {
    test('equal the original cdk.json values', () => {
      // GIVEN / WHEN
      const config = parse();

      // THEN
      expect(CONTEXT_DEFAULTS).toEqual({
        consumer_account_id: '123456789012',
        environment: 'development',
        cost_center: 'engineering',
        enable_deletion_protection: false,
        database_backup_retention_days: 7,
        database_instance_class: 'db.t3.micro',
        database_allocated_storage: 20,
        enable_performance_insights: false,
        enable_enhanced_monitoring: false,
        create_read_replica: false,
        multi_az_deployment: false,
        vpc_cidr: '10.0.0.0/16',
        create_new_vpc: true,
        enable_vpc_flow_logs: true,
        enable_cloudtrail_logging: true,
      });
      expect(config).toEqual({
        consumerAccountIds: ['123456789012'],
        environment: 'development',
        costCenter: 'engineering',
        deletionProtection: false,
        backupRetentionDays: 7,
        instanceClass: 't3.micro',
        allocatedStorageGiB: 20,
        performanceInsights: false,
        enhancedMonitoring: false,
        readReplica: false,
        multiAz: false,
        vpcCidr: '10.0.0.0/16',
        createNewVpc: true,
        flowLogs: true,
        cloudTrail: true,
        existingVpc: undefined,
      });
    });

    test('the example reads the original keys and the three keys of an existing VPC', () => {
      expect(CONTEXT_KEYS).toEqual([...Object.keys(CONTEXT_DEFAULTS), 'vpc_id', 'vpc_subnet_ids', 'vpc_availability_zones']);
      expect(BOOLEAN_KEYS).toHaveLength(8);
    });
  });

  describe('string values from -c key=value', () => {
    test.each<[string, string, Partial<ExampleConfig>]>([
      ['enable_deletion_protection', 'true', { deletionProtection: true }],
      ['enable_deletion_protection', 'TRUE', { deletionProtection: true }],
      ['enable_vpc_flow_logs', 'false', { flowLogs: false }],
      ['enable_cloudtrail_logging', ' False ', { cloudTrail: false }],
      ['enable_performance_insights', 'true', { performanceInsights: true }],
      ['enable_enhanced_monitoring', 'true', { enhancedMonitoring: true }],
      ['create_read_replica', 'true', { readReplica: true }],
      ['multi_az_deployment', 'true', { multiAz: true }],
      ['database_backup_retention_days', '14', { backupRetentionDays: 14 }],
      ['database_backup_retention_days', '35', { backupRetentionDays: 35 }],
      ['database_backup_retention_days', '1', { backupRetentionDays: 1 }],
      ['database_allocated_storage', '100', { allocatedStorageGiB: 100 }],
      ['database_instance_class', 'db.r6g.2xlarge', { instanceClass: 'r6g.2xlarge' }],
      ['database_instance_class', 'db.t3.small', { instanceClass: 't3.small' }],
      ['vpc_cidr', '172.16.0.0/20', { vpcCidr: '172.16.0.0/20' }],
      ['consumer_account_id', '210987654321', { consumerAccountIds: ['210987654321'] }],
      ['consumer_account_id', '111111111111,222222222222', { consumerAccountIds: ['111111111111', '222222222222'] }],
      ['consumer_account_id', '111111111111, 222222222222', { consumerAccountIds: ['111111111111', '222222222222'] }],
      ['environment', 'production', { environment: 'production' }],
      ['cost_center', 'cc-1234', { costCenter: 'cc-1234' }],
    ])('%s=%j', (key, value, expected) => {
      // WHEN
      const config = parse({ [key]: value });

      // THEN
      expect(config).toEqual(expect.objectContaining(expected));
    });

    test('native JSON values from cdk.json parse too', () => {
      // WHEN
      const config = parse({ enable_deletion_protection: true, database_backup_retention_days: 30, consumer_account_id: ['111111111111', '222222222222'] });

      // THEN
      expect(config.deletionProtection).toBe(true);
      expect(config.backupRetentionDays).toBe(30);
      expect(config.consumerAccountIds).toEqual(['111111111111', '222222222222']);
    });

    test('create_new_vpc=false reads the existing VPC', () => {
      // WHEN
      const config = parse(EXISTING_VPC);

      // THEN
      expect(config.createNewVpc).toBe(false);
      expect(config.existingVpc).toEqual({
        vpcId: 'vpc-0123456789abcdef0',
        subnetIds: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0bbbbbbbbbbbbbbb2'],
        availabilityZones: ['us-east-1a', 'us-east-1b'],
      });
    });
  });

  describe('bad values name the key and show the value', () => {
    test.each(BOOLEAN_KEYS)('%s=maybe', key => {
      expect(() => parse({ [key]: 'maybe' })).toThrow(new RegExp(`^Context key ${key} must be true or false, got 'maybe'$`));
    });

    test.each<[string, unknown, RegExp]>([
      ['database_backup_retention_days', '99', /database_backup_retention_days must be a whole number of days from 1 to 35, got '99'/],
      ['database_backup_retention_days', '0', /database_backup_retention_days must be a whole number of days from 1 to 35, got '0'/],
      ['database_backup_retention_days', 'abc', /database_backup_retention_days must be a whole number of days from 1 to 35, got 'abc'/],
      ['database_backup_retention_days', '7.5', /database_backup_retention_days .*got '7\.5'/],
      ['database_backup_retention_days', 99, /database_backup_retention_days .*got 99/],
      ['database_instance_class', 'db.nonsense', /database_instance_class must be an RDS instance class such as 'db\.t3\.micro', got 'db\.nonsense'/],
      ['database_instance_class', 't3.micro', /database_instance_class .*got 't3\.micro'/],
      ['database_allocated_storage', '10', /database_allocated_storage must be a whole number of GiB from 20 to 65536, got '10'/],
      ['database_allocated_storage', 'abc', /database_allocated_storage .*got 'abc'/],
      ['vpc_cidr', '10.0.0.0/33', /vpc_cidr must be an IPv4 CIDR block from \/16 to \/28, got '10\.0\.0\.0\/33'/],
      ['vpc_cidr', '10.0.0.0/8', /vpc_cidr must be an IPv4 CIDR block from \/16 to \/28, got '10\.0\.0\.0\/8'/],
      ['vpc_cidr', '10.0.0.1/16', /vpc_cidr must be a CIDR block that starts at its network address, got '10\.0\.0\.1\/16'/],
      ['vpc_cidr', '300.0.0.0/16', /vpc_cidr .*got '300\.0\.0\.0\/16'/],
      ['vpc_cidr', 'abc', /vpc_cidr must be an IPv4 CIDR block such as '10\.0\.0\.0\/16', got 'abc'/],
      ['consumer_account_id', '12345', /consumer_account_id must be a 12-digit AWS account id.*got '12345'/],
      ['consumer_account_id', 'abcdefghijkl', /consumer_account_id .*got 'abcdefghijkl'/],
      ['consumer_account_id', '111111111111,22222222222x', /consumer_account_id .*got '111111111111,22222222222x'/],
      ['consumer_account_id', '', /consumer_account_id .*got ''/],
      ['environment', '', /environment must be a tag value .*got ''/],
      ['cost_center', 'a;b', /cost_center must be a tag value .*got 'a;b'/],
    ])('%s=%j', (key, value, message) => {
      expect(() => parse({ [key]: value })).toThrow(message);
    });

    test.each<[string, Record<string, unknown>, RegExp]>([
      ['create_new_vpc=false without vpc_id', { create_new_vpc: 'false' }, /Context key vpc_id must be a VPC id .*required with create_new_vpc=false.*got undefined/],
      ['a bad vpc_id', { ...EXISTING_VPC, vpc_id: 'vpc-xyz' }, /vpc_id must be a VPC id .*got 'vpc-xyz'/],
      ['no subnet ids', { ...EXISTING_VPC, vpc_subnet_ids: undefined }, /vpc_subnet_ids must be a comma-separated list of .*subnet ids.*got undefined/],
      ['a bad subnet id', { ...EXISTING_VPC, vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1,subnet-nope' }, /vpc_subnet_ids .*got 'subnet-0aaaaaaaaaaaaaaa1,subnet-nope'/],
      ['a bad AZ', { ...EXISTING_VPC, vpc_availability_zones: 'us-east-1a,east' }, /vpc_availability_zones .*got 'us-east-1a,east'/],
      ['one AZ', { ...EXISTING_VPC, vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1', vpc_availability_zones: 'us-east-1a' }, /vpc_availability_zones must be two or more distinct Availability Zones, got 'us-east-1a'/],
      ['the same AZ twice', { ...EXISTING_VPC, vpc_availability_zones: 'us-east-1a,us-east-1a' }, /vpc_availability_zones must be two or more distinct .*got 'us-east-1a,us-east-1a'/],
      ['subnets not one per AZ', { ...EXISTING_VPC, vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1,subnet-0bbbbbbbbbbbbbbb2,subnet-0ccccccccccccccc3' },
        /vpc_subnet_ids must be one subnet per Availability Zone .*got 'subnet-0aaaaaaaaaaaaaaa1,subnet-0bbbbbbbbbbbbbbb2,subnet-0ccccccccccccccc3'/],
      ['vpc_id while create_new_vpc is true', { vpc_id: 'vpc-0123456789abcdef0' }, /vpc_id must be unset while create_new_vpc is true .*got 'vpc-0123456789abcdef0'/],
      ['vpc_subnet_ids while create_new_vpc is true', { create_new_vpc: 'true', vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1' }, /vpc_subnet_ids must be unset while create_new_vpc is true/],
      ['vpc_cidr with create_new_vpc=false', { ...EXISTING_VPC, vpc_cidr: '10.1.0.0/16' }, /vpc_cidr must be unset with create_new_vpc=false .*got '10\.1\.0\.0\/16'/],
    ])('%s', (_name, context, message) => {
      expect(() => parse(context)).toThrow(message);
    });
  });
});

describe('example stack', () => {
  // GIVEN: the template of the defaults, which every single-key change must differ from
  let defaults: ReturnType<typeof synth>;
  beforeAll(() => {
    defaults = synth();
  });

  type Check = (template: Template) => void;
  const instance = (props: Record<string, unknown>): Check => t => t.hasResourceProperties('AWS::RDS::DBInstance', props);
  const count = (type: string, n: number): Check => t => t.resourceCountIs(type, n);
  const principals = (expected: string[]): Check => t => {
    const all = Object.values(t.findResources('AWS::RAM::ResourceShare')).map(s => s.Properties.Principals);
    expect(all).toEqual([expected, expected]);
  };
  const tag = (key: string, value: string): Check => t => {
    for (const type of ['AWS::RDS::DBInstance', 'AWS::VpcLattice::ResourceGateway', 'AWS::VpcLattice::ResourceConfiguration', 'AWS::RAM::ResourceShare', 'AWS::EC2::VPC']) {
      t.hasResourceProperties(type, { Tags: Match.arrayWith([{ Key: key, Value: value }]) });
    }
  };

  test('the defaults: the original app', () => {
    // THEN
    const t = defaults.template;
    instance({
      DBInstanceClass: 'db.t3.micro',
      AllocatedStorage: '20',
      BackupRetentionPeriod: 7,
      DeletionProtection: false,
      EnablePerformanceInsights: false,
      MonitoringInterval: Match.absent(),
      MultiAZ: false,
      StorageEncrypted: true,
    })(t);
    count('AWS::RDS::DBInstance', 1)(t);
    count('AWS::VpcLattice::ResourceConfiguration', 1)(t);
    t.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' });
    count('AWS::EC2::FlowLog', 1)(t);
    count('AWS::CloudTrail::Trail', 1)(t);
    tag('Environment', 'development')(t);
    tag('CostCenter', 'engineering')(t);
    principals([PLACEHOLDER_CONSUMER])(t);
    count('AWS::Lambda::Function', 0)(t);
    count('AWS::EC2::NatGateway', 0)(t);
  });

  test('the placeholder consumer gives a warning', () => {
    // THEN
    Annotations.fromStack(defaults.stack).hasWarning('/Example', Match.stringLikeRegexp(`consumer_account_id is the placeholder ${PLACEHOLDER_CONSUMER}`));
  });

  test('a real consumer gives no such warning', () => {
    // WHEN
    const { stack } = synth({ consumer_account_id: '210987654321' });

    // THEN
    Annotations.fromStack(stack).hasNoWarning('/Example', Match.stringLikeRegexp('placeholder'));
  });

  test('the example is environment-agnostic', () => {
    expect(defaults.stack.environment).toBe('aws://unknown-account/unknown-region');
  });

  // every single-key change from the defaults, and what it must do to the template
  test.each<[string, Record<string, string>, Check]>([
    ['consumer_account_id', { consumer_account_id: '210987654321' }, principals(['210987654321'])],
    ['consumer_account_id (a list)', { consumer_account_id: '111111111111,222222222222' }, principals(['111111111111', '222222222222'])],
    ['environment', { environment: 'production' }, tag('Environment', 'production')],
    ['cost_center', { cost_center: 'finance' }, tag('CostCenter', 'finance')],
    ['enable_deletion_protection', { enable_deletion_protection: 'true' }, instance({ DeletionProtection: true })],
    ['database_backup_retention_days', { database_backup_retention_days: '14' }, instance({ BackupRetentionPeriod: 14 })],
    ['database_instance_class', { database_instance_class: 'db.t3.small' }, instance({ DBInstanceClass: 'db.t3.small' })],
    ['database_allocated_storage', { database_allocated_storage: '50' }, instance({ AllocatedStorage: '50' })],
    // on its own it stops the synthesis (below): the default db.t3.micro has no Performance Insights
    ['enable_performance_insights', { enable_performance_insights: 'true', database_instance_class: 'db.t3.medium' },
      instance({ EnablePerformanceInsights: true, PerformanceInsightsKMSKeyId: Match.anyValue(), DBInstanceClass: 'db.t3.medium' })],
    ['enable_enhanced_monitoring', { enable_enhanced_monitoring: 'true' }, instance({ MonitoringInterval: 60, MonitoringRoleArn: Match.anyValue() })],
    // RDS cannot create a read replica of a source whose master password it manages (RDS User
    // Guide, https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
    // the primary takes its password from a generated secret, so the replica deploys
    ['create_read_replica', { create_read_replica: 'true' }, t => {
      t.resourceCountIs('AWS::RDS::DBInstance', 2);
      t.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 2);
      t.hasResourceProperties('AWS::RAM::ResourceShare', { ResourceArns: [Match.anyValue(), Match.anyValue()] });
      t.resourceCountIs('AWS::SecretsManager::Secret', 1);
      t.hasResourceProperties('AWS::RDS::DBInstance', {
        SourceDBInstanceIdentifier: Match.absent(),
        ManageMasterUserPassword: false,
        MasterUserPassword: Match.anyValue(),
      });
    }],
    ['multi_az_deployment', { multi_az_deployment: 'true' }, instance({ MultiAZ: true })],
    ['vpc_cidr', { vpc_cidr: '10.1.0.0/16' }, t => {
      t.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.1.0.0/16' });
      t.hasResourceProperties('AWS::EC2::Subnet', { CidrBlock: '10.1.0.0/24' });
    }],
    ['create_new_vpc', EXISTING_VPC, t => {
      t.resourceCountIs('AWS::EC2::VPC', 0);
      t.resourceCountIs('AWS::EC2::Subnet', 0);
      t.hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        VpcIdentifier: 'vpc-0123456789abcdef0',
        SubnetIds: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0bbbbbbbbbbbbbbb2'],
      });
      t.hasResourceProperties('AWS::RDS::DBSubnetGroup', { SubnetIds: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0bbbbbbbbbbbbbbb2'] });
      t.hasResourceProperties('AWS::EC2::SecurityGroup', { VpcId: 'vpc-0123456789abcdef0' });
      t.hasResourceProperties('AWS::EC2::FlowLog', { ResourceId: 'vpc-0123456789abcdef0' });
    }],
    ['enable_vpc_flow_logs', { enable_vpc_flow_logs: 'false' }, count('AWS::EC2::FlowLog', 0)],
    ['enable_cloudtrail_logging', { enable_cloudtrail_logging: 'false' }, t => {
      t.resourceCountIs('AWS::CloudTrail::Trail', 0);
      t.resourceCountIs('AWS::S3::Bucket', 0);
    }],
  ])('%s changes the template', (_key, context, check) => {
    // GIVEN: the check fails on the defaults
    expect(() => check(defaults.template)).toThrow();

    // WHEN
    const { template } = synth(context);

    // THEN
    check(template);
  });

  test('every context key of the original app has a single-key change above', () => {
    // the table above names these keys; a new key without a row fails here
    const covered = ['consumer_account_id', 'environment', 'cost_center', 'enable_deletion_protection', 'database_backup_retention_days',
      'database_instance_class', 'database_allocated_storage', 'enable_performance_insights', 'enable_enhanced_monitoring',
      'create_read_replica', 'multi_az_deployment', 'vpc_cidr', 'create_new_vpc', 'enable_vpc_flow_logs', 'enable_cloudtrail_logging'];
    expect(Object.keys(CONTEXT_DEFAULTS).sort()).toEqual([...covered].sort());
  });

  // RDS User Guide, Database Insights instance class support
  // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html): not on db.t3.micro
  test('enable_performance_insights alone, on the default db.t3.micro, stops the synthesis naming the props and the class', () => {
    expect(() => synth({ enable_performance_insights: 'true' }))
      .toThrow(/databaseOptions\.performanceInsights: mysql offers no Performance Insights .* on db\.t3\.micro \(databaseOptions\.instanceType\).*instanceType 't3\.micro'/);
    // control: the same key with a class that has it synthesizes
    expect(() => synth({ enable_performance_insights: 'true', database_instance_class: 'db.t3.medium' })).not.toThrow();
  });

  test('the replica warning is acknowledged by the example, and only with create_read_replica', () => {
    // GIVEN / WHEN
    const { stack } = synth({ create_read_replica: 'true' });

    // THEN
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('replicaUsesGeneratedSecret'));
    expect(stack.access.secret).toBeDefined();
  });

  test('a bad context value stops the synthesis with the key and the value', () => {
    expect(() => synth({ create_read_replica: 'maybe' })).toThrow(/create_read_replica must be true or false, got 'maybe'/);
  });
});
