import { Aws } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Case, Fixture, PROVIDER, runCases } from './fixture';
import { ResourceConfigDnsResolution, ResourceGateway, ResourceGatewayIpAddressType } from '../../src';

const gateway = (f: Fixture, props: object) => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, ...props });
/** a value, or what a function of the fixture makes (for values that are constructs of the fixture's stack) */
const of = (f: Fixture, v: unknown): any => (typeof v === 'function' ? v(f) : v);
const sg = (f: Fixture, id = 'Sg', sgId = 'sg-0123456789abcdef0') => ec2.SecurityGroup.fromSecurityGroupId(f.stack, id, sgId);
const isolatedVpc = (f: Fixture, id: string, props: Partial<ec2.VpcProps> = {}) => new ec2.Vpc(f.stack, id, {
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  ...props,
});
/** a VPC whose subnets have IPv4 and IPv6 ranges, for DUALSTACK gateways */
const dualStackVpc = (f: Fixture) => isolatedVpc(f, 'DualStack', { ipProtocol: ec2.IpProtocol.DUAL_STACK });
/** a VPC whose subnets are IPv6-only (Ipv6Native, no IPv4 range), which ec2.Vpc makes only through escape hatches */
const ipv6OnlyVpc = (f: Fixture) => {
  const vpc = isolatedVpc(f, 'V6Only', { ipProtocol: ec2.IpProtocol.DUAL_STACK });
  for (const subnet of vpc.isolatedSubnets) {
    const cfn = subnet.node.defaultChild as ec2.CfnSubnet;
    cfn.ipv6Native = true;
    cfn.cidrBlock = undefined;
  }
  return vpc;
};
const GATEWAY_ARN = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`;
const importArn = (f: Fixture, v: string) => ResourceGateway.fromResourceGatewayArn(f.stack, 'G', v);
const importAttrs = (f: Fixture, attrs: object) => ResourceGateway.fromResourceGatewayAttributes(f.stack, 'G', { resourceGatewayId: 'rgw-0123456789abcdef0', ...attrs });

const cases: Case[] = [
  // props
  ['no props at all (JavaScript)', (f, v) => new ResourceGateway(f.stack, 'G', of(f, v)), undefined, (f: Fixture) => ({ vpc: f.vpc }), 'vpc', 'props undefined'],
  ['no vpc', (f, v) => new ResourceGateway(f.stack, 'G', { vpc: of(f, v) }), undefined, (f: Fixture) => f.vpc, 'vpc', 'got undefined'],
  ['vpc given as its id', (f, v) => new ResourceGateway(f.stack, 'G', { vpc: of(f, v) }), 'vpc-0123456789abcdef0', (f: Fixture) => f.vpc, 'vpc', "got 'vpc-0123456789abcdef0'"],

  // CloudFormation Name: 3-40 characters, pattern ^(?!rgw-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourcegateway.html)
  ['empty name', (f, v) => gateway(f, { resourceGatewayName: v }), '', 'orders', 'resourceGatewayName', "got ''"],
  ['name too short', (f, v) => gateway(f, { resourceGatewayName: v }), 'ab', 'abc', 'resourceGatewayName', "'ab'"],
  ['name with the reserved prefix', (f, v) => gateway(f, { resourceGatewayName: v }), 'rgw-orders', 'orders-rgw', 'resourceGatewayName', "'rgw-orders'"],
  ['name with uppercase and underscore', (f, v) => gateway(f, { resourceGatewayName: v }), 'Orders_Db', 'orders-db', 'resourceGatewayName', "'Orders_Db'"],
  ['name given as a number', (f, v) => gateway(f, { resourceGatewayName: v }), 123, 'orders', 'resourceGatewayName', 'got 123'],

  // IpAddressType allowed values IPV4 | IPV6 | DUALSTACK, ResourceConfigDnsResolution PUBLIC | IN_VPC
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourcegateway.html)
  ['ipAddressType in lowercase', (f, v) => gateway(f, { ipAddressType: v }), 'ipv4', ResourceGatewayIpAddressType.IPV4, 'ipAddressType', "got 'ipv4'"],
  ['resourceConfigDnsResolution in lowercase', (f, v) => gateway(f, { resourceConfigDnsResolution: v }), 'in_vpc', ResourceConfigDnsResolution.IN_VPC,
    'resourceConfigDnsResolution', "got 'in_vpc'"],
  // "You cannot set DNS Resolution to IN_VPC if the resource gateway uses IPv6-only subnets"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
  ['IN_VPC DNS resolution on an IPv6-only gateway', (f, v) => new ResourceGateway(f.stack, 'G', {
    vpc: dualStackVpc(f), ipAddressType: v, resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC,
  }), ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.DUALSTACK, 'resourceConfigDnsResolution', 'ipAddressType IPV6'],

  // Ipv4AddressesPerEni 1-62 (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
  ['ipv4AddressesPerEni 0', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), 0, 1, 'ipv4AddressesPerEni', 'got 0'],
  ['ipv4AddressesPerEni 63', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), 63, 62, 'ipv4AddressesPerEni', 'got 63'],
  ['ipv4AddressesPerEni 2.5', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), 2.5, 2, 'ipv4AddressesPerEni', 'got 2.5'],
  ['ipv4AddressesPerEni NaN', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), NaN, 16, 'ipv4AddressesPerEni', 'got NaN'],
  ['ipv4AddressesPerEni Infinity', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), Infinity, 16, 'ipv4AddressesPerEni', 'got Infinity'],
  ['ipv4AddressesPerEni as a string', (f, v) => gateway(f, { ipv4AddressesPerEni: v }), '8', 8, 'ipv4AddressesPerEni', "got '8'"],
  // IPv4 addresses per ENI only "If you selected IPv4 or Dualstack for the IP address type"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-resource-gateway.html)
  ['ipv4AddressesPerEni with IPV6', (f, v) => new ResourceGateway(f.stack, 'G', { vpc: dualStackVpc(f), ipAddressType: v, ipv4AddressesPerEni: 8 }),
    ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.DUALSTACK, 'ipv4AddressesPerEni', 'got 8'],

  // ipAddressType must suit every subnet: IPv4 "only if all selected subnets have IPv4 address ranges",
  // IPv6 "only if all selected subnets are IPv6 only subnets", Dualstack "only if all selected subnets
  // have both IPv4 and IPv6 address ranges" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html)
  ['DUALSTACK in a VPC without IPv6', (f, v) => new ResourceGateway(f.stack, 'G', {
    vpc: isolatedVpc(f, 'V', { ipProtocol: v }), ipAddressType: ResourceGatewayIpAddressType.DUALSTACK,
  }), ec2.IpProtocol.IPV4_ONLY, ec2.IpProtocol.DUAL_STACK, 'ipAddressType', "ipAddressType 'DUALSTACK'"],
  ['IPV6 in subnets with IPv4 ranges', (f, v) => gateway(f, { ipAddressType: v }), ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.IPV4,
    'ipAddressType', "ipAddressType 'IPV6'"],
  ['IPV4 in IPv6-only subnets', (f, v) => new ResourceGateway(f.stack, 'G', { vpc: ipv6OnlyVpc(f), ipAddressType: v }),
    ResourceGatewayIpAddressType.IPV4, ResourceGatewayIpAddressType.IPV6, 'ipAddressType', "ipAddressType 'IPV4'"],

  // security groups: at most 5 ("Maximum number of 5 items", UpdateResourceGateway,
  // https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html)
  ['six security groups', (f, v) => gateway(f, {
    securityGroups: Array.from({ length: v }, (_, i) => ec2.SecurityGroup.fromSecurityGroupId(f.stack, `Sg${i}`, `sg-0000000000000000${i}`)),
  }), 6, 5, 'securityGroups', 'got 6'],
  ['an empty list of security groups', (f, v) => gateway(f, { securityGroups: of(f, v) }), [], (f: Fixture) => [sg(f)], 'securityGroups', 'got 0'],
  ['a null security group', (f, v) => gateway(f, { securityGroups: [sg(f), of(f, v)] }), null, (f: Fixture) => sg(f, 'Sg2', 'sg-0123456789abcdef1'),
    'securityGroups[1]', 'got null'],
  ['one security group, not a list', (f, v) => gateway(f, { securityGroups: of(f, v) }), (f: Fixture) => sg(f), (f: Fixture) => [sg(f)],
    'securityGroups', "'Provider/Sg'"],
  ['a security group id instead of a group', (f, v) => gateway(f, { securityGroups: [of(f, v)] }), 'sg-0123456789abcdef0', (f: Fixture) => sg(f),
    'securityGroups[0]', "got 'sg-0123456789abcdef0'"],
  // security group ids sg-(([0-9a-z]{8})|([0-9a-z]{17})) (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html)
  ['a security group with a malformed id', (f, v) => gateway(f, { securityGroups: [sg(f, 'Sg', v)] }), 'sg-123', 'sg-01234567',
    'securityGroups[0]', "'sg-123'"],
  // "The security groups must be in the same VPC" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html)
  ['a security group of another VPC', (f, v) => gateway(f, { securityGroups: [new ec2.SecurityGroup(f.stack, 'Sg', { vpc: of(f, v) })] }),
    (f: Fixture) => f.consumerVpc, (f: Fixture) => f.vpc, 'securityGroups[0]', '{"Ref":"ConsumerVpc'],

  // subnet selections
  ['vpcSubnets given as a string', (f, v) => gateway(f, { vpcSubnets: v }), 'isolated', { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, 'vpcSubnets', "got 'isolated'"],
  ['vpcSubnets.subnetType in lowercase', (f, v) => gateway(f, { vpcSubnets: { subnetType: v } }), 'isolated', ec2.SubnetType.PRIVATE_ISOLATED,
    'vpcSubnets.subnetType', "got 'isolated'"],
  ['public subnets of a VPC with only isolated ones', (f, v) => gateway(f, { vpcSubnets: { subnetType: v } }), ec2.SubnetType.PUBLIC,
    ec2.SubnetType.PRIVATE_ISOLATED, 'vpcSubnets', '{"subnetType":"Public"} asks for PUBLIC'],
  ['private subnets of a VPC with only isolated ones', (f, v) => gateway(f, { vpcSubnets: { subnetType: v } }), ec2.SubnetType.PRIVATE_WITH_EGRESS,
    ec2.SubnetType.PRIVATE_ISOLATED, 'vpcSubnets', "'Isolated' (PRIVATE_ISOLATED, 2 subnets"],
  ['a subnet group the VPC does not have', (f, v) => gateway(f, { vpcSubnets: { subnetGroupName: v } }), 'Lattice', 'Isolated',
    'vpcSubnets', '{"subnetGroupName":"Lattice"}'],
  ['both a subnet type and a subnet group', (f, v) => gateway(f, { vpcSubnets: { subnetGroupName: 'Isolated', subnetType: v } }),
    ec2.SubnetType.PRIVATE_ISOLATED, undefined, 'vpcSubnets', 'subnetType and subnetGroupName'],
  ['an Availability Zone the VPC does not use', (f, v) => gateway(f, { vpcSubnets: { availabilityZones: of(f, v) } }),
    ['us-east-1a'], (f: Fixture) => f.vpc.availabilityZones, 'vpcSubnets.availabilityZones', '["us-east-1a"]'],
  ['a null Availability Zone', (f, v) => gateway(f, { vpcSubnets: { availabilityZones: [f.vpc.availabilityZones[0], of(f, v)] } }),
    null, (f: Fixture) => f.vpc.availabilityZones[1], 'vpcSubnets.availabilityZones[1]', 'got null'],
  ['a null subnet', (f, v) => gateway(f, { vpcSubnets: { subnets: [f.vpc.isolatedSubnets[0], of(f, v)] } }),
    null, (f: Fixture) => f.vpc.isolatedSubnets[1], 'vpcSubnets.subnets[1]', 'got null'],
  ['onePerAz as a string', (f, v) => gateway(f, { vpcSubnets: { onePerAz: v } }), 'true', true, 'vpcSubnets.onePerAz', "got 'true'"],
  ['a subnet filter that matches nothing', (f, v) => gateway(f, { vpcSubnets: { subnetFilters: [ec2.SubnetFilter.byIds(of(f, v))] } }),
    ['subnet-0123456789abcdef0'], (f: Fixture) => f.vpc.isolatedSubnets.map(s => s.subnetId), 'vpcSubnets', '{"subnetFilters":"<1 subnet filter>"} selects no subnets'],
  // the library's rule (the README promises two zones): consumers' endpoints only work in zones the
  // gateway also uses ("At least one Availability Zone of the VPC endpoint and the resource gateway
  // have to overlap", https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
  ['subnets in one Availability Zone', (f, v) => gateway(f, { vpcSubnets: { availabilityZones: v(f) } }),
    (f: Fixture) => [f.vpc.availabilityZones[0]], (f: Fixture) => f.vpc.availabilityZones, 'vpcSubnets', '["dummy1a"]'],
  ['one subnet', (f, v) => gateway(f, { vpcSubnets: { subnets: v(f) } }), (f: Fixture) => [f.vpc.isolatedSubnets[0]],
    (f: Fixture) => f.vpc.isolatedSubnets, 'vpcSubnets', '{"subnets":[{"Ref":"VpcIsolatedSubnet1Subnet'],
  ['one subnet imported without its Availability Zone', (f, v) => gateway(f, {
    vpcSubnets: { subnets: v.map((id: string, i: number) => ec2.Subnet.fromSubnetId(f.stack, `S${i}`, id)) },
  }), ['subnet-0123456789abcdef0'], ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'], 'vpcSubnets', '["subnet-0123456789abcdef0"]'],
  ['a one-zone VPC in an environment-agnostic stack', (f, v) => new ResourceGateway(f.agnosticStack, 'G', {
    vpc: new ec2.Vpc(f.agnosticStack, 'Vpc', {
      maxAzs: v, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }),
  }), 1, 2, 'vpcSubnets', '[{"Fn::Select":[0,{"Fn::GetAZs":""}]}]'],

  // imports: resourceGatewayIdentifier rgw-[0-9a-z]{17}, ARN arn:...:resourcegateway/rgw-[0-9a-z]{17}
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html;
  // ARN format: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
  ['import with no attributes (JavaScript)', (f, v) => ResourceGateway.fromResourceGatewayAttributes(f.stack, 'G', v), undefined,
    { resourceGatewayId: 'rgw-0123456789abcdef0' }, 'resourceGatewayId, resourceGatewayArn', 'got none'],
  ['import by an empty id', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), '', 'rgw-0123456789abcdef0', 'resourceGatewayId', "got ''"],
  ['import by a malformed id', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), 'gw-123', 'rgw-0123456789abcdef0', 'resourceGatewayId', "'gw-123'"],
  ['import by an id too short', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), 'rgw-0123', 'rgw-0123456789abcdef0', 'resourceGatewayId', "'rgw-0123'"],
  ['import by an id in uppercase', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), 'rgw-0123456789ABCDEF0', 'rgw-0123456789abcdef0',
    'resourceGatewayId', "'rgw-0123456789ABCDEF0'"],
  ['import by an id given as a number', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), 123, 'rgw-0123456789abcdef0', 'resourceGatewayId', 'got 123'],
  ['import by an ARN given to the id', (f, v) => ResourceGateway.fromResourceGatewayId(f.stack, 'G', v), GATEWAY_ARN, 'rgw-0123456789abcdef0',
    'resourceGatewayId', `'${GATEWAY_ARN}'`],
  ['import by an id given to the ARN', (f, v) => importArn(f, v), 'rgw-0123456789abcdef0', GATEWAY_ARN, 'resourceGatewayArn', "'rgw-0123456789abcdef0'"],
  ['import by an ARN with an 11-digit account', (f, v) => importArn(f, v),
    'arn:aws:vpc-lattice:us-east-1:11111111111:resourcegateway/rgw-0123456789abcdef0', GATEWAY_ARN, 'resourceGatewayArn', "'11111111111'"],
  ['import by an ARN with a misspelt partition', (f, v) => importArn(f, v),
    `arn:aws-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`,
    `arn:aws-us-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`, 'resourceGatewayArn', "partition 'aws-gov'"],
  ['import by an ARN with an Availability Zone for its region', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1a:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`, GATEWAY_ARN, 'resourceGatewayArn', "region 'us-east-1a'"],
  ['import by an ARN of another service', (f, v) => importArn(f, v),
    `arn:aws:ec2:us-east-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`, GATEWAY_ARN, 'resourceGatewayArn', "service is 'ec2'"],
  ['import by the ARN of a resource configuration', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, GATEWAY_ARN, 'resourceGatewayArn', "'resourceconfiguration/rcfg-0123456789abcdef0'"],
  ['import by an ARN whose id is too short', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourcegateway/rgw-0123`, GATEWAY_ARN, 'resourceGatewayArn', 'resourcegateway/rgw-0123'],
  ['import by an ARN with a token account and a short id', (f, v) => importArn(f, v),
    `arn:aws:vpc-lattice:us-east-1:${Aws.ACCOUNT_ID}:resourcegateway/rgw-0123`, `arn:aws:vpc-lattice:us-east-1:${Aws.ACCOUNT_ID}:resourcegateway/rgw-0123456789abcdef0`,
    'resourceGatewayArn', '{"Ref":"AWS::AccountId"}'],
  ['import by both id and ARN', (f, v) => ResourceGateway.fromResourceGatewayAttributes(f.stack, 'G', {
    resourceGatewayId: v,
    resourceGatewayArn: `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef1`,
  }), 'rgw-0123456789abcdef0', undefined, 'resourceGatewayId', "resourceGatewayId 'rgw-0123456789abcdef0'"],
  ['import with ipAddressType in lowercase', (f, v) => importAttrs(f, { ipAddressType: v }), 'ipv6', ResourceGatewayIpAddressType.IPV6, 'ipAddressType', "got 'ipv6'"],
  ['import with resourceConfigDnsResolution in lowercase', (f, v) => importAttrs(f, { resourceConfigDnsResolution: v }), 'public', ResourceConfigDnsResolution.PUBLIC,
    'resourceConfigDnsResolution', "got 'public'"],
  // "You cannot set DNS Resolution to IN_VPC if the resource gateway uses IPv6-only subnets"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html): no gateway is both
  ['import of an IPv6-only gateway with IN_VPC DNS resolution', (f, v) => importAttrs(f, { ipAddressType: v, resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC }),
    ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.DUALSTACK, 'resourceConfigDnsResolution', 'ipAddressType IPV6'],
  ['import with a null security group', (f, v) => importAttrs(f, { securityGroups: [sg(f), of(f, v)] }), null, (f: Fixture) => sg(f, 'Sg2', 'sg-0123456789abcdef1'),
    'securityGroups[1]', 'got null'],
  ['import with six security groups', (f, v) => importAttrs(f, {
    securityGroups: Array.from({ length: v }, (_, i) => ec2.SecurityGroup.fromSecurityGroupId(f.stack, `Sg${i}`, `sg-0000000000000000${i}`)),
  }), 6, 5, 'securityGroups', 'got 6'],
  ['import with a security group of a malformed id', (f, v) => importAttrs(f, { securityGroups: [sg(f, 'Sg', v)] }), 'sg-0123', 'sg-01234567',
    'securityGroups[0]', "'sg-0123'"],
  // VPC ids are vpc- and 8 or 17 characters (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html)
  ['import with a subnet id for its vpcId', (f, v) => importAttrs(f, { vpcId: v }), 'subnet-0123456789abcdef0', 'vpc-0123456789abcdef0',
    'vpcId', "got 'subnet-0123456789abcdef0'"],
  ['import with the VPC construct for its vpcId', (f, v) => importAttrs(f, { vpcId: of(f, v) }), (f: Fixture) => f.vpc, (f: Fixture) => f.vpc.vpcId,
    'vpcId', "'Provider/Vpc'"],
  ['import with a bad id, a bad enum and a bad vpcId: all three reported', (f, v) => ResourceGateway.fromResourceGatewayAttributes(f.stack, 'G', v),
    { resourceGatewayId: 'gw-123', ipAddressType: 'ipv6', vpcId: 'vpc-1' },
    { resourceGatewayId: 'rgw-0123456789abcdef0', ipAddressType: ResourceGatewayIpAddressType.IPV6, vpcId: 'vpc-01234567' },
    'resourceGatewayId', "'gw-123'\nipAddressType must be one of ResourceGatewayIpAddressType.IPV4 ('IPV4'), ResourceGatewayIpAddressType.IPV6 ('IPV6'), "
      + "ResourceGatewayIpAddressType.DUALSTACK ('DUALSTACK'); got 'ipv6'\nvpcId must look like 'vpc-0123456789abcdef0' (vpc- and 8 or 17 lowercase letters or digits), got 'vpc-1'"],
  ['a bad name and a bad ipv4AddressesPerEni: both reported', (f, v) => gateway(f, v), { resourceGatewayName: 'ab', ipv4AddressesPerEni: 0 },
    { resourceGatewayName: 'abc', ipv4AddressesPerEni: 1 }, 'resourceGatewayName', "'ab'\nipv4AddressesPerEni must be a whole number from 1 to 62, got 0"],
];

describe('ResourceGateway refuses bad input', () => {
  runCases(cases);
});
