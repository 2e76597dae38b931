import { App } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Case, example, runCases } from './fixture';
import { SecureDatabaseAccessStack } from '../example/stack';

/*
 * The example app's context keys, as `-c key=value` (strings) or cdk.json (JSON values)
 * delivers them: every bad value stops the synthesis naming the key and showing the value.
 */

/** The example stack with a context of any JSON values, as cdk.json gives them. */
function exampleJson(context: Record<string, unknown>): SecureDatabaseAccessStack {
  return new SecureDatabaseAccessStack(new App({ context }), 'SecureDatabaseAccessStack');
}

/** The context of an existing VPC with one subnet per Availability Zone. */
function existingVpc(zones: string): Record<string, string> {
  const subnets = zones.split(',').map((_, i) => `subnet-0${String(i + 1).repeat(16)}`);
  return { create_new_vpc: 'false', vpc_id: 'vpc-0123456789abcdef0', vpc_subnet_ids: subnets.join(','), vpc_availability_zones: zones };
}

/** One key set to the value under test, everything else at its default. */
const key = (name: string) => (_f: unknown, v: string | undefined) => example(v === undefined ? {} : { [name]: v });

const booleans: Case[] = [
  ['enable_deletion_protection=maybe', key('enable_deletion_protection'), 'maybe', 'true', 'enable_deletion_protection', "'maybe'"],
  ['create_read_replica=yes', key('create_read_replica'), 'yes', 'false', 'create_read_replica', "'yes'"],
  ['multi_az_deployment=1', key('multi_az_deployment'), '1', 'true', 'multi_az_deployment', "'1'"],
  ['enable_performance_insights=', key('enable_performance_insights'), '', 'false', 'enable_performance_insights', "got ''"],
  ['enable_enhanced_monitoring=on', key('enable_enhanced_monitoring'), 'on', 'true', 'enable_enhanced_monitoring', "'on'"],
  ['enable_vpc_flow_logs=no', key('enable_vpc_flow_logs'), 'no', 'false', 'enable_vpc_flow_logs', "'no'"],
  ['enable_cloudtrail_logging=off', key('enable_cloudtrail_logging'), 'off', 'false', 'enable_cloudtrail_logging', "'off'"],
  ['create_new_vpc=nope', key('create_new_vpc'), 'nope', 'true', 'create_new_vpc', "'nope'"],
  ['enable_deletion_protection as the JSON number 1', (_f, v) => exampleJson({ enable_deletion_protection: v }), 1, true, 'enable_deletion_protection', 'got 1'],
];

const numbers: Case[] = [
  // BackupRetentionPeriod "Must be a value from 0 to 35" (CreateDBInstance,
  // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html); the example keeps 1-35
  ['database_backup_retention_days=99 (CreateDBInstance)', key('database_backup_retention_days'), '99', '35', 'database_backup_retention_days', "'99'"],
  ['database_backup_retention_days=7.5', key('database_backup_retention_days'), '7.5', '7', 'database_backup_retention_days', "'7.5'"],
  ['database_backup_retention_days=-1', key('database_backup_retention_days'), '-1', '1', 'database_backup_retention_days', "'-1'"],
  // gp3 AllocatedStorage "Must be an integer from 20 to 65536" (CreateDBInstance, same page)
  ['database_allocated_storage=10 (CreateDBInstance)', key('database_allocated_storage'), '10', '20', 'database_allocated_storage', "'10'"],
  ['database_allocated_storage=NaN', key('database_allocated_storage'), 'NaN', '20', 'database_allocated_storage', "'NaN'"],
  ['database_allocated_storage=Infinity', key('database_allocated_storage'), 'Infinity', '65536', 'database_allocated_storage', "'Infinity'"],
  ['database_allocated_storage as the JSON number 20.5', (_f, v) => exampleJson({ database_allocated_storage: v }), 20.5, 21, 'database_allocated_storage', 'got 20.5'],
];

const strings: Case[] = [
  // a class is "the DB instance class type and the size" (RDS User Guide, DB instance classes,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html)
  ['database_instance_class=db.nonsense (RDS User Guide, DB instance classes)', key('database_instance_class'), 'db.nonsense', 'db.t3.small',
    'database_instance_class', "'db.nonsense'"],
  ['database_instance_class=db.db.t3.micro (same page)', key('database_instance_class'), 'db.db.t3.micro', 'db.t3.micro', 'database_instance_class', "'db.db.t3.micro'"],
  ['database_instance_class=t3.micro, without db. (same page)', key('database_instance_class'), 't3.micro', 'db.t3.micro', 'database_instance_class', "'t3.micro'"],
  ['database_instance_class=db.t3 (same page)', key('database_instance_class'), 'db.t3', 'db.t3.small', 'database_instance_class', "'db.t3'"],
  ['vpc_cidr=10.0.0.0/33', key('vpc_cidr'), '10.0.0.0/33', '10.1.0.0/16', 'vpc_cidr', "'10.0.0.0/33'"],
  ['vpc_cidr=10.0.0.1/16', key('vpc_cidr'), '10.0.0.1/16', '10.0.0.0/16', 'vpc_cidr', "'10.0.0.1/16'"],
  ['consumer_account_id=12345', key('consumer_account_id'), '12345', '210987654321', 'consumer_account_id', "'12345'"],
  ['consumer_account_id with an empty entry', key('consumer_account_id'), '123456789012,', '123456789012', 'consumer_account_id', "'123456789012,'"],
  ['consumer_account_id with an account twice', key('consumer_account_id'), '210987654321,210987654321', '210987654321,222222222222',
    'consumer_account_id', "'210987654321,210987654321'"],
  ['consumer_account_id as the JSON number 210987654321', (_f, v) => exampleJson({ consumer_account_id: v }), 210987654321, '210987654321',
    'consumer_account_id', 'got 210987654321'],
  ['consumer_account_id as a JSON list with an empty entry', (_f, v) => exampleJson({ consumer_account_id: v }), ['210987654321', null], ['210987654321'],
    'consumer_account_id', '["210987654321",null]'],
  // tag values: "letters, numbers, spaces ... and _ . : / = + - @" (https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html)
  ['environment=prod;uction (tag value)', key('environment'), 'prod;uction', 'production', 'environment', "'prod;uction'"],
  ['cost_center= (tag value)', key('cost_center'), '', 'finance', 'cost_center', "got ''"],
];

const existingVpcs: Case[] = [
  ['create_new_vpc=false without vpc_id', (_f, v) => example({ ...existingVpc('us-east-1a,us-east-1b'), vpc_id: v }), undefined, 'vpc-0123456789abcdef0',
    'vpc_id', 'got undefined'],
  ['vpc_id while create_new_vpc is true', key('vpc_id'), 'vpc-0123456789abcdef0', undefined, 'vpc_id', "'vpc-0123456789abcdef0'"],
  ['one Availability Zone for an existing VPC', (_f, v) => example(existingVpc(v)), 'us-east-1a', 'us-east-1a,us-east-1b', 'vpc_availability_zones', "'us-east-1a'"],
  ['an Availability Zone that is a region', (_f, v) => example(existingVpc(v)), 'us-east-1,us-east-1b', 'us-east-1a,us-east-1b',
    'vpc_availability_zones', "'us-east-1,us-east-1b'"],
  ['the same subnet twice', (_f, v) => example({ ...existingVpc('us-east-1a,us-east-1b'), vpc_subnet_ids: v }),
    'subnet-0aaaaaaaaaaaaaaa1,subnet-0aaaaaaaaaaaaaaa1', 'subnet-0aaaaaaaaaaaaaaa1,subnet-0bbbbbbbbbbbbbbb2', 'vpc_subnet_ids', "'subnet-0aaaaaaaaaaaaaaa1' is given twice"],
  ['vpc_cidr with create_new_vpc=false', (_f, v) => example({ ...existingVpc('us-east-1a,us-east-1b'), ...(v === undefined ? {} : { vpc_cidr: v }) }),
    '10.1.0.0/16', undefined, 'vpc_cidr', "'10.1.0.0/16'"],
];

const keysAndCombinations: Case[] = [
  // a misspelt key would leave its setting at the default: deletion protection off
  ['a misspelt key', (_f, v) => example(v), { enable_deletion_protecton: 'true' }, { enable_deletion_protection: 'true' },
    'enable_deletion_protecton', "did you mean enable_deletion_protection? got enable_deletion_protecton='true'"],
  ['a key in another case', (_f, v) => example(v), { Multi_AZ_Deployment: 'true' }, { multi_az_deployment: 'true' },
    'Multi_AZ_Deployment', "did you mean multi_az_deployment? got Multi_AZ_Deployment='true'"],
  ['a key with hyphens', (_f, v) => example(v), { 'create-read-replica': 'false' }, { create_read_replica: 'false' },
    'create-read-replica', "did you mean create_read_replica? got create-read-replica='false'"],
  ['a key cut short', (_f, v) => example(v), { multi_az: 'true' }, { multi_az_deployment: 'true' },
    'multi_az', "did you mean multi_az_deployment? got multi_az='true'"],
  // Database Insights "isn't supported for ... db.t3.micro" (RDS User Guide,
  // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html): the message
  // names the context keys behind the library's props, with their values as given or their defaults
  ['enable_performance_insights=true on the default class', (_f, v) => example({ enable_performance_insights: 'true', ...v }),
    {}, { database_instance_class: 'db.t3.medium' }, "enable_performance_insights='true'", "database_instance_class (default 'db.t3.micro')"],
];

describe('example context refuses bad booleans', () => {
  runCases(booleans);
});

describe('example context refuses bad numbers', () => {
  runCases(numbers);
});

describe('example context refuses bad strings and lists', () => {
  runCases(strings);
});

describe('example context refuses a bad existing VPC', () => {
  runCases(existingVpcs);
});

describe('example context refuses misspelt keys and names the keys behind the library\'s rules', () => {
  runCases(keysAndCombinations);
});

describe('example context warns about keys it does not read', () => {
  test('an unknown snake_case key gives a warning that shows it', () => {
    // GIVEN / WHEN
    const stack = example({ database_engine: 'postgres' });

    // THEN
    Annotations.fromStack(stack).hasWarning('/SecureDatabaseAccessStack',
      Match.stringLikeRegexp("Context key database_engine is not read by this example .*got database_engine='postgres'"));
  });

  test('feature flags and the CDK\'s own keys give none', () => {
    // GIVEN / WHEN
    const stack = exampleJson({ '@aws-cdk/core:newStyleStackSynthesis': true, 'aws:cdk:disable-creation-stack-traces': true, 'acknowledged-issue-numbers': [1] });

    // THEN
    Annotations.fromStack(stack).hasNoWarning('/SecureDatabaseAccessStack', Match.stringLikeRegexp('Context key'));
  });
});
