import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  ClusterEndpointType,
  CrossAccountShare,
  LatticeSharedDatabaseGroup,
  LatticeSharedDatabaseGroupMember,
  ResourceGateway,
  ServiceNetwork,
  SharedDatabaseEndpoint,
  SharePrincipal,
} from '../src';

/*
 * GROUP and CHILD resource configurations: what CreateResourceConfiguration allows for each type
 * (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html):
 * resourceGatewayIdentifier "(SINGLE, GROUP, ARN) [...] For a child resource configuration, this value
 * is inherited from the parent"; resourceConfigurationGroupIdentifier "(CHILD)"; portRanges "(SINGLE,
 * GROUP, CHILD)"; protocol "(SINGLE, GROUP)"; allowAssociationToShareableServiceNetwork "(SINGLE, GROUP,
 * ARN)"; groupDomain "(GROUP)". A child "represents an IP address or a domain name" and "can only be
 * shared as part of a group" (https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types).
 */

interface Fixture {
  readonly stack: Stack;
  readonly vpc: ec2.Vpc;
  readonly gateway: ResourceGateway;
  readonly dbSg: ec2.SecurityGroup;
}

function fixture(): Fixture {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
  const dbSg = new ec2.SecurityGroup(stack, 'DbSg', { vpc, allowAllOutbound: false });
  return { stack, vpc, gateway, dbSg };
}

function postgresInstance(f: Fixture, id = 'Orders'): rds.DatabaseInstance {
  return new rds.DatabaseInstance(f.stack, id, {
    vpc: f.vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
    securityGroups: [f.dbSg],
  });
}

function auroraMysqlCluster(f: Fixture): rds.DatabaseCluster {
  return new rds.DatabaseCluster(f.stack, 'Analytics', {
    vpc: f.vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.provisioned('Writer'),
    readers: [rds.ClusterInstance.provisioned('Reader')],
  });
}

const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as any);
const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });

describe('LatticeSharedDatabaseGroup', () => {
  test('the group is a GROUP configuration on the gateway with TCP; each member a CHILD on its hostname and port, without gateway or protocol', () => {
    // GIVEN
    const f = fixture();
    const orders = postgresInstance(f);
    const analytics = auroraMysqlCluster(f);

    // WHEN
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway });
    const ordersMember = group.addDatabase('Orders', { instance: orders });
    const writer = group.addDatabase('AnalyticsWriter', { cluster: analytics });
    const reader = group.addDatabase('AnalyticsReader', { cluster: analytics, clusterEndpoint: ClusterEndpointType.READER });

    // THEN
    const template = Template.fromStack(f.stack);
    const groupId = logicalId(f.stack, group);
    template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 4);
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'GROUP',
      ResourceGatewayId: getAtt(logicalId(f.stack, f.gateway), 'Id'),
      ResourceConfigurationDefinition: Match.absent(),
      ProtocolType: 'TCP',
      // the ports of the members, each once
      PortRanges: ['5432', '3306'],
      AllowAssociationToSharableServiceNetwork: true,
      GroupDomain: Match.absent(),
    });
    const child = (domainName: unknown, port: string) => template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'CHILD',
      ResourceConfigurationGroupId: getAtt(groupId, 'Id'),
      ResourceConfigurationDefinition: { DnsResource: { DomainName: domainName, IpAddressType: 'IPV4' } },
      PortRanges: [port],
      ResourceGatewayId: Match.absent(),
      ProtocolType: Match.absent(),
      AllowAssociationToSharableServiceNetwork: Match.absent(),
      CustomDomainName: Match.absent(),
    });
    child(getAtt(logicalId(f.stack, orders), 'Endpoint.Address'), '5432');
    child(getAtt(logicalId(f.stack, analytics), 'Endpoint.Address'), '3306');
    child(getAtt(logicalId(f.stack, analytics), 'ReadEndpoint.Address'), '3306');
    expect(group.members).toEqual([ordersMember, writer, reader]);
    expect(group.port).toBeUndefined();
    expect(ordersMember.port).toBe(5432);
    expect(reader.port).toBe(3306);
    expect(f.stack.resolve(reader.domainName)).toEqual(getAtt(logicalId(f.stack, analytics), 'ReadEndpoint.Address'));
    expect(ordersMember).toBeInstanceOf(LatticeSharedDatabaseGroupMember);
  });

  test('the group without members has no port ranges', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'GROUP',
      PortRanges: Match.absent(),
    });
  });

  test('each database admits its own port from the group gateway only', () => {
    // GIVEN
    const f = fixture();
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway });

    // WHEN
    group.addDatabase('Orders', { instance: postgresInstance(f) });
    group.addDatabase('Analytics', { cluster: auroraMysqlCluster(f) });

    // THEN
    const template = Template.fromStack(f.stack);
    const gatewaySg = Object.keys(template.findResources('AWS::EC2::SecurityGroup', {
      Properties: { GroupDescription: Match.stringLikeRegexp('^VPC Lattice resource gateway') },
    }))[0];
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 5432, ToPort: 5432, GroupId: getAtt(logicalId(f.stack, f.dbSg), 'GroupId'), SourceSecurityGroupId: getAtt(gatewaySg, 'GroupId'),
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 3306, ToPort: 3306, SourceSecurityGroupId: getAtt(gatewaySg, 'GroupId') });
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { FromPort: 5432, ToPort: 5432, GroupId: getAtt(gatewaySg, 'GroupId') });
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { FromPort: 3306, ToPort: 3306, GroupId: getAtt(gatewaySg, 'GroupId') });
  });

  // groupDomain "(GROUP) [...] Any domains that you create for the child resource are subdomains of the
  // group domain" (CreateResourceConfiguration); GroupDomain "Update requires: Replacement"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
  test('groupDomain on the group and subdomains on the members; the group warns that its domain replaces it', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway, groupDomain: 'db.example.com' });
    const orders = group.addDatabase('Orders', { instance: postgresInstance(f), customDomainName: 'orders.db.example.com' });

    // THEN
    const template = Template.fromStack(f.stack);
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { ResourceConfigurationType: 'GROUP', GroupDomain: 'db.example.com' });
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { ResourceConfigurationType: 'CHILD', CustomDomainName: 'orders.db.example.com' });
    expect(group.groupDomain).toBe('db.example.com');
    expect(orders.customDomainName).toBe('orders.db.example.com');
    const annotations = Annotations.fromStack(f.stack);
    annotations.hasWarning('/Stack/Group', Match.stringLikeRegexp("groupDomain 'db.example.com' cannot change after deployment.*groupDomainReplaces"));
    annotations.hasWarning('/Stack/Group/Orders', Match.stringLikeRegexp('customDomainNameReplaces'));
    expect(annotations.findWarning('*', Match.stringLikeRegexp('memberDomainWithoutGroupDomain'))).toEqual([]);
  });

  // "If the group doesn't have a group domain, you can use any custom domain name for the child, but VPC
  // Lattice will not provision any hosted zones for the child domain names in the resource consumer's VPC"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
  test('a member custom domain without a group domain warns that no hosted zones are provisioned', () => {
    // GIVEN
    const f = fixture();
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway });

    // WHEN
    group.addDatabase('Orders', { instance: postgresInstance(f), customDomainName: 'orders.example.com' });

    // THEN
    Annotations.fromStack(f.stack).hasWarning('/Stack/Group/Orders',
      Match.stringLikeRegexp("customDomainName 'orders.example.com' is on a member of group Stack/Group, which has no groupDomain: VPC Lattice provisions no hosted zones"));
  });

  test('the group is a resource configuration: shared, associated and reached by one endpoint; its members are not', () => {
    // GIVEN
    const f = fixture();
    const network = new ServiceNetwork(f.stack, 'Network');
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway, serviceNetworks: [network] });
    group.addDatabase('Orders', { instance: postgresInstance(f) });

    // WHEN
    new CrossAccountShare(f.stack, 'Share', { principals: [SharePrincipal.account('222222222222')], resourceConfigurations: [group] });
    const consumerVpc = new ec2.Vpc(f.stack, 'ConsumerVpc', {
      maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    new SharedDatabaseEndpoint(f.stack, 'Endpoint', { vpc: consumerVpc, resourceConfiguration: group, port: 5432 });

    // THEN
    const template = Template.fromStack(f.stack);
    const groupId = logicalId(f.stack, group);
    template.hasResourceProperties('AWS::RAM::ResourceShare', { ResourceArns: [getAtt(groupId, 'Arn')] });
    template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', { ResourceConfigurationId: getAtt(groupId, 'Id'), PrivateDnsEnabled: true });
    template.hasResourceProperties('AWS::EC2::VPCEndpoint', { VpcEndpointType: 'Resource', ResourceConfigurationArn: getAtt(groupId, 'Arn') });
    // the members have no resourceConfigurationArn on an IResourceConfiguration: nothing shares one alone
    expect('associateWith' in group.members[0]).toBe(false);
  });

  test('resource access logs of the group are on by default, and off with accessLogs false', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const on = new LatticeSharedDatabaseGroup(f.stack, 'On', { resourceGateway: f.gateway });
    new LatticeSharedDatabaseGroup(f.stack, 'Off', { resourceGateway: f.gateway, accessLogs: false });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 1);
    template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', { ResourceIdentifier: getAtt(logicalId(f.stack, on), 'Id') });
    expect(on.accessLogSubscription).toBeDefined();
  });

  test('generated names are valid, distinct and within 40 characters', () => {
    // GIVEN
    const f = fixture();
    const group = new LatticeSharedDatabaseGroup(f.stack, 'GroupWithAVeryLongConstructIdThatMustBeShortened', { resourceGateway: f.gateway });

    // WHEN
    group.addDatabase('OrdersDatabaseWithAVeryLongConstructId', { instance: postgresInstance(f) });
    group.addDatabase('AnalyticsWriter', { cluster: auroraMysqlCluster(f) });

    // THEN
    const names = Object.values(Template.fromStack(f.stack).findResources('AWS::VpcLattice::ResourceConfiguration'))
      .map(r => r.Properties.Name as string);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).toMatch(/^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$/);
    }
  });

  // "Child Resource Configurations per Group Resource Configuration": 60 by default, adjustable
  // (VPC Lattice User Guide, Quotas, https://docs.aws.amazon.com/vpc-lattice/latest/ug/quotas.html)
  test('a 61st member warns about the quota of 60 children per group (adjustable, so no error)', () => {
    // GIVEN
    const f = fixture();
    const group = new LatticeSharedDatabaseGroup(f.stack, 'Group', { resourceGateway: f.gateway });
    const imported = (i: number) => rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, `Db${i}`, {
      instanceIdentifier: `db${i}`,
      instanceEndpointAddress: `db${i}.abcdefghijkl.us-east-1.rds.amazonaws.com`,
      port: 5432,
      securityGroups: [f.dbSg],
    });

    // WHEN: 60 members give no warning, the 61st does
    for (let i = 1; i <= 60; i++) {
      group.addDatabase(`Member${i}`, { instance: imported(i) });
    }
    const before = Annotations.fromStack(f.stack).findWarning('*', Match.stringLikeRegexp('groupMemberQuota'));
    group.addDatabase('Member61', { instance: imported(61) });

    // THEN
    expect(before).toEqual([]);
    Annotations.fromStack(f.stack).hasWarning('/Stack/Group', Match.stringLikeRegexp("more than 60 members \\(the 61st is 'Stack/Group/Member61'\\).*L-9BC96FEF"));
  });
});

describe('CloudFormation validation', () => {
  test('a group with a domain, an instance member and a cluster writer and reader pass the built-in template validation', () => {
    // GIVEN: validation on, even when CDK_VALIDATION=false is set for the other tests
    const saved = process.env.CDK_VALIDATION;
    delete process.env.CDK_VALIDATION;
    const app = new App({ builtinCloudFormationValidation: true });
    const stack = new Stack(app, 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    const f: Fixture = { stack, vpc, gateway: new ResourceGateway(stack, 'Gateway', { vpc }), dbSg: new ec2.SecurityGroup(stack, 'DbSg', { vpc }) };
    const cluster = auroraMysqlCluster(f);

    // WHEN
    const group = new LatticeSharedDatabaseGroup(stack, 'Group', { resourceGateway: f.gateway, groupDomain: 'db.example.com' });
    group.addDatabase('Orders', { instance: postgresInstance(f), customDomainName: 'orders.db.example.com' });
    group.addDatabase('Writer', { cluster });
    group.addDatabase('Reader', { cluster, clusterEndpoint: ClusterEndpointType.READER });

    let report: { pluginReports: Array<{ violations: Array<{ description: string; violatingConstructs: Array<{ constructPath: string }> }> }> };
    try {
      const assembly = app.synth();
      // readFileSync throws when validation did not run
      report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
    } finally {
      if (saved !== undefined) {
        process.env.CDK_VALIDATION = saved;
      }
    }

    // THEN: no finding on anything this library creates
    const ours = report.pluginReports.flatMap(r => r.violations)
      .flatMap(v => v.violatingConstructs.map(c => `${c.constructPath}: ${v.description}`))
      .filter(finding => /^Stack\/(Gateway|Group)\//.test(finding));
    expect(ours).toEqual([]);
  });
});
