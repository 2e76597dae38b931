import { Aws, Fn, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Case, Fixture, PROVIDER, SERVICE_NETWORK_ARN, runCases } from './fixture';
import { ServiceNetwork, ServiceNetworkAuthType } from '../../src';

const network = (f: Fixture, props: object) => new ServiceNetwork(f.stack, 'N', props);
/** a value, or what a function of the fixture makes (for values that are constructs of the fixture's stack) */
const of = (f: Fixture, v: unknown): any => (typeof v === 'function' ? v(f) : v);
const group = (f: Fixture) => logs.LogGroup.fromLogGroupName(f.stack, 'Group', 'lattice-access-logs');
const importArn = (f: Fixture, v: string) => ServiceNetwork.fromServiceNetworkArn(f.stack, 'N', v);
const importId = (f: Fixture, v: string) => ServiceNetwork.fromServiceNetworkId(f.stack, 'N', v);

/** `count` statements that each let one account invoke, with a condition to make them long */
function invokePolicy(count: number): iam.PolicyDocument {
  return new iam.PolicyDocument({
    statements: Array.from({ length: count }, (_, i) => new iam.PolicyStatement({
      sid: `InvokeFromAccount${i}`,
      actions: ['vpc-lattice-svcs:Invoke'],
      principals: [new iam.AccountPrincipal(String(100000000000 + i))],
      resources: ['*'],
      conditions: { StringEquals: { 'vpc-lattice-svcs:SourceVpcOwnerAccount': String(100000000000 + i) } },
    })),
  });
}
const INVOKE_JSON = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'vpc-lattice-svcs:Invoke', Principal: { AWS: `arn:aws:iam::${PROVIDER}:root` }, Resource: '*' }],
};

const cases: Case[] = [
  ['props null (JavaScript)', (f, v) => new ServiceNetwork(f.stack, 'N', v), null, {}, 'props', 'got null'],

  // AWS::VpcLattice::ServiceNetwork Name: 3-63 characters, pattern
  // ^(?!servicenetwork-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$: servicenetwork- is reserved, not the sn- of the ids
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetwork.html)
  ['name with the reserved prefix', (f, v) => network(f, { serviceNetworkName: v }), 'servicenetwork-shared', 'sn-shared', 'serviceNetworkName', "'servicenetwork-shared'"],
  ['name of 64 characters', (f, v) => network(f, { serviceNetworkName: v }), 'a'.repeat(64), 'a'.repeat(63), 'serviceNetworkName', `'${'a'.repeat(64)}'`],
  ['name too short', (f, v) => network(f, { serviceNetworkName: v }), 'ab', 'abc', 'serviceNetworkName', "'ab'"],
  ['name with uppercase', (f, v) => network(f, { serviceNetworkName: v }), 'Shared', 'shared', 'serviceNetworkName', "'Shared'"],
  ['name with two hyphens in a row', (f, v) => network(f, { serviceNetworkName: v }), 'shared--dbs', 'shared-dbs', 'serviceNetworkName', "'shared--dbs'"],
  ['name given as a number', (f, v) => network(f, { serviceNetworkName: v }), 123, 'shared', 'serviceNetworkName', 'got 123'],

  // AuthType allowed values NONE | AWS_IAM (same page)
  ['authType in lowercase', (f, v) => network(f, { authType: v }), 'aws_iam', ServiceNetworkAuthType.AWS_IAM, 'authType', "got 'aws_iam'"],
  // the auth policy "is only active when the auth type is set to AWS_IAM"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html): the library refuses a dead policy
  ['authPolicy without AWS_IAM', (f, v) => network(f, { authType: v, authPolicy: invokePolicy(1) }), ServiceNetworkAuthType.NONE, ServiceNetworkAuthType.AWS_IAM,
    'authPolicy', "authType 'NONE'"],
  ['authPolicy as a plain JSON object', (f, v) => network(f, { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: v }), INVOKE_JSON,
    iam.PolicyDocument.fromJson(INVOKE_JSON), 'authPolicy', '"vpc-lattice-svcs:Invoke"'],
  ['authPolicy as a JSON string', (f, v) => network(f, { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: v }), JSON.stringify(INVOKE_JSON),
    iam.PolicyDocument.fromJson(INVOKE_JSON), 'authPolicy', `'${JSON.stringify(INVOKE_JSON)}'`],
  // AWS::VpcLattice::AuthPolicy Policy "Required: Yes": an empty document renders none
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html)
  ['an empty authPolicy', (f, v) => network(f, { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: invokePolicy(v) }), 0, 1, 'authPolicy', 'no statements'],
  // PutAuthPolicy policy "Maximum length of 36864" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html)
  ['an authPolicy over 36864 characters', (f, v) => network(f, { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: invokePolicy(v) }), 200, 150,
    'authPolicy', '(200 statements)'],

  // access logs
  ['accessLogs as the string false', (f, v) => network(f, { accessLogs: v }), 'false', false, 'accessLogs', "got 'false'"],
  ['accessLogs as a deploy-time condition', (f, v) => network(f, { accessLogs: v }), Fn.conditionIf('UseLogs', true, false), true,
    'accessLogs', '{"Fn::If":["UseLogs",true,false]}'],
  ['accessLogs as the string true', (f, v) => network(f, { accessLogs: v }), 'true', true, 'accessLogs', "got 'true'"],
  ['accessLogRetention without access logs', (f, v) => network(f, { accessLogs: v, accessLogRetention: logs.RetentionDays.ONE_MONTH }), undefined, true,
    'accessLogRetention', 'got accessLogs undefined'],
  ['accessLogRetention not among logs.RetentionDays', (f, v) => network(f, { accessLogs: true, accessLogRetention: v }), 8, logs.RetentionDays.ONE_WEEK,
    'accessLogRetention', 'got 8'],
  ['accessLogRetention NaN', (f, v) => network(f, { accessLogs: true, accessLogRetention: v }), NaN, logs.RetentionDays.INFINITE, 'accessLogRetention', 'got NaN'],
  ['accessLogRetention as a string', (f, v) => network(f, { accessLogs: true, accessLogRetention: v }), '30', logs.RetentionDays.ONE_MONTH, 'accessLogRetention', "got '30'"],
  ['removalPolicy in uppercase', (f, v) => network(f, { accessLogs: true, removalPolicy: v }), 'DESTROY', RemovalPolicy.DESTROY, 'removalPolicy', "got 'DESTROY'"],
  ['removalPolicy without access logs', (f, v) => network(f, { accessLogs: v, removalPolicy: RemovalPolicy.DESTROY }), false, true,
    'removalPolicy', "removalPolicy 'destroy'"],
  ['accessLogGroup given as its name', (f, v) => network(f, { accessLogGroup: of(f, v) }), 'lattice-access-logs', group, 'accessLogGroup', "got 'lattice-access-logs'"],
  ['accessLogGroup with accessLogs false', (f, v) => network(f, { accessLogs: v, accessLogGroup: group(f) }), false, true,
    'accessLogGroup', 'accessLogs is false'],
  // log group ARNs arn:aws:logs:region:account-id:log-group:log_group_name[:*]
  // (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html)
  ['accessLogGroup imported by the ARN of a Firehose stream', (f, v) => network(f, { accessLogGroup: logs.LogGroup.fromLogGroupArn(f.stack, 'G', v) }),
    `arn:aws:firehose:us-east-1:${PROVIDER}:deliverystream/lattice`, `arn:aws:logs:us-east-1:${PROVIDER}:log-group:lattice`, 'accessLogGroup', "service is 'firehose'"],
  ['accessLogGroup imported by an ARN with an Availability Zone', (f, v) => network(f, { accessLogGroup: logs.LogGroup.fromLogGroupArn(f.stack, 'G', v) }),
    `arn:aws:logs:us-east-1a:${PROVIDER}:log-group:lattice`, `arn:aws:logs:us-east-1:${PROVIDER}:log-group:lattice`, 'accessLogGroup', "region 'us-east-1a'"],
  ['accessLogRetention with an existing accessLogGroup', (f, v) => network(f, {
    accessLogs: true, accessLogGroup: of(f, v), accessLogRetention: logs.RetentionDays.ONE_MONTH,
  }), group, undefined, 'accessLogRetention', "accessLogRetention 30 applies only to a log group this construct creates, not to accessLogGroup 'Provider/Group'"],
  ['removalPolicy with an existing accessLogGroup', (f, v) => network(f, { accessLogGroup: of(f, v), accessLogs: true, removalPolicy: RemovalPolicy.DESTROY }),
    group, undefined, 'removalPolicy', "'Provider/Group'"],
  ['accessLogEncryptionKey with an existing accessLogGroup', (f, v) => network(f, {
    accessLogs: true, accessLogGroup: of(f, v), accessLogEncryptionKey: new kms.Key(f.stack, 'Key'),
  }), group, undefined, 'accessLogEncryptionKey', "accessLogEncryptionKey 'Provider/Key'"],
  ['accessLogEncryptionKey without access logs', (f, v) => network(f, { accessLogs: v, accessLogEncryptionKey: new kms.Key(f.stack, 'Key') }), undefined, true,
    'accessLogEncryptionKey', 'got accessLogs undefined'],
  ['accessLogEncryptionKey given as its ARN', (f, v) => network(f, { accessLogs: true, accessLogEncryptionKey: of(f, v) }),
    `arn:aws:kms:us-east-1:${PROVIDER}:key/0123abcd-4567-89ef-0123-456789abcdef`,
    (f: Fixture) => kms.Key.fromKeyArn(f.stack, 'Key', `arn:aws:kms:us-east-1:${PROVIDER}:key/0123abcd-4567-89ef-0123-456789abcdef`),
    'accessLogEncryptionKey', `'arn:aws:kms:us-east-1:${PROVIDER}:key/0123abcd-4567-89ef-0123-456789abcdef'`],
  // "CloudWatch Logs supports only symmetric KMS keys" (https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_AssociateKmsKey.html)
  ['an asymmetric accessLogEncryptionKey', (f, v) => network(f, {
    accessLogs: true, accessLogEncryptionKey: new kms.Key(f.stack, 'Key', { keySpec: v, keyUsage: kms.KeyUsage.ENCRYPT_DECRYPT }),
  }), kms.KeySpec.RSA_2048, kms.KeySpec.SYMMETRIC_DEFAULT, 'accessLogEncryptionKey', "keySpec 'RSA_2048'"],
  ['an HMAC accessLogEncryptionKey', (f, v) => network(f, {
    accessLogs: true, accessLogEncryptionKey: new kms.Key(f.stack, 'Key', { keySpec: v.spec, keyUsage: v.usage }),
  }), { spec: kms.KeySpec.HMAC_256, usage: kms.KeyUsage.GENERATE_VERIFY_MAC },
  { spec: kms.KeySpec.SYMMETRIC_DEFAULT, usage: kms.KeyUsage.ENCRYPT_DECRYPT },
  'accessLogEncryptionKey', "keyUsage 'GENERATE_VERIFY_MAC'"],

  // imports: ids ((sn)|(svc))-[0-9a-z]{17}, ARNs ...:servicenetwork/sn-[0-9a-z]{17}
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-authpolicy.html;
  // ARN format: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
  ['import with no attributes (JavaScript)', (f, v) => ServiceNetwork.fromServiceNetworkAttributes(f.stack, 'N', v), undefined,
    { serviceNetworkId: 'sn-0123456789abcdef0' }, 'serviceNetworkArn, serviceNetworkId', 'got none'],
  ['import by an empty id', (f, v) => importId(f, v), '', 'sn-0123456789abcdef0', 'serviceNetworkId', "got ''"],
  ['import by an id too short', (f, v) => importId(f, v), 'sn-0123', 'sn-0123456789abcdef0', 'serviceNetworkId', "'sn-0123'"],
  ['import by a service id', (f, v) => importId(f, v), 'svc-0123456789abcdef0', 'sn-0123456789abcdef0', 'serviceNetworkId', "'svc-0123456789abcdef0'"],
  ['import by an id given as a number', (f, v) => importId(f, v), 123, 'sn-0123456789abcdef0', 'serviceNetworkId', 'got 123'],
  ['import by an ARN given to the id', (f, v) => importId(f, v), SERVICE_NETWORK_ARN, 'sn-0123456789abcdef0', 'serviceNetworkId', `'${SERVICE_NETWORK_ARN}'`],
  ['import by an id given to the ARN', (f, v) => importArn(f, v), 'sn-0123456789abcdef0', SERVICE_NETWORK_ARN, 'serviceNetworkArn', "'sn-0123456789abcdef0'"],
  ['import by the ARN of a service, not a network', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:service/svc-0123456789abcdef0`, SERVICE_NETWORK_ARN, 'serviceNetworkArn',
    "'arn:aws:vpc-lattice:us-east-1:111111111111:service/svc-0123456789abcdef0'"],
  ['import by an ARN with a misspelt partition', (f, v) => importArn(f, v),
    `arn:aws-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`,
    `arn:aws-us-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, 'serviceNetworkArn', "partition 'aws-gov'"],
  ['import by an ARN with an Availability Zone for its region', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1a:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, SERVICE_NETWORK_ARN, 'serviceNetworkArn', "region 'us-east-1a'"],
  ['import by an ARN with an 11-digit account', (f, v) => importArn(f, v),
    'arn:aws:vpc-lattice:us-east-1:11111111111:servicenetwork/sn-0123456789abcdef0', SERVICE_NETWORK_ARN, 'serviceNetworkArn', "'11111111111'"],
  ['import by an ARN whose id is too short', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123`, SERVICE_NETWORK_ARN, 'serviceNetworkArn', 'servicenetwork/sn-0123'],
  ['import by an ARN with a token account and a short id', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${Aws.ACCOUNT_ID}:servicenetwork/sn-0123`, `arn:aws:vpc-lattice:us-east-1:${Aws.ACCOUNT_ID}:servicenetwork/sn-0123456789abcdef0`,
    'serviceNetworkArn', '{"Ref":"AWS::AccountId"}'],
  ['import with shareable as a string', (f, v) => ServiceNetwork.fromServiceNetworkAttributes(f.stack, 'N', { serviceNetworkArn: SERVICE_NETWORK_ARN, shareable: v }),
    'false', false, 'shareable', "got 'false'"],
  ['a bad name and a bad accessLogs: both reported', (f, v) => network(f, v), { serviceNetworkName: 'Shared', accessLogs: 'true' },
    { serviceNetworkName: 'shared', accessLogs: true }, 'serviceNetworkName', "'Shared'\naccessLogs must be true or false, got 'true'"],
  ['import by both ARN and id', (f, v) => ServiceNetwork.fromServiceNetworkAttributes(f.stack, 'N', { serviceNetworkArn: SERVICE_NETWORK_ARN, serviceNetworkId: v }),
    'sn-0123456789abcdef0', undefined, 'serviceNetworkArn and serviceNetworkId', "serviceNetworkId 'sn-0123456789abcdef0'"],
];

describe('ServiceNetwork refuses bad input', () => {
  runCases(cases);
});
