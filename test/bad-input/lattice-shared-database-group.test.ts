import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Case, errorOf, Fixture, runCases, runWarningCases, WarningCase } from './fixture';
import {
  ClusterEndpointType,
  GroupDatabaseOptions,
  LatticeSharedDatabaseGroup,
  LatticeSharedDatabaseGroupMember,
  LatticeSharedDatabaseGroupProps,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  ServiceNetwork,
} from '../../src';

/** `new LatticeSharedDatabaseGroup` on the fixture's gateway, with `props` on top. */
const group = (f: Fixture, props: Partial<LatticeSharedDatabaseGroupProps> = {}) =>
  new LatticeSharedDatabaseGroup(f.stack, 'G', { resourceGateway: f.gateway, ...props });
/** a group with the fixture's instance added with `options` */
const member = (f: Fixture, options: Partial<GroupDatabaseOptions>, props: Partial<LatticeSharedDatabaseGroupProps> = {}) =>
  group(f, props).addDatabase('M', { instance: f.instance, ...options });
/** a group with the fixture's Aurora cluster added with `options` */
const clusterMember = (f: Fixture, options: Partial<GroupDatabaseOptions>) =>
  group(f).addDatabase('M', { cluster: f.cluster, ...options });
/** an instance imported with an address and a security group */
const importedInstance = (f: Fixture, id: string) => rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, id, {
  instanceIdentifier: id.toLowerCase(),
  instanceEndpointAddress: `${id.toLowerCase()}.abcdefghijkl.us-east-1.rds.amazonaws.com`,
  port: 5432,
  securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(f.stack, `${id}Sg`, 'sg-0123456789abcdef0')],
});

const cases: Case[] = [
  // the group: Name 3-40 characters, "(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+"; groupDomain 3-255
  // characters (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  ['group name with the reserved prefix', (f, v) => group(f, { resourceConfigurationName: v }), 'rcfg-databases', 'databases', 'resourceConfigurationName', "'rcfg-databases'"],
  ['group name as a number', (f, v) => group(f, { resourceConfigurationName: v }), 42, 'databases', 'resourceConfigurationName', 'got 42'],
  ['groupDomain that is no domain', (f, v) => group(f, { groupDomain: v }), 'Databases', 'db.example.com', 'groupDomain', "'Databases'"],
  ['groupDomain of 256 characters', (f, v) => group(f, { groupDomain: v }), `${'a.'.repeat(126)}abcd`, 'db.example.com', 'groupDomain', 'it has 256'],
  ['groupDomain with a label of 64 characters', (f, v) => group(f, { groupDomain: v }), `${'a'.repeat(64)}.example.com`, 'db.example.com', 'groupDomain', 'has 64'],
  // AllowAssociationToSharableServiceNetwork, PrivateDnsEnabled "Type: Boolean"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
  ['allowAssociationToSharableServiceNetwork as a string', (f, v) => group(f, { allowAssociationToSharableServiceNetwork: v }),
    'false', false, 'allowAssociationToSharableServiceNetwork', "got 'false'"],
  ['privateDnsEnabled as a string', (f, v) => group(f, { privateDnsEnabled: v }), 'true', true, 'privateDnsEnabled', "got 'true'"],
  // allowAssociationToShareableServiceNetwork "(SINGLE, GROUP, ARN) Specifies whether the resource
  // configuration can be associated with a sharable service network" (CreateResourceConfiguration)
  ['non-sharable group in a shareable network', (f, v) => group(f, {
    allowAssociationToSharableServiceNetwork: v, serviceNetworks: [new ServiceNetwork(f.stack, 'Network')],
  }), false, true, 'allowAssociationToSharableServiceNetwork', 'got false'],
  ['resourceGateway that is a gateway id', (f, v) => new LatticeSharedDatabaseGroup(f.stack, 'G', { resourceGateway: v(f) }),
    () => 'rgw-0123456789abcdef0', (f: Fixture) => f.gateway, 'resourceGateway', "'rgw-0123456789abcdef0'"],
  ['serviceNetworks that is a single network', (f, v) => group(f, { serviceNetworks: v(new ServiceNetwork(f.stack, 'Network')) }),
    (n: ServiceNetwork) => n, (n: ServiceNetwork) => [n], 'serviceNetworks', "'Provider/Network'"],

  // a member
  ['member with neither instance nor cluster', (f, v) => group(f).addDatabase('M', { instance: v(f) }),
    () => undefined, (f: Fixture) => f.instance, 'instance, cluster', 'got none'],
  ['member with both instance and cluster', (f, v) => member(f, { cluster: v(f) }),
    (f: Fixture) => f.cluster, () => undefined, 'instance and cluster', "instance 'Provider/Db'"],
  // a child "represents an IP address or a domain name"
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types)
  ['member in ARN mode (a key copied from LatticeSharedDatabaseProps)', (f, v) => member(f, { mode: v } as Partial<GroupDatabaseOptions>),
    'ARN', undefined, 'mode', "mode 'ARN'"],
  ['member clusterEndpoint with an instance', (f, v) => member(f, { clusterEndpoint: v }), ClusterEndpointType.READER, undefined, 'clusterEndpoint', "'READER'"],
  ['member clusterEndpoint in lowercase', (f, v) => clusterMember(f, { clusterEndpoint: v }), 'reader', ClusterEndpointType.READER, 'clusterEndpoint', "got 'reader'"],
  // portRanges "(SINGLE, GROUP, CHILD) The TCP port ranges [...] (for example: 1-65535)" (CreateResourceConfiguration)
  ['member port 0', (f, v) => member(f, { port: v }), 0, 5432, 'port', 'got 0'],
  ['member port NaN', (f, v) => member(f, { port: v }), NaN, 5432, 'port', 'got NaN'],
  // "the child resource configurations can have custom domains that are subdomains of the group domain"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
  ['member domain outside the group domain', (f, v) => member(f, { customDomainName: v }, { groupDomain: 'db.example.com' }),
    'orders.example.org', 'orders.db.example.com', 'customDomainName', "'orders.example.org'"],
  ['member domain equal to the group domain', (f, v) => member(f, { customDomainName: v }, { groupDomain: 'db.example.com' }),
    'db.example.com', 'orders.db.example.com', 'customDomainName', "got 'db.example.com'"],
  ['member domain that is no domain', (f, v) => member(f, { customDomainName: v }), 'Orders DB', 'orders.example.com', 'customDomainName', "'Orders DB'"],
  ['member name with two hyphens', (f, v) => member(f, { resourceConfigurationName: v }), 'orders--db', 'orders-db', 'resourceConfigurationName', "'orders--db'"],
  // RDS endpoint names resolve to IPv4 addresses: an IPv6-only gateway reaches none
  ['member behind an IPv6-only gateway', (f, v) => new LatticeSharedDatabaseGroup(f.stack, 'G', {
    resourceGateway: new ResourceGateway(f.stack, 'V6', { vpc: f.vpc, ipAddressType: v }),
  }).addDatabase('M', { instance: f.instance }), ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.IPV4, 'resourceGateway', 'ipAddressType IPV6'],
  // DnsResource DomainName, "Required: Yes"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-dnsresource.html)
  ['member reader of an imported cluster without reader address', (f, v) => group(f).addDatabase('M', {
    cluster: rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imported', {
      clusterIdentifier: 'orders',
      clusterEndpointAddress: 'orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com',
      readerEndpointAddress: v,
      port: 3306,
      engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    }),
    clusterEndpoint: ClusterEndpointType.READER,
  }), undefined, 'orders.cluster-ro-abcdefghijkl.us-east-1.rds.amazonaws.com', 'cluster', 'readerEndpointAddress'],
  ['the same database endpoint twice', (f, v) => {
    const g = group(f);
    g.addDatabase('A', { instance: f.instance });
    return g.addDatabase('B', { instance: v(f) });
  }, (f: Fixture) => f.instance, (f: Fixture) => importedInstance(f, 'Other'), 'instance', "'Provider/Db' is already a member of group 'Provider/G' as 'Provider/G/A'"],
  ['member whose group is a group name', (f, v) => new LatticeSharedDatabaseGroupMember(f.stack, 'M', { group: v(f), instance: f.instance }),
    () => 'databases', (f: Fixture) => group(f), 'group', "got 'databases'"],
];

const warnings: WarningCase[] = [
  // "If the group doesn't have a group domain, you can use any custom domain name for the child, but VPC
  // Lattice will not provision any hosted zones for the child domain names" (page above)
  ['member domain without a group domain', (f, v) => member(f, { customDomainName: 'orders.db.example.com' }, { groupDomain: v }),
    undefined, 'db.example.com', 'memberDomainWithoutGroupDomain', 'orders.db.example.com'],
  // GroupDomain "Update requires: Replacement" (AWS::VpcLattice::ResourceConfiguration)
  ['a group domain', (f, v) => group(f, { groupDomain: v }), 'db.example.com', undefined, 'groupDomainReplaces', 'db.example.com'],
  ['a fixed group name', (f, v) => group(f, { resourceConfigurationName: v }), 'databases', undefined, 'fixedConfigurationName', 'databases'],
  ['a member port the database does not listen on', (f, v) => member(f, { port: v }), 6432, 5432, 'portDiffersFromDatabase', '6432'],
  ['a key that is no member prop', (f, v) => member(f, v), { mode: 'DNS' }, {}, 'unknownProp', "mode 'DNS'"],
];

describe('LatticeSharedDatabaseGroup refuses bad input', () => {
  runCases(cases);
});

describe('LatticeSharedDatabaseGroup warns of doubtful input', () => {
  runWarningCases(warnings);
});

describe('LatticeSharedDatabaseGroupMember reports every bad prop at once', () => {
  test('a bad port and a domain outside the group domain are both reported', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => member(f, { port: 0, customDomainName: 'orders.example.org' }, { groupDomain: 'db.example.com' }));

    // THEN
    expect(error.message.split('\n')).toEqual([
      'port must be a whole number from 1 to 65535, got 0',
      "customDomainName must be a subdomain of the group's groupDomain 'db.example.com' (such as 'orders.db.example.com'), got 'orders.example.org'",
    ]);
  });
});
