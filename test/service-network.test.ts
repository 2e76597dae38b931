import { Annotations as CoreAnnotations, App, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { ServiceNetwork, ServiceNetworkAuthType, ServiceNetworkProps } from '../src/service-network';

const AUTH_WARNING = 'cdk-lattice-shared-database:authPolicyDoesNotProtectResources';

function newStack(): Stack {
  const app = new App();
  return new Stack(app, 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
}

function invokePolicy(): iam.PolicyDocument {
  return new iam.PolicyDocument({
    statements: [new iam.PolicyStatement({
      actions: ['vpc-lattice-svcs:Invoke'],
      principals: [new iam.AccountPrincipal('222222222222')],
      resources: ['*'],
    })],
  });
}

describe('ServiceNetwork defaults', () => {
  test('creates a shareable network with auth type NONE and a valid generated name', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = new ServiceNetwork(stack, 'Network');

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::VpcLattice::ServiceNetwork', 1);
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetwork', {
      AuthType: 'NONE',
      SharingConfig: { enabled: true },
      Name: Match.stringLikeRegexp('^[a-z][a-z0-9-]{2,62}$'),
    });
    const name = stack.resolve(network.serviceNetworkName);
    expect(name).toMatch(/^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/);
    expect(name.startsWith('servicenetwork-')).toBe(false);
    expect(name.length).toBeLessThanOrEqual(63);
    template.resourceCountIs('AWS::VpcLattice::AuthPolicy', 0);
    template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 0);
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    expect(network.accessLogGroup).toBeUndefined();
    expect(network.shareable).toBe(true);
    expect(stack.resolve(network.serviceNetworkId)).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(network.node.defaultChild as any), 'Id'] });
    expect(stack.resolve(network.serviceNetworkArn)).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(network.node.defaultChild as any), 'Arn'] });
  });

  test('generated names of a deep path stay within 63 characters', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = new ServiceNetwork(stack, 'AVeryLongConstructIdThatGoesOnAndOnAndOnForeverAndEverMoreThanSixtyThree');

    // THEN
    const name = stack.resolve(network.serviceNetworkName) as string;
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  test('uses a given name, and warns that a fixed name blocks a replacement', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { serviceNetworkName: 'shared-databases' });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { Name: 'shared-databases' });
    Annotations.fromStack(stack).hasWarning('/Stack/Network', Match.stringLikeRegexp("serviceNetworkName 'shared-databases' is fixed"));
  });

  test('a generated name gives no fixed-name warning', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network');

    // THEN
    Annotations.fromStack(stack).hasNoWarning('/Stack/Network', Match.stringLikeRegexp('is fixed'));
  });

  test('accepts a name starting with sn- (only servicenetwork- is reserved by the CloudFormation Name pattern)', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { serviceNetworkName: 'sn-shared-databases' });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { Name: 'sn-shared-databases' });
  });

  test('never generates a name with the reserved servicenetwork- prefix, even for a stack named ServiceNetwork', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'ServiceNetwork');

    // WHEN
    const network = new ServiceNetwork(stack, 'Shared');

    // THEN: the path gives servicenetwork-shared; the construct prefixes it and adds the hash
    const name = stack.resolve(network.serviceNetworkName) as string;
    expect(name).toMatch(/^xservicenetwork-shared-[0-9a-f]{8}$/);
    expect(name).not.toMatch(/^servicenetwork-/);
  });

  test('emits no auth warning with auth type NONE', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network');

    // THEN
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('does NOT apply to resource configurations'));
  });
});

describe('ServiceNetwork auth', () => {
  test('AWS_IAM with an auth policy creates CfnAuthPolicy on the network', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = new ServiceNetwork(stack, 'Network', {
      authType: ServiceNetworkAuthType.AWS_IAM,
      authPolicy: invokePolicy(),
    });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { AuthType: 'AWS_IAM' });
    template.hasResourceProperties('AWS::VpcLattice::AuthPolicy', {
      ResourceIdentifier: { 'Fn::GetAtt': [stack.getLogicalId(network.node.defaultChild as any), 'Id'] },
      Policy: {
        Version: '2012-10-17',
        Statement: [Match.objectLike({
          Action: 'vpc-lattice-svcs:Invoke',
          Effect: 'Allow',
          Resource: '*',
          Principal: { AWS: Match.anyValue() },
        })],
      },
    });
  });

  test('warns that the auth policy does not protect databases', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: invokePolicy() });

    // THEN
    Annotations.fromStack(stack).hasWarning('/Stack/Network',
      Match.stringLikeRegexp('auth policy of a VPC Lattice service network does NOT apply to resource configurations'));
  });

  test('warns with AWS_IAM even without a policy', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { authType: ServiceNetworkAuthType.AWS_IAM });

    // THEN
    Annotations.fromStack(stack).hasWarning('/Stack/Network', Match.stringLikeRegexp('does not protect the databases'));
    Template.fromStack(stack).resourceCountIs('AWS::VpcLattice::AuthPolicy', 0);
  });

  test('the warning can be acknowledged when the network carries services', () => {
    // GIVEN
    const stack = newStack();
    const network = new ServiceNetwork(stack, 'Network', { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: invokePolicy() });

    // WHEN
    CoreAnnotations.of(network).acknowledgeWarning(AUTH_WARNING, 'the policy is for the HTTP services in this network');

    // THEN
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('does NOT apply to resource configurations'));
  });
});

describe('ServiceNetwork access logs', () => {
  test('accessLogs creates an encrypted log group with one-year retention, retained, and a RESOURCE subscription', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = new ServiceNetwork(stack, 'Network', { accessLogs: true });

    // THEN
    const template = Template.fromStack(stack);
    const keyId = stack.getLogicalId(network.accessLogEncryptionKey!.node.defaultChild as any);
    const groupId = stack.getLogicalId(network.accessLogGroup!.node.defaultChild as any);
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: {
        LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/vpclattice/'),
        RetentionInDays: 365,
        KmsKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
      ResourceIdentifier: { 'Fn::GetAtt': [stack.getLogicalId(network.node.defaultChild as any), 'Id'] },
      DestinationArn: { 'Fn::GetAtt': [groupId, 'Arn'] },
      ServiceNetworkLogType: 'RESOURCE',
    });
  });

  test('the created key rotates and lets only CloudWatch Logs of this region use it for this log group', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = new ServiceNetwork(stack, 'Network', { accessLogs: true });

    // THEN
    const template = Template.fromStack(stack);
    const groupName = (template.findResources('AWS::Logs::LogGroup')[stack.getLogicalId(network.accessLogGroup!.node.defaultChild as any)]
      .Properties.LogGroupName) as string;
    template.hasResource('AWS::KMS::Key', {
      Properties: {
        EnableKeyRotation: true,
        KeyPolicy: {
          Statement: Match.arrayWith([{
            Sid: 'AllowCloudWatchLogsForThisLogGroup',
            Effect: 'Allow',
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: {
              ArnLike: {
                'kms:EncryptionContext:aws:logs:arn': {
                  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:logs:us-east-1:111111111111:log-group:${groupName}`]],
                },
              },
            },
          }]),
        },
      },
      DeletionPolicy: 'Retain',
    });
  });

  test('accessLogRetention, accessLogEncryptionKey and removalPolicy shape the created group', () => {
    // GIVEN
    const stack = newStack();
    const key = new kms.Key(stack, 'MyKey');

    // WHEN
    new ServiceNetwork(stack, 'Network', {
      accessLogs: true,
      accessLogRetention: logs.RetentionDays.ONE_MONTH,
      accessLogEncryptionKey: key,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: {
        RetentionInDays: 30,
        KmsKeyId: { 'Fn::GetAtt': [stack.getLogicalId(key.node.defaultChild as any), 'Arn'] },
      },
      DeletionPolicy: 'Delete',
    });
  });

  test('removalPolicy also applies to the created key', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { accessLogs: true, removalPolicy: RemovalPolicy.DESTROY });

    // THEN
    Template.fromStack(stack).hasResource('AWS::KMS::Key', { DeletionPolicy: 'Delete' });
  });

  test('an existing log group implies access logs and creates no group or key', () => {
    // GIVEN
    const stack = newStack();
    const group = logs.LogGroup.fromLogGroupArn(stack, 'Group', 'arn:aws:logs:us-east-1:111111111111:log-group:lattice');

    // WHEN
    const network = new ServiceNetwork(stack, 'Network', { accessLogGroup: group });

    // THEN
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Logs::LogGroup', 0);
    template.resourceCountIs('AWS::KMS::Key', 0);
    template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
      DestinationArn: group.logGroupArn,
      ServiceNetworkLogType: 'RESOURCE',
    });
    // VPC Lattice wants the CloudWatch Logs destination in its ':*' form
    expect(group.logGroupArn).toBe('arn:aws:logs:us-east-1:111111111111:log-group:lattice:*');
    expect(network.accessLogGroup).toBe(group);
    expect(network.accessLogEncryptionKey).toBeUndefined();
  });

  test('accessLogs false creates no subscription', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', { accessLogs: false });

    // THEN
    Template.fromStack(stack).resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 0);
  });
});

describe('ServiceNetwork imports', () => {
  test('fromServiceNetworkArn derives the id and takes the environment from the ARN', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = ServiceNetwork.fromServiceNetworkArn(stack, 'Imported',
      'arn:aws:vpc-lattice:eu-west-1:222222222222:servicenetwork/sn-0123456789abcdef0');

    // THEN
    expect(network.serviceNetworkId).toBe('sn-0123456789abcdef0');
    expect(network.serviceNetworkArn).toBe('arn:aws:vpc-lattice:eu-west-1:222222222222:servicenetwork/sn-0123456789abcdef0');
    expect(network.env.account).toBe('222222222222');
    expect(network.env.region).toBe('eu-west-1');
  });

  test('carries the shareable attribute it is given, unknown by default', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const shared = ServiceNetwork.fromServiceNetworkAttributes(stack, 'A', { serviceNetworkId: 'sn-0123456789abcdef0', shareable: true });
    const unshared = ServiceNetwork.fromServiceNetworkAttributes(stack, 'B', { serviceNetworkId: 'sn-0123456789abcdef0', shareable: false });
    const unknown = ServiceNetwork.fromServiceNetworkId(stack, 'C', 'sn-0123456789abcdef0');

    // THEN
    expect(shared.shareable).toBe(true);
    expect(unshared.shareable).toBe(false);
    expect(unknown.shareable).toBeUndefined();
  });

  test('fromServiceNetworkId builds the ARN in this stack', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const network = ServiceNetwork.fromServiceNetworkId(stack, 'Imported', 'sn-0123456789abcdef0');

    // THEN
    expect(network.serviceNetworkId).toBe('sn-0123456789abcdef0');
    expect(stack.resolve(network.serviceNetworkArn)).toEqual({
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0']],
    });
  });

  test('fromServiceNetworkAttributes accepts tokens', () => {
    // GIVEN
    const stack = newStack();
    const arn = new ServiceNetwork(stack, 'Real').serviceNetworkArn;

    // WHEN
    const network = ServiceNetwork.fromServiceNetworkAttributes(stack, 'Imported', { serviceNetworkArn: arn });

    // THEN
    const resolved = JSON.stringify(stack.resolve(network.serviceNetworkId));
    expect(resolved).toContain('"Fn::Split":["/"');
    expect(resolved).toContain(stack.getLogicalId((stack.node.findChild('Real') as ServiceNetwork).node.defaultChild as any));
  });
});

describe('ServiceNetwork errors', () => {
  const group = (stack: Stack) => logs.LogGroup.fromLogGroupName(stack, 'Group', 'lattice');
  const thrown = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected an error');
  };
  test.each<[string, (stack: Stack) => ServiceNetworkProps, RegExp, string]>([
    ['name too short', () => ({ serviceNetworkName: 'ab' }), /serviceNetworkName/, "'ab'"],
    ['name too long', () => ({ serviceNetworkName: 'a'.repeat(64) }), /serviceNetworkName.*3-63/, 'a'.repeat(64)],
    ['name with uppercase', () => ({ serviceNetworkName: 'Shared' }), /serviceNetworkName.*lowercase/, "'Shared'"],
    ['name with double hyphen', () => ({ serviceNetworkName: 'shared--db' }), /serviceNetworkName.*hyphen/, "'shared--db'"],
    // the CloudFormation Name pattern is ^(?!servicenetwork-)...: that prefix is reserved, sn- is not
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetwork.html)
    ['reserved prefix', () => ({ serviceNetworkName: 'servicenetwork-shared' }), /serviceNetworkName.*'servicenetwork-'/, "'servicenetwork-shared'"],
    ['authPolicy without AWS_IAM', () => ({ authPolicy: invokePolicy() }), /authPolicy requires authType AWS_IAM/, "'NONE'"],
    ['authPolicy with NONE', () => ({ authType: ServiceNetworkAuthType.NONE, authPolicy: invokePolicy() }), /authPolicy/, "'NONE'"],
    ['accessLogGroup with retention', s => ({ accessLogGroup: group(s), accessLogRetention: logs.RetentionDays.ONE_DAY }), /accessLogRetention 1 applies only to a log group this construct creates/, 'Stack/Group'],
    ['accessLogGroup with key', s => ({ accessLogGroup: group(s), accessLogEncryptionKey: new kms.Key(s, 'K') }), /accessLogEncryptionKey 'Stack\/K' applies only to a log group/, 'Stack/Group'],
    ['accessLogGroup with removalPolicy', s => ({ accessLogGroup: group(s), removalPolicy: RemovalPolicy.DESTROY }), /removalPolicy 'destroy' applies only to a log group/, 'Stack/Group'],
    ['accessLogGroup with accessLogs false', s => ({ accessLogGroup: group(s), accessLogs: false }), /accessLogGroup .* accessLogs is false/, 'Stack/Group'],
    ['retention without access logs', () => ({ accessLogRetention: logs.RetentionDays.ONE_DAY }), /accessLogRetention 1 applies only to access logs: set accessLogs/, 'undefined'],
    ['key with access logs off', s => ({ accessLogs: false, accessLogEncryptionKey: new kms.Key(s, 'K') }), /accessLogEncryptionKey .*set accessLogs/, 'false'],
  ])('%s', (_name, props, message, value) => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const error = thrown(() => new ServiceNetwork(stack, 'Network', props(stack)));

    // THEN
    expect(error).toMatch(message);
    expect(error).toContain(value);
  });

  test.each<[string, () => Parameters<typeof ServiceNetwork.fromServiceNetworkAttributes>[2], RegExp, string]>([
    ['neither', () => ({}), /exactly one of serviceNetworkArn, serviceNetworkId; got none/, 'none'],
    ['both', () => ({ serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123', serviceNetworkId: 'sn-0123' }), /serviceNetworkArn and serviceNetworkId/, 'serviceNetworkId'],
    ['malformed ARN', () => ({ serviceNetworkArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:service/svc-0123' }), /serviceNetworkArn must be an ARN like/, "'arn:aws:vpc-lattice:us-east-1:111111111111:service/svc-0123'"],
    ['malformed id', () => ({ serviceNetworkId: 'net-0123' }), /serviceNetworkId must look like/, "'net-0123'"],
  ])('import: %s', (_name, attrs, message, value) => {
    // GIVEN
    const stack = newStack();

    // WHEN / THEN
    expect(() => ServiceNetwork.fromServiceNetworkAttributes(stack, 'A', attrs())).toThrow(message);
    expect(() => ServiceNetwork.fromServiceNetworkAttributes(stack, 'B', attrs())).toThrow(value);
    expect(stack.node.tryFindChild('A')).toBeUndefined();
  });

  test('reports every bad prop at once, one per line, and creates nothing', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const error = thrown(() => new ServiceNetwork(stack, 'Network', {
      serviceNetworkName: 'ab',
      authType: 'aws_iam' as ServiceNetworkAuthType,
      accessLogRetention: logs.RetentionDays.ONE_DAY,
    }));

    // THEN
    const lines = error.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^serviceNetworkName must be 3-63 characters long .*'ab'$/);
    expect(lines[1]).toMatch(/^authType must be one of .*got 'aws_iam'$/);
    expect(lines[2]).toMatch(/^accessLogRetention 1 applies only to access logs/);
    expect(stack.node.tryFindChild('Network')).toBeUndefined();
  });

  test('a single bad prop gives exactly its message', () => {
    const stack = newStack();
    expect(thrown(() => new ServiceNetwork(stack, 'Network', { authType: ServiceNetworkAuthType.NONE, authPolicy: invokePolicy() })))
      .toBe("authPolicy requires authType AWS_IAM, got authType 'NONE'");
  });

  test('import: reports every bad attribute at once', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const error = thrown(() => ServiceNetwork.fromServiceNetworkAttributes(stack, 'A', {
      serviceNetworkId: 'net-0123',
      shareable: 'yes' as unknown as boolean,
    }));

    // THEN
    const lines = error.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^serviceNetworkId must look like 'sn-0123456789abcdef0' .*got 'net-0123'$/);
    expect(lines[1]).toBe("shareable must be true or false, got 'yes'");
    expect(stack.node.tryFindChild('A')).toBeUndefined();
  });
});

describe('ServiceNetwork accepts', () => {
  test('tokens for authType and accessLogRetention, with an auth policy', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new ServiceNetwork(stack, 'Network', {
      authType: Fn.importValue('AuthType') as ServiceNetworkAuthType,
      authPolicy: invokePolicy(),
      accessLogs: true,
      accessLogRetention: Token.asNumber(Fn.importValue('Retention')),
    });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { AuthType: { 'Fn::ImportValue': 'AuthType' } });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: { 'Fn::ImportValue': 'Retention' } });
    template.resourceCountIs('AWS::VpcLattice::AuthPolicy', 1);
  });

  // PutAuthPolicy policy "Maximum length of 36864" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_PutAuthPolicy.html):
  // a policy whose tokens would only make it longer is judged by its literal part
  test('an auth policy just under the limit, with tokens', () => {
    // GIVEN
    const stack = newStack();
    const statements = Array.from({ length: 150 }, (_, i) => new iam.PolicyStatement({
      sid: `Invoke${i}`,
      actions: ['vpc-lattice-svcs:Invoke'],
      principals: [new iam.AccountPrincipal(String(100000000000 + i))],
      resources: ['*'],
      conditions: { StringEquals: { 'vpc-lattice-svcs:SourceVpcOwnerAccount': String(100000000000 + i) } },
    }));

    // WHEN
    new ServiceNetwork(stack, 'Network', { authType: ServiceNetworkAuthType.AWS_IAM, authPolicy: new iam.PolicyDocument({ statements }) });

    // THEN
    Template.fromStack(stack).resourceCountIs('AWS::VpcLattice::AuthPolicy', 1);
  });

  test('an imported access log group and an imported key are not judged beyond their ARNs', () => {
    // GIVEN
    const stack = newStack();
    const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:us-east-1:111111111111:key/0123abcd-4567-89ef-0123-456789abcdef');

    // WHEN
    new ServiceNetwork(stack, 'Network', { accessLogs: true, accessLogEncryptionKey: key });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::Logs::LogGroup', {
      KmsKeyId: 'arn:aws:kms:us-east-1:111111111111:key/0123abcd-4567-89ef-0123-456789abcdef',
    });
  });
});
