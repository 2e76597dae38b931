import { App, Fn, Resource, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { LatticeSharedDatabase, ResourceConfigurationBase } from '../src/lattice-shared-database';
import { IResourceGateway, ResourceGateway } from '../src/resource-gateway';
import { IServiceNetwork } from '../src/service-network';
import {
  PrivateDnsPreference,
  ServiceNetworkConnectionType,
  SharedDatabaseEndpoint,
  SharedDatabaseEndpointProps,
  SharedServiceNetworkConnection,
} from '../src/shared-database-endpoint';

const CONFIG_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0';
const NETWORK_ARN = 'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0';

/** A stand-in for a resource configuration defined in this app. */
class FakeConfiguration extends ResourceConfigurationBase {
  public readonly resourceConfigurationId = 'rcfg-0fedcba9876543210';
  public readonly resourceConfigurationArn = 'arn:aws:vpc-lattice:us-east-1:222222222222:resourceconfiguration/rcfg-0fedcba9876543210';
  constructor(scope: Construct, id: string, public readonly port?: number, public readonly resourceGateway?: IResourceGateway) {
    super(scope, id);
  }
}

/** A stand-in for a service network defined in this app. */
class FakeServiceNetwork extends Resource implements IServiceNetwork {
  public readonly serviceNetworkId = 'sn-0fedcba9876543210';
  public readonly serviceNetworkArn = 'arn:aws:vpc-lattice:us-east-1:222222222222:servicenetwork/sn-0fedcba9876543210';
}

function makeStack(subnetType = ec2.SubnetType.PRIVATE_ISOLATED): { stack: Stack; vpc: ec2.Vpc } {
  const app = new App();
  const stack = new Stack(app, 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: subnetType === ec2.SubnetType.PRIVATE_WITH_EGRESS ? 1 : 0,
    subnetConfiguration: subnetType === ec2.SubnetType.PRIVATE_WITH_EGRESS
      ? [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }, { name: 'Private', subnetType }]
      : [{ name: 'Isolated', subnetType }],
  });
  return { stack, vpc };
}

describe('SharedDatabaseEndpoint', () => {
  describe('with a configuration ARN from another account', () => {
    test('creates a Resource endpoint in the isolated subnets with private DNS and its own security group', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::VPCEndpoint', 1);
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Resource',
        VpcId: { Ref: Match.stringLikeRegexp('^Vpc') },
        ResourceConfigurationArn: CONFIG_ARN,
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('^VpcIsolatedSubnet1') },
          { Ref: Match.stringLikeRegexp('^VpcIsolatedSubnet2') },
        ],
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSecurityGroup'), 'GroupId'] }],
        PrivateDnsEnabled: true,
        DnsOptions: Match.absent(),
        ServiceNetworkArn: Match.absent(),
      });
      expect(endpoint.port).toBe(5432);
      expect(endpoint.resourceConfigurationArn).toBe(CONFIG_ARN);
      expect(endpoint.securityGroup).toBeDefined();
      const logicalId = stack.getLogicalId(endpoint.node.findChild('Resource') as ec2.CfnVPCEndpoint);
      expect(stack.resolve(endpoint.vpcEndpointId)).toEqual({ 'Fn::GetAtt': [logicalId, 'Id'] });
      expect(stack.resolve(endpoint.dnsEntries)).toEqual({ 'Fn::GetAtt': [logicalId, 'DnsEntries'] });
      expect(stack.resolve(endpoint.dnsName)).toEqual({
        'Fn::Select': [1, { 'Fn::Split': [':', { 'Fn::Select': [0, { 'Fn::GetAtt': [logicalId, 'DnsEntries'] }] }] }],
      });
    });

    test('the construct id of the endpoint is Resource', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // THEN
      expect(endpoint.node.findChild('Resource')).toBeInstanceOf(ec2.CfnVPCEndpoint);
    });

    test('falls back to private subnets when the VPC has no isolated ones', () => {
      // GIVEN
      const { stack, vpc } = makeStack(ec2.SubnetType.PRIVATE_WITH_EGRESS);

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet1') },
          { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet2') },
        ],
      });
    });

    test('accepts a token ARN', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const arn = new ec2.CfnVPC(stack, 'Tokens', {}).attrVpcId;

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: arn, port: 3306 });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
        ResourceConfigurationArn: { 'Fn::GetAtt': ['Tokens', 'VpcId'] },
      });
    });

    test('privateDnsEnabled false and DNS preferences are passed through', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Off', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, privateDnsEnabled: false });
      new SharedDatabaseEndpoint(stack, 'Specified', {
        vpc,
        resourceConfigurationArn: CONFIG_ARN,
        port: 5432,
        privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
        privateDnsSpecifiedDomains: ['mydb.abcdefghijkl.us-east-1.rds.amazonaws.com'],
      });

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', { PrivateDnsEnabled: false, DnsOptions: Match.absent() });
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        PrivateDnsEnabled: true,
        DnsOptions: {
          PrivateDnsPreference: 'SPECIFIED_DOMAINS_ONLY',
          PrivateDnsSpecifiedDomains: ['mydb.abcdefghijkl.us-east-1.rds.amazonaws.com'],
        },
      });
    });
  });

  describe('with a configuration from this app', () => {
    test('takes the ARN and the port from the configuration', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const configuration = new FakeConfiguration(stack, 'Config', 3306);

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: configuration });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
        ResourceConfigurationArn: configuration.resourceConfigurationArn,
      });
      expect(endpoint.port).toBe(3306);
    });

    // PortRanges: "The TCP port ranges that a consumer can use to access a resource configuration"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html):
    // another port is refused (test/bad-input/shared-database-endpoint.test.ts)
    test('an explicit port equal to the configuration port is accepted', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const configuration = new FakeConfiguration(stack, 'Config', 3306);

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: configuration, port: 3306 });

      // THEN
      expect(endpoint.port).toBe(3306);
    });

    test('an explicit port is accepted when the configuration port is a token', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const configuration = new FakeConfiguration(stack, 'Config', Token.asNumber(Fn.importValue('Port')));

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: configuration, port: 13306 });

      // THEN
      expect(endpoint.port).toBe(13306);
    });

    test('accepts a configuration whose gateway lives in another VPC', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const otherVpc = new ec2.Vpc(stack, 'Other', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc: otherVpc });

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: new FakeConfiguration(stack, 'Config', 5432, gateway) });

      // THEN
      Template.fromStack(stack).resourceCountIs('AWS::EC2::VPCEndpoint', 1);
    });
  });

  describe('security groups', () => {
    test('the default group has no ingress and no egress', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      template.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: Match.stringLikeRegexp('resource endpoint'),
        SecurityGroupIngress: Match.absent(),
        // aws-cdk-lib's placeholder rule that matches no traffic
        SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })],
      });
      template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    });

    test('connections.allowDefaultPortFrom opens the database port from the application', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const app = new ec2.SecurityGroup(stack, 'App', { vpc, allowAllOutbound: false });
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // WHEN
      endpoint.connections.allowDefaultPortFrom(app);

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSecurityGroup'), 'GroupId'] },
        SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^App'), 'GroupId'] },
        IpProtocol: 'tcp',
        FromPort: 5432,
        ToPort: 5432,
      });
      template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^App'), 'GroupId'] },
        DestinationSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSecurityGroup'), 'GroupId'] },
        IpProtocol: 'tcp',
        FromPort: 5432,
        ToPort: 5432,
      });
    });

    test('uses the given security groups and creates none', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const mine = new ec2.SecurityGroup(stack, 'Mine', { vpc });

      // WHEN
      const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, securityGroups: [mine] });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^Mine'), 'GroupId'] }],
      });
      expect(endpoint.securityGroup).toBeUndefined();
    });
  });

  describe('warnings', () => {
    test('warns when every subnet is in one Availability Zone', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', {
        vpc,
        resourceConfigurationArn: CONFIG_ARN,
        port: 5432,
        vpcSubnets: { subnets: [vpc.isolatedSubnets[0]] },
      });

      // THEN
      Annotations.fromStack(stack).hasWarning('/Consumer/Db', Match.stringLikeRegexp('share an Availability Zone|resource gateway also has a network interface'));
    });

    test('does not warn with two Availability Zones', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

      // THEN
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });
  });

  describe('errors', () => {
    test.each([
      ['resourceConfigurationArn', 'arn:aws:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0'],
      ['resourceConfigurationArn', 'rcfg-0123456789abcdef0'],
      ['resourceConfigurationArn', 'arn:aws:vpc-lattice:us-east-1:1111:resourceconfiguration/rcfg-0123456789abcdef0'],
    ])('rejects a malformed %s %s', (prop, value) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: value, port: 5432 }))
        .toThrow(new RegExp(`${prop}.*'${value.replace(/[/.]/g, '\\$&')}'`));
    });

    test.each([0, 65536, 1.5])('rejects port %s', (port) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port }))
        .toThrow(new RegExp(`port must be a whole number from 1 to 65535, got ${port}`));
    });

    test('requires port with a bare ARN', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN }))
        .toThrow(/port is required with resourceConfigurationArn 'arn:aws:vpc-lattice/);
    });

    test('requires port when the configuration has none', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: new FakeConfiguration(stack, 'Config') }))
        .toThrow(/port is required: resourceConfiguration 'Consumer\/Config'/);
    });

    test.each([
      ['none', {}, /Give exactly one of resourceConfiguration, resourceConfigurationArn; got none/],
      ['both', { arn: true, config: true }, /got resourceConfiguration and resourceConfigurationArn/],
    ])('requires exactly one configuration (%s)', (_name, given: { arn?: boolean; config?: boolean }, message) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', {
        vpc,
        port: 5432,
        resourceConfigurationArn: given.arn ? CONFIG_ARN : undefined,
        resourceConfiguration: given.config ? new FakeConfiguration(stack, 'Config', 5432) : undefined,
      })).toThrow(message);
    });

    test('rejects a configuration whose resource gateway is in the same VPC object', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: new FakeConfiguration(stack, 'Config', 5432, gateway) }))
        .toThrow(/vpc must not be the VPC of the resource gateway of resourceConfiguration 'Consumer\/Config' \('Consumer\/Vpc'\)/);
    });

    test('rejects a configuration whose resource gateway is in a VPC with the same literal id', () => {
      // GIVEN
      const { stack } = makeStack();
      const attrs = { availabilityZones: ['us-east-1a', 'us-east-1b'], isolatedSubnetIds: ['subnet-1', 'subnet-2'] };
      const gatewayVpc = ec2.Vpc.fromVpcAttributes(stack, 'GatewayVpc', { vpcId: 'vpc-0123456789abcdef0', ...attrs });
      const consumerVpc = ec2.Vpc.fromVpcAttributes(stack, 'ConsumerVpc', { vpcId: 'vpc-0123456789abcdef0', ...attrs });
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc: gatewayVpc });

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc: consumerVpc, resourceConfiguration: new FakeConfiguration(stack, 'Config', 5432, gateway) }))
        .toThrow(/vpc must not be the VPC of the resource gateway/);
    });

    test('rejects a configuration whose imported resource gateway names the VPC', () => {
      // GIVEN
      const { stack } = makeStack();
      const attrs = { availabilityZones: ['us-east-1a', 'us-east-1b'], isolatedSubnetIds: ['subnet-1', 'subnet-2'] };
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'ConsumerVpc', { vpcId: 'vpc-0123456789abcdef0', ...attrs });
      const gateway = ResourceGateway.fromResourceGatewayAttributes(stack, 'Gateway', {
        resourceGatewayId: 'rgw-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0',
      });

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: new FakeConfiguration(stack, 'Config', 5432, gateway) }))
        .toThrow(/vpc must not be the VPC of the resource gateway of resourceConfiguration 'Consumer\/Config' \('Consumer\/ConsumerVpc'\)/);
    });

    test('accepts a configuration whose imported resource gateway does not say its VPC', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const gateway = ResourceGateway.fromResourceGatewayId(stack, 'Gateway', 'rgw-0123456789abcdef0');

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: new FakeConfiguration(stack, 'Config', 5432, gateway) }))
        .not.toThrow();
    });

    test('rejects a LatticeSharedDatabase whose gateway is in the same VPC', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const instance = new rds.DatabaseInstance(stack, 'Instance', {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      });
      const database = new LatticeSharedDatabase(stack, 'Shared', {
        resourceGateway: new ResourceGateway(stack, 'Gateway', { vpc }),
        instance,
      });

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfiguration: database }))
        .toThrow(/vpc must not be the VPC of the resource gateway of resourceConfiguration 'Consumer\/Shared'/);
    });

    test.each([
      ['privateDnsPreference needs privateDnsEnabled', { privateDnsEnabled: false, privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS }],
      ['privateDnsSpecifiedDomains is required with privateDnsPreference \'SPECIFIED_DOMAINS_ONLY\'', { privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY }],
      ['privateDnsSpecifiedDomains needs privateDnsPreference .* got \'ALL_DOMAINS\'', { privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS, privateDnsSpecifiedDomains: ['a.example.com'] }],
      ['privateDnsSpecifiedDomains must name at least one domain', { privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY, privateDnsSpecifiedDomains: [] }],
      ['privateDnsSpecifiedDomains must hold domain names, got \'not a domain\'', { privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY, privateDnsSpecifiedDomains: ['not a domain'] }],
    ])('rejects DNS options: %s', (message, dns) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, ...dns }))
        .toThrow(new RegExp(message));
    });

    test('rejects an empty securityGroups list', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, securityGroups: [] }))
        .toThrow(/securityGroups must hold 1 to 5 security groups, got 0/);
    });

    test('rejects a selection with no subnets', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedDatabaseEndpoint(stack, 'Db', {
        vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, vpcSubnets: { subnets: [] },
      })).toThrow(/vpcSubnets .*selects no subnets in VPC 'Consumer\/Vpc'/);
    });
  });
});

describe('unresolved tokens are accepted', () => {
  test('an imported ARN and port, and an imported list of specified domains', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    new SharedDatabaseEndpoint(stack, 'Db', {
      vpc,
      resourceConfigurationArn: Fn.importValue('ConfigurationArn'),
      port: Token.asNumber(Fn.importValue('Port')),
      privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
      privateDnsSpecifiedDomains: Token.asList(Fn.importValue('Domains')),
    });
    new SharedServiceNetworkConnection(stack, 'Network', {
      vpc,
      serviceNetworkArn: `arn:${Fn.ref('AWS::Partition')}:vpc-lattice:us-east-1:111111111111:servicenetwork/sn-0123456789abcdef0`,
      connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
      port: Token.asNumber(Fn.importValue('Port')),
      privateDnsPreference: PrivateDnsPreference.VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS,
      privateDnsSpecifiedDomains: [Fn.importValue('Domain')],
    });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ResourceConfigurationArn: { 'Fn::ImportValue': 'ConfigurationArn' },
      DnsOptions: { PrivateDnsSpecifiedDomains: { 'Fn::ImportValue': 'Domains' } },
    });
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkVpcAssociation', {
      DnsOptions: { PrivateDnsSpecifiedDomains: [{ 'Fn::ImportValue': 'Domain' }] },
    });
  });
});

describe('SharedServiceNetworkConnection', () => {
  describe('endpoint (default)', () => {
    test('creates a ServiceNetwork endpoint with private DNS and its own security group', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      const connection = new SharedServiceNetworkConnection(stack, 'Network', { vpc, serviceNetworkArn: NETWORK_ARN, port: 5432 });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkVpcAssociation', 0);
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'ServiceNetwork',
        ServiceNetworkArn: NETWORK_ARN,
        ResourceConfigurationArn: Match.absent(),
        SubnetIds: Match.arrayWith([{ Ref: Match.stringLikeRegexp('^VpcIsolatedSubnet1') }]),
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^NetworkSecurityGroup'), 'GroupId'] }],
        PrivateDnsEnabled: true,
      });
      expect(connection.connectionType).toBe(ServiceNetworkConnectionType.ENDPOINT);
      expect(connection.vpcEndpointId).toBeDefined();
      expect(connection.serviceNetworkVpcAssociationId).toBeUndefined();
    });

    test('two endpoints in one VPC to two service networks are fine', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedServiceNetworkConnection(stack, 'A', { vpc, serviceNetworkArn: NETWORK_ARN });
      new SharedServiceNetworkConnection(stack, 'B', { vpc, serviceNetwork: new FakeServiceNetwork(stack, 'Sn') });

      // THEN
      Template.fromStack(stack).resourceCountIs('AWS::EC2::VPCEndpoint', 2);
    });

    test('connections opens the port from the application', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const app = new ec2.SecurityGroup(stack, 'App', { vpc });
      const connection = new SharedServiceNetworkConnection(stack, 'Network', { vpc, serviceNetworkArn: NETWORK_ARN, port: 3306 });

      // WHEN
      connection.connections.allowDefaultPortFrom(app);

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^NetworkSecurityGroup'), 'GroupId'] },
        SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^App'), 'GroupId'] },
        FromPort: 3306,
        ToPort: 3306,
      });
    });
  });

  describe('VPC association', () => {
    test('associates the VPC by service network ARN with private DNS and security groups', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      const connection = new SharedServiceNetworkConnection(stack, 'Network', {
        vpc,
        serviceNetworkArn: NETWORK_ARN,
        connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
        privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS,
      });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::VPCEndpoint', 0);
      template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkVpcAssociation', {
        VpcIdentifier: { Ref: Match.stringLikeRegexp('^Vpc') },
        ServiceNetworkIdentifier: NETWORK_ARN,
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^NetworkSecurityGroup'), 'GroupId'] }],
        PrivateDnsEnabled: true,
        DnsOptions: { PrivateDnsPreference: 'ALL_DOMAINS' },
      });
      expect(connection.node.findChild('Resource')).toBeInstanceOf(Object);
      expect(connection.vpcEndpointId).toBeUndefined();
      expect(connection.serviceNetworkVpcAssociationId).toBeDefined();
    });

    // "You can connect a VPC to only one service network through an association"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/service-network-associations.html): a
    // create-before-delete replacement of the association conflicts with the old one
    test('warns that a VPC association cannot be replaced in one deployment; an endpoint does not warn', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedServiceNetworkConnection(stack, 'Association', { vpc, serviceNetworkArn: NETWORK_ARN, connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION });
      new SharedServiceNetworkConnection(stack, 'Endpoint', { vpc, serviceNetworkArn: NETWORK_ARN });

      // THEN
      const annotations = Annotations.fromStack(stack);
      annotations.hasWarning('/Consumer/Association', Match.stringLikeRegexp('A VPC association cannot be changed in place'));
      annotations.hasNoWarning('/Consumer/Endpoint', Match.stringLikeRegexp('VPC association'));
    });

    test('rejects a second association of the same VPC', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      new SharedServiceNetworkConnection(stack, 'First', {
        vpc, serviceNetworkArn: NETWORK_ARN, connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
      });

      // THEN
      expect(() => new SharedServiceNetworkConnection(stack, 'Second', {
        vpc, serviceNetwork: new FakeServiceNetwork(stack, 'Sn'), connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
      })).toThrow(/vpc 'Consumer\/Vpc' is already associated with a service network by 'Consumer\/First'.*only one service network/);
    });

    test('isSharedServiceNetworkConnection tells a connection from other constructs', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const connection = new SharedServiceNetworkConnection(stack, 'Connection', { vpc, serviceNetworkArn: NETWORK_ARN });

      // THEN
      expect(SharedServiceNetworkConnection.isSharedServiceNetworkConnection(connection)).toBe(true);
      expect(SharedServiceNetworkConnection.isSharedServiceNetworkConnection(vpc)).toBe(false);
      expect(SharedServiceNetworkConnection.isSharedServiceNetworkConnection(undefined)).toBe(false);
      expect(SharedServiceNetworkConnection.isSharedServiceNetworkConnection(null)).toBe(false);
    });
  });

  describe('errors', () => {
    test.each([
      'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0',
      'sn-0123456789abcdef0',
    ])('rejects serviceNetworkArn %s', (value) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedServiceNetworkConnection(stack, 'Network', { vpc, serviceNetworkArn: value }))
        .toThrow(new RegExp(`serviceNetworkArn must be an ARN like .* got '${value.replace(/[/.]/g, '\\$&')}'`));
    });

    test('requires exactly one service network', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedServiceNetworkConnection(stack, 'Network', { vpc }))
        .toThrow(/Give exactly one of serviceNetwork, serviceNetworkArn; got none/);
    });

    test('rejects vpcSubnets with a VPC association', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedServiceNetworkConnection(stack, 'Network', {
        vpc,
        serviceNetworkArn: NETWORK_ARN,
        connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      })).toThrow(/vpcSubnets only applies to ServiceNetworkConnectionType.ENDPOINT, got connectionType 'VPC_ASSOCIATION'/);
    });

    test('rejects port 70000', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // THEN
      expect(() => new SharedServiceNetworkConnection(stack, 'Network', { vpc, serviceNetworkArn: NETWORK_ARN, port: 70000 }))
        .toThrow(/port must be a whole number from 1 to 65535, got 70000/);
    });
  });
});

const RDS_HOSTNAME = 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com';
const ID = '[ack: cdk-lattice-shared-database:customDomainNotResolved]';

/**
 * Private DNS for the provider's custom domain name. "By default, the private DNS preference is set
 * to VERIFIED_DOMAINS_ONLY [...] private hosted zones are created only if the custom domain name has
 * been verified by the provider"; VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS provisions zones "for all
 * verified custom domain names and other domain names that the resource consumer specifies"; with
 * ALL_DOMAINS or SPECIFIED_DOMAINS_ONLY "VPC Lattice creates private hosted zones regardless of the
 * verification status" (VPC Lattice User Guide, Custom domain names for resource consumers,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html). An RDS hostname
 * lies under amazonaws.com, which no provider can verify (a verification is "a TXT record in your
 * DNS zone", https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-and-verify.html).
 */
describe('SharedDatabaseEndpoint: the name applications connect by', () => {
  /** A provider in the same app: a gateway in its own VPC and a PostgreSQL instance. */
  function provider(stack: Stack): { gateway: ResourceGateway; db: rds.DatabaseInstance } {
    const vpc = new ec2.Vpc(stack, 'ProviderVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    const db = new rds.DatabaseInstance(stack, 'Db', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
    });
    return { gateway, db };
  }

  test('customDomainName: the preference lists exactly that name, and hostname and the Hostname output are it', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, customDomainName: RDS_HOSTNAME });

    // THEN
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      PrivateDnsEnabled: true,
      DnsOptions: {
        PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS',
        PrivateDnsSpecifiedDomains: [RDS_HOSTNAME],
      },
    });
    expect(endpoint.hostname).toBe(RDS_HOSTNAME);
    expect(endpoint.customDomainName).toBe(RDS_HOSTNAME);
    template.hasOutput('*', { Value: RDS_HOSTNAME, Description: Match.stringLikeRegexp('custom domain name') });
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('customDomainNotResolved'));
  });

  test('without a custom domain name: no DNS options, and hostname and the outputs are the generated DNS name and entries', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432 });

    // THEN
    const template = Template.fromStack(stack);
    const logicalId = stack.getLogicalId(endpoint.node.findChild('Resource') as ec2.CfnVPCEndpoint);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', { DnsOptions: Match.absent() });
    expect(endpoint.customDomainName).toBeUndefined();
    expect(stack.resolve(endpoint.hostname)).toEqual(stack.resolve(endpoint.dnsName));
    template.hasOutput('*', { Value: stack.resolve(endpoint.dnsName), Description: Match.stringLikeRegexp('generated') });
    template.hasOutput('*', { Value: { 'Fn::Join': [',', { 'Fn::GetAtt': [logicalId, 'DnsEntries'] }] } });
  });

  test('outputs false adds no stack outputs', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, customDomainName: RDS_HOSTNAME, outputs: false });

    // THEN
    expect(Template.fromStack(stack).toJSON().Outputs).toBeUndefined();
  });

  test('a configuration of this app with customDomainNameFromDatabase: the endpoint lists the RDS hostname', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const { gateway, db } = provider(stack);
    const shared = new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db, customDomainNameFromDatabase: true });

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Endpoint', { vpc, resourceConfiguration: shared });

    // THEN
    const address = { 'Fn::GetAtt': [stack.getLogicalId(db.node.defaultChild as rds.CfnDBInstance), 'Endpoint.Address'] };
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
      DnsOptions: { PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS', PrivateDnsSpecifiedDomains: [address] },
    });
    expect(stack.resolve(endpoint.hostname)).toEqual(address);
  });

  // README, Upgrading: the one template of an earlier release this changes, and the way to keep it
  test('a configuration of this app with an unverified custom domain name of its own: the endpoint lists it; a deletion override keeps the earlier template', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const { gateway, db } = provider(stack);
    const shared = new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db, customDomainName: 'orders.example.com' });

    // WHEN
    const listed = new SharedDatabaseEndpoint(stack, 'Listed', { vpc, resourceConfiguration: shared });
    const kept = new SharedDatabaseEndpoint(stack, 'Kept', { vpc, resourceConfiguration: shared });
    (kept.node.defaultChild as ec2.CfnVPCEndpoint).addPropertyDeletionOverride('DnsOptions');

    // THEN
    const endpoints = Template.fromStack(stack).findResources('AWS::EC2::VPCEndpoint');
    expect(endpoints[stack.getLogicalId(listed.node.defaultChild as ec2.CfnVPCEndpoint)].Properties.DnsOptions).toEqual({
      PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS', PrivateDnsSpecifiedDomains: ['orders.example.com'],
    });
    expect(endpoints[stack.getLogicalId(kept.node.defaultChild as ec2.CfnVPCEndpoint)].Properties.DnsOptions).toBeUndefined();
    expect(listed.hostname).toBe('orders.example.com');
  });

  test('a configuration of this app with a verified custom domain name: the service default resolves it, no DNS options', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const { gateway, db } = provider(stack);
    const shared = new LatticeSharedDatabase(stack, 'Shared', {
      resourceGateway: gateway, instance: db, customDomainName: 'orders.example.com', domainVerificationId: 'dv-0123456789abcdef0',
    });

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Endpoint', { vpc, resourceConfiguration: shared });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', { PrivateDnsEnabled: true, DnsOptions: Match.absent() });
    expect(endpoint.hostname).toBe('orders.example.com');
  });

  test('a given preference is written as given: ALL_DOMAINS resolves the name', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Db', {
      vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, customDomainName: RDS_HOSTNAME, privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS,
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', { DnsOptions: { PrivateDnsPreference: 'ALL_DOMAINS' } });
    expect(endpoint.hostname).toBe(RDS_HOSTNAME);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('customDomainNotResolved'));
  });

  test('a wildcard that covers the name resolves it', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Db', {
      vpc,
      resourceConfigurationArn: CONFIG_ARN,
      port: 5432,
      customDomainName: RDS_HOSTNAME,
      privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
      privateDnsSpecifiedDomains: ['*.us-east-1.rds.amazonaws.com'],
    });

    // THEN
    expect(endpoint.hostname).toBe(RDS_HOSTNAME);
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('customDomainNotResolved'));
  });

  test.each<[string, Partial<SharedDatabaseEndpointProps>, string]>([
    ['VERIFIED_DOMAINS_ONLY', { privateDnsPreference: PrivateDnsPreference.VERIFIED_DOMAINS_ONLY }, 'it cannot be verified'],
    ['SPECIFIED_DOMAINS_ONLY without the name', {
      privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY, privateDnsSpecifiedDomains: ['reports.example.com'],
    }, 'does not list it'],
    ['VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS without the name', {
      privateDnsPreference: PrivateDnsPreference.VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS, privateDnsSpecifiedDomains: ['*.example.com'],
    }, 'does not list it'],
    ['private DNS off', { privateDnsEnabled: false }, 'privateDnsEnabled is false'],
  ])('%s leaves the RDS hostname unresolved: warns, and hostname is the generated name', (_name, props, reason) => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    const endpoint = new SharedDatabaseEndpoint(stack, 'Db', { vpc, resourceConfigurationArn: CONFIG_ARN, port: 5432, customDomainName: RDS_HOSTNAME, ...props });

    // THEN
    expect(endpoint.customDomainName).toBeUndefined();
    expect(stack.resolve(endpoint.hostname)).toEqual(stack.resolve(endpoint.dnsName));
    Annotations.fromStack(stack).hasWarning('/Consumer/Db', Match.stringLikeRegexp(`customDomainName '${RDS_HOSTNAME.replace(/\./g, '\\.')}' gets no private hosted zone .*${reason}.*\\${ID.slice(0, -1)}`));
  });

  test('fromProviderOutputs takes the printed values: the port as a string, an empty custom domain name as none', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const app = new ec2.SecurityGroup(stack, 'App', { vpc, allowAllOutbound: false });

    // WHEN
    const withName = SharedDatabaseEndpoint.fromProviderOutputs(stack, 'Orders',
      { resourceConfigurationArn: CONFIG_ARN, databasePort: '5432', customDomainName: RDS_HOSTNAME }, { vpc });
    const without = SharedDatabaseEndpoint.fromProviderOutputs(stack, 'Reports',
      { resourceConfigurationArn: CONFIG_ARN, databasePort: ' 3306 ', customDomainName: '' }, { vpc, outputs: false });
    withName.connections.allowDefaultPortFrom(app);

    // THEN
    expect(withName.port).toBe(5432);
    expect(withName.hostname).toBe(RDS_HOSTNAME);
    expect(without.port).toBe(3306);
    expect(without.customDomainName).toBeUndefined();
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ResourceConfigurationArn: CONFIG_ARN,
      DnsOptions: { PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS', PrivateDnsSpecifiedDomains: [RDS_HOSTNAME] },
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 5432, ToPort: 5432 });
  });

  // shared parameters work in "AWS CloudFormation template parameters", not in dynamic references
  // (Working with shared parameters, https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-shared-parameters.html)
  test('fromProviderOutputs takes values only known at deploy time, such as shared SSM parameters read as template parameters', () => {
    // GIVEN
    const { stack, vpc } = makeStack();
    const read = (id: string) => ssm.StringParameter.fromStringParameterArn(stack, id,
      `arn:aws:ssm:us-east-1:111111111111:parameter/shared-db/orders/${id.toLowerCase()}`).stringValue;

    // WHEN
    const endpoint = SharedDatabaseEndpoint.fromProviderOutputs(stack, 'Orders', {
      resourceConfigurationArn: read('Arn'), databasePort: read('Port'), customDomainName: read('Hostname'),
    }, { vpc });
    endpoint.connections.allowDefaultPortFrom(new ec2.SecurityGroup(stack, 'App', { vpc, allowAllOutbound: false }));

    // THEN
    const template = Template.fromStack(stack).toJSON();
    const parameters = Object.entries(template.Parameters as Record<string, { Type: string; Default: string }>)
      .filter(([, p]) => p.Type === 'AWS::SSM::Parameter::Value<String>' && p.Default.startsWith('arn:aws:ssm:'));
    expect(parameters).toHaveLength(3);
    const ref = (suffix: string) => ({ Ref: parameters.find(([, p]) => p.Default.endsWith(suffix))![0] });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ResourceConfigurationArn: ref('/arn'),
      DnsOptions: { PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS', PrivateDnsSpecifiedDomains: [ref('/hostname')] },
    });
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: ref('/port'), ToPort: ref('/port') });
  });
});

describe('SharedServiceNetworkConnection: custom domain names', () => {
  test.each([ServiceNetworkConnectionType.ENDPOINT, ServiceNetworkConnectionType.VPC_ASSOCIATION])(
    'customDomainNames become the specified domains of %s, with VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS', (connectionType) => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new SharedServiceNetworkConnection(stack, 'Network', {
        vpc, serviceNetworkArn: NETWORK_ARN, connectionType, customDomainNames: [RDS_HOSTNAME, 'reports.example.com'],
      });

      // THEN
      const type = connectionType === ServiceNetworkConnectionType.ENDPOINT ? 'AWS::EC2::VPCEndpoint' : 'AWS::VpcLattice::ServiceNetworkVpcAssociation';
      Template.fromStack(stack).hasResourceProperties(type, {
        PrivateDnsEnabled: true,
        DnsOptions: {
          PrivateDnsPreference: 'VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS',
          PrivateDnsSpecifiedDomains: [RDS_HOSTNAME, 'reports.example.com'],
        },
      });
    });

  test('a given preference wins, and a name it does not cover warns', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    new SharedServiceNetworkConnection(stack, 'Network', {
      vpc,
      serviceNetworkArn: NETWORK_ARN,
      customDomainNames: [RDS_HOSTNAME],
      privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
      privateDnsSpecifiedDomains: ['reports.example.com'],
    });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', {
      DnsOptions: { PrivateDnsPreference: 'SPECIFIED_DOMAINS_ONLY', PrivateDnsSpecifiedDomains: ['reports.example.com'] },
    });
    Annotations.fromStack(stack).hasWarning('/Consumer/Network', Match.stringLikeRegexp(`customDomainNames '${RDS_HOSTNAME.replace(/\./g, '\\.')}' gets no private hosted zone`));
  });

  test('without customDomainNames nothing changes', () => {
    // GIVEN
    const { stack, vpc } = makeStack();

    // WHEN
    new SharedServiceNetworkConnection(stack, 'Network', { vpc, serviceNetworkArn: NETWORK_ARN });

    // THEN
    Template.fromStack(stack).hasResourceProperties('AWS::EC2::VPCEndpoint', { DnsOptions: Match.absent() });
  });
});
