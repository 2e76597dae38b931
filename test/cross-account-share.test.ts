import { App, Aws, Fn, Lazy, Resource, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { CrossAccountShare, SharePrincipal, SharePrincipalType } from '../src/cross-account-share';
import { ResourceConfigurationBase } from '../src/lattice-shared-database';
import { iamPrincipalFor } from '../src/private/principals';
import { IResourceGateway } from '../src/resource-gateway';
import { IServiceNetwork } from '../src/service-network';

const ORG_ARN = 'arn:aws:organizations::111111111111:organization/o-exampleorg1';
const OU_ARN = 'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou';
const RC_PERMISSION = 'AWSRAMPermissionVpcLatticeResourceConfiguration';
const SN_PERMISSION = 'AWSRAMPermissionVpcLatticeServiceNetworkReadWrite';

/** A real `CfnResourceConfiguration` behind the interface the share takes. */
class TestConfiguration extends ResourceConfigurationBase {
  public readonly resourceConfigurationId: string;
  public readonly resourceConfigurationArn: string;
  public readonly port?: number = undefined;
  public readonly resourceGateway?: IResourceGateway = undefined;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const resource = new vpclattice.CfnResourceConfiguration(this, 'Resource', {
      name: id.toLowerCase(),
      resourceConfigurationType: 'SINGLE',
      resourceGatewayId: 'rgw-0123456789abcdef0',
      portRanges: ['5432'],
      protocolType: 'TCP',
      resourceConfigurationDefinition: { dnsResource: { domainName: 'db.example.internal', ipAddressType: 'IPV4' } },
    });
    this.resourceConfigurationId = resource.attrId;
    this.resourceConfigurationArn = resource.attrArn;
  }
}

/** A configuration or service network known only by its ARN. */
class ImportedConfiguration extends ResourceConfigurationBase {
  public readonly resourceConfigurationId: string;
  public readonly port?: number = undefined;
  public readonly resourceGateway?: IResourceGateway = undefined;
  constructor(scope: Construct, id: string, public readonly resourceConfigurationArn: string) {
    super(scope, id, { environmentFromArn: resourceConfigurationArn });
    this.resourceConfigurationId = resourceConfigurationArn.split('/')[1];
  }
}

class TestServiceNetwork extends Resource implements IServiceNetwork {
  public readonly serviceNetworkId: string;
  public readonly serviceNetworkArn: string;
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const resource = new vpclattice.CfnServiceNetwork(this, 'Resource', { name: id.toLowerCase() });
    this.serviceNetworkId = resource.attrId;
    this.serviceNetworkArn = resource.attrArn;
  }
}

class ImportedServiceNetwork extends Resource implements IServiceNetwork {
  public readonly serviceNetworkId: string;
  constructor(scope: Construct, id: string, public readonly serviceNetworkArn: string) {
    super(scope, id, { environmentFromArn: serviceNetworkArn });
    this.serviceNetworkId = serviceNetworkArn.split('/')[1];
  }
}

function newStack(): Stack {
  const app = new App();
  return new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
}

function permissionArn(name: string) {
  return { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ram::aws:permission/${name}`]] };
}

function arnOf(logicalIdPrefix: string) {
  return { 'Fn::GetAtt': [Match.stringLikeRegexp(`^${logicalIdPrefix}`), 'Arn'] };
}

describe('principals', () => {
  test.each([
    ['an account', SharePrincipal.account('222222222222'), '222222222222', SharePrincipalType.ACCOUNT],
    ['an organization', SharePrincipal.organization(ORG_ARN), ORG_ARN, SharePrincipalType.ORGANIZATION],
    ['an organizational unit', SharePrincipal.organizationalUnit(OU_ARN), OU_ARN, SharePrincipalType.ORGANIZATIONAL_UNIT],
  ])('shares with %s', (_name, principal, rendered, type) => {
    // GIVEN
    const stack = newStack();
    const configuration = new TestConfiguration(stack, 'Database');

    // WHEN
    new CrossAccountShare(stack, 'Share', { principals: [principal], resourceConfigurations: [configuration] });

    // THEN
    expect(principal.type).toEqual(type);
    expect(principal.principal).toEqual(rendered);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::RAM::ResourceShare', 1);
    template.hasResourceProperties('AWS::RAM::ResourceShare', {
      Principals: [rendered],
      ResourceArns: [arnOf('Database')],
    });
  });

  test('shares with mixed principals, each once', () => {
    // GIVEN
    const stack = newStack();
    const configuration = new TestConfiguration(stack, 'Database');

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [
        SharePrincipal.account('222222222222'),
        SharePrincipal.organizationalUnit(OU_ARN),
        SharePrincipal.account('222222222222'),
        SharePrincipal.organization(ORG_ARN),
        SharePrincipal.organizationalUnit(OU_ARN),
      ],
      resourceConfigurations: [configuration],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      Principals: ['222222222222', OU_ARN, ORG_ARN],
    });
  });

  test('addPrincipal after construction adds to the share and ignores duplicates', () => {
    // GIVEN
    const stack = newStack();
    const share = new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.organizationalUnit(OU_ARN)],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // WHEN
    share.addPrincipal(SharePrincipal.account('333333333333'));
    share.addPrincipal(SharePrincipal.account('333333333333'));
    share.addPrincipal(SharePrincipal.organizationalUnit(OU_ARN));

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      Principals: [OU_ARN, '333333333333'],
      AllowExternalPrincipals: true,
    });
  });

  test('principals may all come from addPrincipal', () => {
    // GIVEN
    const stack = newStack();
    const share = new CrossAccountShare(stack, 'Share', {
      principals: [],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // WHEN
    share.addPrincipal(SharePrincipal.organization(ORG_ARN));

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      Principals: [ORG_ARN],
      AllowExternalPrincipals: false,
    });
  });
});

describe('allowExternalPrincipals', () => {
  test.each([
    ['only accounts', [SharePrincipal.account('222222222222')], true],
    ['an account among organization principals', [SharePrincipal.organization(ORG_ARN), SharePrincipal.account('222222222222')], true],
    ['only an organization', [SharePrincipal.organization(ORG_ARN)], false],
    ['only organization and OU principals', [SharePrincipal.organization(ORG_ARN), SharePrincipal.organizationalUnit(OU_ARN)], false],
  ])('defaults from the principals: %s', (_name, principals, expected) => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', { principals, resourceConfigurations: [new TestConfiguration(stack, 'Database')] });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      AllowExternalPrincipals: expected,
    });
  });

  test.each([
    [false, 'accounts in the organization', [SharePrincipal.account('222222222222')]],
    [true, 'an organization', [SharePrincipal.organization(ORG_ARN)]],
    [false, 'an OU', [SharePrincipal.organizationalUnit(OU_ARN)]],
  ])('keeps an explicit %s with %s', (value, _name, principals) => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals,
      allowExternalPrincipals: value,
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      AllowExternalPrincipals: value,
    });
  });

  test('notes the RAM invitation when an account is named', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222'), SharePrincipal.account('333333333333')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    const infos = Annotations.fromStack(stack).findInfo('/Provider/Share', Match.stringLikeRegexp('invitation'));
    expect(infos).toHaveLength(1);
  });

  test('notes that accounts must be in the organization when allowExternalPrincipals is false', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      allowExternalPrincipals: false,
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Annotations.fromStack(stack).hasInfo('/Provider/Share', Match.stringLikeRegexp('must belong to your AWS Organizations organization'));
    expect(Annotations.fromStack(stack).findInfo('/Provider/Share', Match.stringLikeRegexp('invitation'))).toHaveLength(0);
  });

  test('no note when only organization principals are named', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.organization(ORG_ARN)],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Annotations.fromStack(stack).hasNoInfo('/Provider/Share', Match.anyValue());
  });
});

describe('resources and permissions', () => {
  test('resource configurations only', () => {
    // GIVEN
    const stack = newStack();
    const first = new TestConfiguration(stack, 'Writer');
    const second = new TestConfiguration(stack, 'Reader');

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [first, second, first],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      ResourceArns: [arnOf('Writer'), arnOf('Reader')],
      PermissionArns: [permissionArn(RC_PERMISSION)],
    });
  });

  test('service networks only', () => {
    // GIVEN
    const stack = newStack();
    const network = new TestServiceNetwork(stack, 'Network');

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      serviceNetworks: [network, network],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      ResourceArns: [arnOf('Network')],
      PermissionArns: [permissionArn(SN_PERMISSION)],
    });
  });

  test('both resource configurations and service networks', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      serviceNetworks: [new TestServiceNetwork(stack, 'Network')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      ResourceArns: [arnOf('Database'), arnOf('Network')],
      PermissionArns: [permissionArn(RC_PERMISSION), permissionArn(SN_PERMISSION)],
    });
  });

  test('addResourceConfiguration and addServiceNetwork after construction', () => {
    // GIVEN
    const stack = newStack();
    const share = new CrossAccountShare(stack, 'Share', { principals: [SharePrincipal.account('222222222222')] });
    const configuration = new TestConfiguration(stack, 'Database');

    // WHEN
    share.addResourceConfiguration(configuration);
    share.addResourceConfiguration(configuration);
    share.addServiceNetwork(new TestServiceNetwork(stack, 'Network'));

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      ResourceArns: [arnOf('Database'), arnOf('Network')],
      PermissionArns: [permissionArn(RC_PERMISSION), permissionArn(SN_PERMISSION)],
    });
  });

  test('shares an imported configuration of this account and region', () => {
    // GIVEN
    const stack = newStack();
    const arn = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0';

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new ImportedConfiguration(stack, 'Imported', arn)],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { ResourceArns: [arn] });
  });

  test('uses the partition of a literal region', () => {
    // GIVEN
    const app = new App();
    const stack = new Stack(app, 'China', { env: { account: '111111111111', region: 'cn-north-1' } });

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN: never a literal 'aws' partition
    const [share] = Object.values(Template.fromStack(stack).findResources('AWS::RAM::ResourceShare'));
    expect(JSON.stringify(share.Properties.PermissionArns)).not.toContain('arn:aws:');
  });
});

describe('the resource share', () => {
  test('has a unique default name, the id Resource and the ARN attribute', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const share = new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    expect(share.node.defaultChild?.node.id).toEqual('Resource');
    expect(share.resourceShareName).toMatch(/Share/);
    expect(stack.resolve(share.resourceShareArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Share/), 'Arn'] });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::RAM::ResourceShare', {
      Name: share.resourceShareName,
      Sources: Match.absent(),
      ResourceShareConfiguration: Match.absent(),
    });
  });

  test('takes a given name', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const share = new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
      resourceShareName: 'orders-database',
    });

    // THEN
    expect(share.resourceShareName).toEqual('orders-database');
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { Name: 'orders-database' });
  });

  test('two shares in one stack get different names', () => {
    // GIVEN
    const stack = newStack();
    const configuration = new TestConfiguration(stack, 'Database');

    // WHEN
    const a = new CrossAccountShare(stack, 'A', { principals: [SharePrincipal.account('222222222222')], resourceConfigurations: [configuration] });
    const b = new CrossAccountShare(stack, 'B', { principals: [SharePrincipal.account('333333333333')], resourceConfigurations: [configuration] });

    // THEN
    expect(a.resourceShareName).not.toEqual(b.resourceShareName);
    Template.fromStack(stack).resourceCountIs('AWS::RAM::ResourceShare', 2);
  });
});

describe('CloudFormation validation', () => {
  test('every kind of share passes the built-in template validation', () => {
    // GIVEN: validation on, even when CDK_VALIDATION=false is set for the other tests
    const saved = process.env.CDK_VALIDATION;
    delete process.env.CDK_VALIDATION;
    try {
      const app = new App({ builtinCloudFormationValidation: true });
      const stack = new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
      const configuration = new TestConfiguration(stack, 'Database');
      const network = new TestServiceNetwork(stack, 'Network');

      // WHEN
      new CrossAccountShare(stack, 'Accounts', {
        principals: [SharePrincipal.account('222222222222')],
        resourceConfigurations: [configuration],
      });
      new CrossAccountShare(stack, 'Organization', {
        principals: [SharePrincipal.organization(ORG_ARN), SharePrincipal.organizationalUnit(OU_ARN)],
        serviceNetworks: [network],
      });
      new CrossAccountShare(stack, 'Both', {
        principals: [SharePrincipal.account('222222222222')],
        allowExternalPrincipals: false,
        resourceConfigurations: [configuration],
        serviceNetworks: [network],
        resourceShareName: 'orders-database',
      });

      // THEN
      expect(() => app.synth()).not.toThrow();
      Template.fromStack(stack).resourceCountIs('AWS::RAM::ResourceShare', 3);
    } finally {
      if (saved !== undefined) {
        process.env.CDK_VALIDATION = saved;
      }
    }
  });
});

describe('import', () => {
  test('fromResourceShareArn', () => {
    // GIVEN
    const stack = newStack();
    const arn = 'arn:aws:ram:us-east-1:111111111111:resource-share/0123abcd-4567-89ef-0123-456789abcdef';

    // WHEN
    const share = CrossAccountShare.fromResourceShareArn(stack, 'Imported', arn);

    // THEN
    expect(share.resourceShareArn).toEqual(arn);
    expect(share.env.account).toEqual('111111111111');
    expect(share.env.region).toEqual('us-east-1');
    Template.fromStack(stack).resourceCountIs('AWS::RAM::ResourceShare', 0);
  });

  test('fromResourceShareArn rejects a malformed ARN', () => {
    // GIVEN
    const stack = newStack();

    // THEN
    expect(() => CrossAccountShare.fromResourceShareArn(stack, 'Imported', 'arn:aws:ram:us-east-1:111111111111:permission/x'))
      .toThrow(/resourceShareArn.*'arn:aws:ram:us-east-1:111111111111:permission\/x'/);
  });
});

describe('errors', () => {
  test.each([
    ['a short account id', () => SharePrincipal.account('12345'), /accountId.*'12345'/],
    ['an account id with letters', () => SharePrincipal.account('11111111111a'), /accountId.*'11111111111a'/],
    ['an organization id instead of an ARN', () => SharePrincipal.organization('o-exampleorg1'), /organizationArn.*'o-exampleorg1'/],
    ['an OU ARN as organization', () => SharePrincipal.organization(OU_ARN), /organizationArn/],
    ['an organization ARN as OU', () => SharePrincipal.organizationalUnit(ORG_ARN), /organizationalUnitArn/],
    ['a bare OU id', () => SharePrincipal.organizationalUnit('ou-abcd-exampleou'), /organizationalUnitArn.*'ou-abcd-exampleou'/],
  ])('SharePrincipal rejects %s', (_name, make, message) => {
    expect(make).toThrow(message);
  });

  test.each([
    ['sharing with the stack\'s own account', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('111111111111')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    }), /principals.*own account.*'111111111111'/],
    ['adding the stack\'s own account later', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    }).addPrincipal(SharePrincipal.account('111111111111')), /principals.*'111111111111'/],
    ['an empty resourceShareName', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceShareName: ' ',
    }), /resourceShareName.*' '/],
    ['a configuration received from another account', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new ImportedConfiguration(stack, 'Imported',
        'arn:aws:vpc-lattice:us-east-1:999999999999:resourceconfiguration/rcfg-0123456789abcdef0')],
    }), /resourceConfigurations.*'arn:aws:vpc-lattice:us-east-1:999999999999:resourceconfiguration\/rcfg-0123456789abcdef0'.*'999999999999'/],
    ['a configuration in another region', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [new ImportedConfiguration(stack, 'Imported',
        'arn:aws:vpc-lattice:eu-west-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0')],
    }), /resourceConfigurations.*region.*'eu-west-1'/],
    ['a service network received from another account, added later', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
    }).addServiceNetwork(new ImportedServiceNetwork(stack, 'Imported',
      'arn:aws:vpc-lattice:us-east-1:999999999999:servicenetwork/sn-0123456789abcdef0')),
    /addServiceNetwork\(serviceNetwork\).*'arn:aws:vpc-lattice:us-east-1:999999999999:servicenetwork\/sn-0123456789abcdef0'/],
  ])('rejects %s immediately', (_name, build, message) => {
    // GIVEN
    const stack = newStack();

    // THEN
    expect(() => build(stack)).toThrow(message);
  });

  test.each([
    ['no principals', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    }), /principals must name at least one.*got none/],
    ['no resources', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
    }), /resourceConfigurations and serviceNetworks are both empty/],
    ['empty resource lists', (stack: Stack) => new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('222222222222')],
      resourceConfigurations: [],
      serviceNetworks: [],
    }), /resourceConfigurations and serviceNetworks are both empty/],
  ])('rejects %s at synth', (_name, build, message) => {
    // GIVEN
    const stack = newStack();

    // WHEN
    build(stack);

    // THEN
    expect(() => Template.fromStack(stack)).toThrow(message);
  });

  test('reports every bad prop of one call at once, one per line', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const error = (() => {
      try {
        new CrossAccountShare(stack, 'Share', {
          principals: [SharePrincipal.account('222222222222'), SharePrincipal.account('111111111111')],
          resourceConfigurations: [new ImportedConfiguration(stack, 'Imported',
            'arn:aws:vpc-lattice:eu-west-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0')],
          resourceShareName: ' ',
        });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected the props to be refused');
    })();

    // THEN
    expect(error.message.split('\n')).toEqual([
      expect.stringMatching(/^principals\[1\]\.principal must not be this stack's own account.*'111111111111'$/),
      expect.stringMatching(/^resourceConfigurations\[0\] must be in this stack's region 'us-east-1'.*'eu-west-1'$/),
      expect.stringMatching(/^resourceShareName must not be empty.*' '$/),
    ]);
    // nothing was created
    expect(stack.node.tryFindChild('Share')).toBeUndefined();
  });

  test('accepts any account when the stack account is unknown', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Agnostic');

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.account('111111111111')],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { Principals: ['111111111111'] });
  });
});

describe('what the checks accept', () => {
  test('deploy-time principals, name, allowExternalPrincipals and ARNs are accepted as they are', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const share = new CrossAccountShare(stack, 'Share', {
      principals: [
        SharePrincipal.account(Fn.importValue('ConsumerAccount')),
        SharePrincipal.organization(Fn.importValue('OrganizationArn')),
        SharePrincipal.organizationalUnit(`arn:${Aws.PARTITION}:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou`),
      ],
      resourceShareName: Fn.importValue('ShareName'),
      allowExternalPrincipals: Lazy.any({ produce: () => true }) as unknown as boolean,
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });
    share.addServiceNetwork(new TestServiceNetwork(stack, 'Network'));
    CrossAccountShare.fromResourceShareArn(stack, 'Imported', Fn.importValue('ShareArn'));

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', {
      Name: { 'Fn::ImportValue': 'ShareName' },
      AllowExternalPrincipals: true,
      Principals: [
        { 'Fn::ImportValue': 'ConsumerAccount' },
        { 'Fn::ImportValue': 'OrganizationArn' },
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou']] },
      ],
    });
  });

  test('a principal written as an object literal is shared when it is right', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [{ type: SharePrincipalType.ORGANIZATIONAL_UNIT, principal: OU_ARN } as SharePrincipal],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { Principals: [OU_ARN] });
  });

  test('an organization of any partition is accepted in a stack whose region is unknown', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Agnostic');
    const govOrganization = 'arn:aws-us-gov:organizations::111111111111:organization/o-exampleorg1';

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.organization(govOrganization)],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { Principals: [govOrganization] });
  });

  test('an organization in the partition of a GovCloud stack is accepted', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Gov', { env: { account: '111111111111', region: 'us-gov-west-1' } });
    const govOrganization = 'arn:aws-us-gov:organizations::111111111111:organization/o-exampleorg1';

    // WHEN
    new CrossAccountShare(stack, 'Share', {
      principals: [SharePrincipal.organization(govOrganization)],
      resourceConfigurations: [new TestConfiguration(stack, 'Database')],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::RAM::ResourceShare', { Principals: [govOrganization] });
  });

  test('the IAM principal of an OU known only at deploy time matches its path, built by CloudFormation', () => {
    // GIVEN
    const stack = newStack();

    // WHEN
    const principal = iamPrincipalFor(SharePrincipal.organizationalUnit(Fn.importValue('OuArn')));

    // THEN
    const conditions = stack.resolve(principal.policyFragment.conditions);
    const split = { 'Fn::Split': ['/', { 'Fn::ImportValue': 'OuArn' }] };
    expect(conditions).toEqual({
      'ForAnyValue:StringLike': {
        'aws:PrincipalOrgPaths': [{ 'Fn::Join': ['', [{ 'Fn::Select': [1, split] }, '/*/', { 'Fn::Select': [2, split] }, '/*']] }],
      },
    });
  });

  test('the IAM principal of an organization or OU with a token partition reads its ids from the literal part', () => {
    // GIVEN
    const stack = newStack();
    const ou = SharePrincipal.organizationalUnit(`arn:${Aws.PARTITION}:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou`);
    const org = SharePrincipal.organization(`arn:${Aws.PARTITION}:organizations::111111111111:organization/o-exampleorg1`);

    // WHEN
    const ouConditions = stack.resolve(iamPrincipalFor(ou).policyFragment.conditions);
    const orgConditions = stack.resolve(iamPrincipalFor(org).policyFragment.conditions);

    // THEN
    expect(ouConditions).toEqual({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-exampleorg1/*/ou-abcd-exampleou/*'] } });
    expect(orgConditions).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorg1' } });
    expect(Token.isUnresolved(ou.principal)).toBe(true);
  });
});
