import { App, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import {
  ResourceConfigDnsResolution,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  ResourceGatewayProps,
} from '../src';

/** A stack with a VPC of two isolated subnets; `ipProtocol` DUAL_STACK gives them IPv6 ranges too (for DUALSTACK gateways). */
function makeStack(ipProtocol?: ec2.IpProtocol): { stack: Stack; vpc: ec2.Vpc } {
  const app = new App();
  const stack = new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    ipProtocol,
    subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
  });
  return { stack, vpc };
}

describe('ResourceGateway', () => {
  describe('defaults', () => {
    test('creates a gateway in the isolated subnets with its own security group', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::VpcLattice::ResourceGateway', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        Name: Match.stringLikeRegexp('^[a-z][a-z0-9-]{2,39}$'),
        VpcIdentifier: { Ref: Match.stringLikeRegexp('^Vpc') },
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('^VpcIsolatedSubnet1') },
          { Ref: Match.stringLikeRegexp('^VpcIsolatedSubnet2') },
        ],
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^GatewaySecurityGroup'), 'GroupId'] }],
        IpAddressType: 'IPV4',
        Ipv4AddressesPerEni: Match.absent(),
        ResourceConfigDnsResolution: Match.absent(),
      });
    });

    test('the default security group allows no ingress and no real egress', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc });

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: Match.stringLikeRegexp('resource gateway'),
        SecurityGroupIngress: Match.absent(),
        // aws-cdk-lib's placeholder rule that matches no traffic
        SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })],
      });
      expect(JSON.stringify(template.toJSON())).not.toContain('0.0.0.0/0');
    });

    test('the generated name is valid and stable across synths', () => {
      const names = [0, 1].map(() => {
        const { stack, vpc } = makeStack();
        const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
        return stack.resolve(gateway.resourceGatewayName);
      });
      expect(names[0]).toEqual(names[1]);
      expect(names[0]).toMatch(/^[a-z][a-z0-9-]{2,39}$/);
      expect(names[0]).not.toMatch(/--|^rgw-/);
    });

    test('falls back to private subnets when the VPC has no isolated ones', () => {
      // GIVEN
      const app = new App();
      const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 1 });

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet1') },
          { Ref: Match.stringLikeRegexp('^VpcPrivateSubnet2') },
        ],
      });
    });

    test('exposes id and ARN attributes', () => {
      const { stack, vpc } = makeStack();
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
      expect(stack.resolve(gateway.resourceGatewayId)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Gateway/), 'Id'] });
      expect(stack.resolve(gateway.resourceGatewayArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Gateway/), 'Arn'] });
      expect(gateway.availabilityZones).toEqual(vpc.availabilityZones);
      expect(gateway.availabilityZones).toHaveLength(2);
    });

    test('exposes the id of its VPC', () => {
      const { stack, vpc } = makeStack();
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
      expect(gateway.vpcId).toBe(vpc.vpcId);
    });
  });

  describe('props', () => {
    test('passes every option through', () => {
      // GIVEN: a dual-stack VPC, since a DUALSTACK gateway needs subnets with IPv6 ranges
      const { stack, vpc } = makeStack(ec2.IpProtocol.DUAL_STACK);

      // WHEN
      new ResourceGateway(stack, 'Gateway', {
        vpc,
        resourceGatewayName: 'orders-db-gateway',
        ipAddressType: ResourceGatewayIpAddressType.DUALSTACK,
        ipv4AddressesPerEni: 62,
        resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC,
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        Name: 'orders-db-gateway',
        IpAddressType: 'DUALSTACK',
        Ipv4AddressesPerEni: 62,
        ResourceConfigDnsResolution: 'IN_VPC',
      });
    });

    // "Update requires: Replacement" for SubnetIds, IpAddressType and ResourceConfigDnsResolution
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourcegateway.html);
    // Ipv4AddressesPerEni "can't be changed" once set (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html): the name scheme makes a change a replacement
    test.each([
      ['vpcSubnets', { vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }],
      ['ipAddressType', { ipAddressType: ResourceGatewayIpAddressType.DUALSTACK }],
      ['ipv4AddressesPerEni', { ipv4AddressesPerEni: 8 }],
      ['resourceConfigDnsResolution', { resourceConfigDnsResolution: ResourceConfigDnsResolution.PUBLIC }],
    ])('warns that %s replaces the gateway when changed', (prop, extra) => {
      const { stack, vpc } = makeStack(ec2.IpProtocol.DUAL_STACK);
      new ResourceGateway(stack, 'Gateway', { vpc, ...extra });
      Annotations.fromStack(stack).hasWarning('/Provider/Gateway', Match.stringLikeRegexp(`${prop}.*replaces the resource gateway \\(under a new generated name\\)`));
    });

    // names are unique in the account and CloudFormation creates the replacement first
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html)
    test('warns that a fixed name makes a replacing change fail', () => {
      const { stack, vpc } = makeStack();
      new ResourceGateway(stack, 'Gateway', { vpc, resourceGatewayName: 'orders-db-gateway' });
      Annotations.fromStack(stack).hasWarning('/Provider/Gateway',
        Match.stringLikeRegexp("resourceGatewayName 'orders-db-gateway' is fixed: a change that replaces the gateway .* fails"));
    });

    test('the generated name ends in a hash of the values that replace the gateway', () => {
      // GIVEN
      const name = (props: Partial<ResourceGatewayProps>) => {
        const { stack, vpc } = makeStack();
        return stack.resolve(new ResourceGateway(stack, 'Gateway', { vpc, ...props }).resourceGatewayName) as string;
      };

      // WHEN
      const defaults = name({});

      // THEN: the readable part stays, the hash follows every replacing value and nothing else
      expect(defaults).toMatch(/^provider-gateway-[0-9a-f]{8}$/);
      const readable = defaults.slice(0, -9);
      for (const changed of [
        { ipAddressType: ResourceGatewayIpAddressType.DUALSTACK },
        { ipv4AddressesPerEni: 32 },
        { resourceConfigDnsResolution: ResourceConfigDnsResolution.PUBLIC },
      ]) {
        const other = name(changed);
        expect([changed, other.slice(0, -9)]).toEqual([changed, readable]);
        expect([changed, other]).not.toEqual([changed, defaults]);
      }
      // control: an explicit IPV4 is the default, and security groups do not replace the gateway
      expect(name({ ipAddressType: ResourceGatewayIpAddressType.IPV4 })).toEqual(defaults);
    });

    test('no replacement warning with the defaults', () => {
      const { stack, vpc } = makeStack();
      new ResourceGateway(stack, 'Gateway', { vpc });
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });

    test('uses the given security groups and creates none', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const sg = new ec2.SecurityGroup(stack, 'Mine', { vpc, allowAllOutbound: false });

      // WHEN
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc, securityGroups: [sg] });

      // THEN
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::EC2::SecurityGroup', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SecurityGroupIds: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^Mine'), 'GroupId'] }],
      });
      expect(gateway.securityGroup).toBeUndefined();
      expect(gateway.connections.securityGroups).toEqual([sg]);
    });

    test('uses the selected subnets', () => {
      // GIVEN
      const app = new App();
      const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
      const vpc = new ec2.Vpc(stack, 'Vpc', {
        maxAzs: 3,
        natGateways: 0,
        subnetConfiguration: [
          { name: 'Db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
          { name: 'Lattice', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        ],
      });

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, vpcSubnets: { subnetGroupName: 'Lattice' } });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SubnetIds: [
          { Ref: Match.stringLikeRegexp('^VpcLatticeSubnet1') },
          { Ref: Match.stringLikeRegexp('^VpcLatticeSubnet2') },
          { Ref: Match.stringLikeRegexp('^VpcLatticeSubnet3') },
        ],
      });
    });
  });

  describe('what synth accepts', () => {
    // Dualstack "is supported only if all selected subnets have both IPv4 and IPv6 address ranges"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html):
    // an AWS::EC2::SubnetCidrBlock that adds the IPv6 range counts
    test('DUALSTACK in subnets that get their IPv6 range from an AWS::EC2::SubnetCidrBlock', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const ipv6 = new ec2.CfnVPCCidrBlock(stack, 'Ipv6', { vpcId: vpc.vpcId, amazonProvidedIpv6CidrBlock: true });
      vpc.isolatedSubnets.forEach((subnet, i) => {
        new ec2.CfnSubnetCidrBlock(stack, `SubnetIpv6${i}`, {
          subnetId: subnet.subnetId,
          ipv6CidrBlock: Fn.select(i, Fn.cidr(Fn.select(0, vpc.vpcIpv6CidrBlocks), 2, '64')),
        }).addResourceDependency(ipv6);
      });

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, ipAddressType: ResourceGatewayIpAddressType.DUALSTACK });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', { IpAddressType: 'DUALSTACK' });
    });

    test('IPV6 in IPv6-only subnets (Ipv6Native, set through the escape hatch)', () => {
      // GIVEN
      const { stack, vpc } = makeStack(ec2.IpProtocol.DUAL_STACK);
      for (const subnet of vpc.isolatedSubnets) {
        (subnet.node.defaultChild as ec2.CfnSubnet).addPropertyOverride('Ipv6Native', true);
        (subnet.node.defaultChild as ec2.CfnSubnet).addPropertyDeletionOverride('CidrBlock');
      }

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, ipAddressType: ResourceGatewayIpAddressType.IPV6 });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', { IpAddressType: 'IPV6' });
    });

    test('imported subnets are not judged by their address ranges or their unknown zones', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const subnets = ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'].map((id, i) => ec2.Subnet.fromSubnetId(stack, `S${i}`, id));

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, vpcSubnets: { subnets }, ipAddressType: ResourceGatewayIpAddressType.DUALSTACK });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'],
      });
    });

    test('a two-zone VPC in an environment-agnostic stack, whose zones are tokens', () => {
      // GIVEN
      const stack = new Stack(new App(), 'Agnostic');
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });

      // WHEN
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });

      // THEN
      expect(stack.resolve(gateway.availabilityZones)).toEqual([
        { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
        { 'Fn::Select': [1, { 'Fn::GetAZs': '' }] },
      ]);
      Template.fromStack(stack).resourceCountIs('AWS::VpcLattice::ResourceGateway', 1);
    });

    test('a subnet group of an imported VPC', () => {
      // GIVEN
      const { stack } = makeStack();
      const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Imported', {
        vpcId: 'vpc-0123456789abcdef0',
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1', 'subnet-0123456789abcdef2', 'subnet-0123456789abcdef3'],
        isolatedSubnetNames: ['Db', 'Lattice'],
      });

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, vpcSubnets: { subnetGroupName: 'Lattice' } });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SubnetIds: ['subnet-0123456789abcdef2', 'subnet-0123456789abcdef3'],
      });
      expect(() => new ResourceGateway(stack, 'Other', { vpc, vpcSubnets: { subnetGroupName: 'Database' } }))
        .toThrow(/vpcSubnets \{"subnetGroupName":"Database"\} names the subnet group 'Database', but VPC 'Provider\/Imported' has no such group: it has subnet groups 'Db' .*'Lattice'/);
    });

    test('security groups of the gateway VPC, created or imported', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const imported = ec2.Vpc.fromVpcAttributes(stack, 'SameVpc', {
        vpcId: vpc.vpcId, availabilityZones: vpc.availabilityZones, isolatedSubnetIds: vpc.isolatedSubnets.map(s => s.subnetId),
      });
      const groups = [
        new ec2.SecurityGroup(stack, 'Created', { vpc }),
        new ec2.SecurityGroup(stack, 'ViaImport', { vpc: imported }),
        ec2.SecurityGroup.fromSecurityGroupId(stack, 'Existing', 'sg-01234567'),
      ];

      // WHEN
      new ResourceGateway(stack, 'Gateway', { vpc, securityGroups: groups });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        SecurityGroupIds: Match.arrayWith(['sg-01234567']),
      });
    });

    test('tokens for the enums, the name and the security group ids', () => {
      // GIVEN
      const { stack, vpc } = makeStack();

      // WHEN
      new ResourceGateway(stack, 'Gateway', {
        vpc,
        ipAddressType: Fn.importValue('IpAddressType') as ResourceGatewayIpAddressType,
        resourceConfigDnsResolution: Fn.importValue('DnsResolution') as ResourceConfigDnsResolution,
        resourceGatewayName: Fn.importValue('GatewayName'),
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, 'Sg', Fn.importValue('SgId'))],
      });
      ResourceGateway.fromResourceGatewayAttributes(stack, 'Imported', {
        resourceGatewayArn: Fn.importValue('GatewayArn'),
        ipAddressType: Fn.importValue('ImportedType') as ResourceGatewayIpAddressType,
      });

      // THEN
      Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        IpAddressType: { 'Fn::ImportValue': 'IpAddressType' },
        ResourceConfigDnsResolution: { 'Fn::ImportValue': 'DnsResolution' },
      });
    });
  });

  describe('connections', () => {
    test('opening a database port creates ingress on the target and egress on the gateway only for that port', () => {
      // GIVEN
      const { stack, vpc } = makeStack();
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
      const dbSg = new ec2.SecurityGroup(stack, 'DbSg', { vpc, allowAllOutbound: false });

      // WHEN
      gateway.connections.allowTo(dbSg, ec2.Port.tcp(3306), 'to the database');

      // THEN
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^GatewaySecurityGroup'), 'GroupId'] },
        DestinationSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSg'), 'GroupId'] },
        IpProtocol: 'tcp',
        FromPort: 3306,
        ToPort: 3306,
      });
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DbSg'), 'GroupId'] },
        SourceSecurityGroupId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^GatewaySecurityGroup'), 'GroupId'] },
        FromPort: 3306,
        ToPort: 3306,
      });
    });
  });

  describe('imports', () => {
    test('from an id builds the ARN in the stack account and region', () => {
      const { stack } = makeStack();
      const gateway = ResourceGateway.fromResourceGatewayId(stack, 'Imported', 'rgw-0123456789abcdef0');
      expect(gateway.resourceGatewayId).toEqual('rgw-0123456789abcdef0');
      expect(stack.resolve(gateway.resourceGatewayArn)).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123456789abcdef0']],
      });
      expect(gateway.connections.securityGroups).toEqual([]);
    });

    test('from an ARN takes the id and the environment from the ARN', () => {
      const { stack } = makeStack();
      const arn = 'arn:aws:vpc-lattice:eu-west-1:333333333333:resourcegateway/rgw-0123456789abcdef0';
      const gateway = ResourceGateway.fromResourceGatewayArn(stack, 'Imported', arn);
      expect(gateway.resourceGatewayArn).toEqual(arn);
      expect(gateway.resourceGatewayId).toEqual('rgw-0123456789abcdef0');
      expect(gateway.env.account).toEqual('333333333333');
      expect(gateway.env.region).toEqual('eu-west-1');
    });

    test('with security groups, connections open ports to them', () => {
      const { stack, vpc } = makeStack();
      const sg = ec2.SecurityGroup.fromSecurityGroupId(stack, 'GwSg', 'sg-0123456789abcdef0', { allowAllOutbound: false });
      const gateway = ResourceGateway.fromResourceGatewayAttributes(stack, 'Imported', {
        resourceGatewayId: 'rgw-0123456789abcdef0',
        securityGroups: [sg],
      });
      const dbSg = new ec2.SecurityGroup(stack, 'DbSg', { vpc });
      dbSg.connections.allowFrom(gateway, ec2.Port.tcp(5432));
      Template.fromStack(stack).hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        SourceSecurityGroupId: 'sg-0123456789abcdef0',
        FromPort: 5432,
      });
    });

    test('carries the VPC id it is given, and none by default', () => {
      const { stack } = makeStack();
      const withVpc = ResourceGateway.fromResourceGatewayAttributes(stack, 'A', { resourceGatewayId: 'rgw-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0' });
      const tokenVpc = ResourceGateway.fromResourceGatewayAttributes(stack, 'B', { resourceGatewayId: 'rgw-0123456789abcdef0', vpcId: Fn.importValue('VpcId') });
      const without = ResourceGateway.fromResourceGatewayId(stack, 'C', 'rgw-0123456789abcdef0');
      expect(withVpc.vpcId).toBe('vpc-0123456789abcdef0');
      expect(stack.resolve(tokenVpc.vpcId)).toEqual({ 'Fn::ImportValue': 'VpcId' });
      expect(without.vpcId).toBeUndefined();
    });

    test('accepts tokens without validating them', () => {
      const { stack } = makeStack();
      expect(() => ResourceGateway.fromResourceGatewayId(stack, 'A', Fn.importValue('GatewayId'))).not.toThrow();
      expect(() => ResourceGateway.fromResourceGatewayArn(stack, 'B', Fn.importValue('GatewayArn'))).not.toThrow();
    });
  });

  describe('errors', () => {
    test.each([
      ['resourceGatewayName', { resourceGatewayName: 'ab' }, /resourceGatewayName.*'ab'/],
      ['resourceGatewayName', { resourceGatewayName: 'Orders_Gateway' }, /resourceGatewayName.*lowercase.*'Orders_Gateway'/],
      ['resourceGatewayName', { resourceGatewayName: 'rgw-orders' }, /resourceGatewayName.*rgw-.*'rgw-orders'/],
      ['resourceGatewayName', { resourceGatewayName: 'orders--gw' }, /resourceGatewayName.*hyphen.*'orders--gw'/],
      ['resourceGatewayName', { resourceGatewayName: 'a'.repeat(41) }, /resourceGatewayName.*3-40.*41/],
      ['ipv4AddressesPerEni', { ipv4AddressesPerEni: 0 }, /ipv4AddressesPerEni.*1 to 62.*got 0/],
      ['ipv4AddressesPerEni', { ipv4AddressesPerEni: 63 }, /ipv4AddressesPerEni.*got 63/],
      ['ipv4AddressesPerEni', { ipv4AddressesPerEni: 2.5 }, /ipv4AddressesPerEni.*got 2.5/],
      ['ipv4AddressesPerEni', { ipv4AddressesPerEni: 8, ipAddressType: ResourceGatewayIpAddressType.IPV6 }, /ipv4AddressesPerEni.*IPV6.*got 8/],
      ['securityGroups', { securityGroups: [] }, /securityGroups.*got 0/],
    ])('rejects a bad %s', (_prop, extra, message) => {
      const { stack, vpc } = makeStack();
      expect(() => new ResourceGateway(stack, 'Gateway', { vpc, ...extra })).toThrow(message);
    });

    // "You cannot set DNS Resolution to IN_VPC if the resource gateway uses IPv6-only subnets"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
    test('rejects IN_VPC DNS resolution on an IPv6-only gateway, and accepts it on IPV4 and DUALSTACK', () => {
      const { stack, vpc } = makeStack(ec2.IpProtocol.DUAL_STACK);
      expect(() => new ResourceGateway(stack, 'V6', {
        vpc, ipAddressType: ResourceGatewayIpAddressType.IPV6, resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC,
      })).toThrow(/resourceConfigDnsResolution IN_VPC is not allowed for an IPv6-only gateway.*got resourceConfigDnsResolution 'IN_VPC'/);
      for (const ipAddressType of [ResourceGatewayIpAddressType.IPV4, ResourceGatewayIpAddressType.DUALSTACK]) {
        new ResourceGateway(stack, `Gw${ipAddressType}`, { vpc, ipAddressType, resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC });
      }
      Template.fromStack(stack).resourcePropertiesCountIs('AWS::VpcLattice::ResourceGateway', { ResourceConfigDnsResolution: 'IN_VPC' }, 2);
    });

    test('rejects more than five security groups', () => {
      const { stack, vpc } = makeStack();
      const sgs = [1, 2, 3, 4, 5, 6].map(i => new ec2.SecurityGroup(stack, `Sg${i}`, { vpc }));
      expect(() => new ResourceGateway(stack, 'Gateway', { vpc, securityGroups: sgs })).toThrow(/securityGroups.*got 6/);
    });

    test('rejects subnets in a single Availability Zone', () => {
      const { stack, vpc } = makeStack();
      expect(() => new ResourceGateway(stack, 'Gateway', {
        vpc,
        vpcSubnets: { availabilityZones: [vpc.availabilityZones[0]] },
      })).toThrow(new RegExp(`vpcSubnets.*at least two Availability Zones.*${vpc.availabilityZones[0]}`));
    });

    test('rejects a VPC with only public subnets unless vpcSubnets is given', () => {
      const app = new App();
      const stack = new Stack(app, 'S', { env: { account: '111111111111', region: 'us-east-1' } });
      const vpc = new ec2.Vpc(stack, 'Vpc', {
        maxAzs: 2,
        natGateways: 0,
        subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }],
      });
      expect(() => new ResourceGateway(stack, 'Gateway', { vpc })).toThrow(/no isolated or private subnets.*vpcSubnets/);
      expect(() => new ResourceGateway(stack, 'Gateway2', { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC } })).not.toThrow();
    });

    test.each([
      [{}, /exactly one of resourceGatewayId, resourceGatewayArn; got none/],
      [{ resourceGatewayId: 'rgw-0123456789abcdef0', resourceGatewayArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123456789abcdef0' },
        /exactly one of resourceGatewayId, resourceGatewayArn; got resourceGatewayId and resourceGatewayArn/],
      [{ resourceGatewayId: 'gw-123' }, /resourceGatewayId.*'gw-123'/],
      [{ resourceGatewayArn: 'arn:aws:ec2:us-east-1:111111111111:vpc/vpc-1' }, /resourceGatewayArn.*'arn:aws:ec2:us-east-1:111111111111:vpc\/vpc-1'/],
    ])('rejects import attributes %j', (attrs, message) => {
      const { stack } = makeStack();
      expect(() => ResourceGateway.fromResourceGatewayAttributes(stack, 'Imported', attrs)).toThrow(message);
    });

    const messageOf = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('expected an error');
    };

    test('reports every bad prop at once, one per line, and creates nothing', () => {
      const { stack, vpc } = makeStack();
      const message = messageOf(() => new ResourceGateway(stack, 'Gateway', {
        vpc,
        resourceGatewayName: 'ab',
        ipv4AddressesPerEni: 0,
        vpcSubnets: { availabilityZones: [vpc.availabilityZones[0]] },
      }));
      const lines = message.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^resourceGatewayName must be 3-40 characters long .*'ab'$/);
      expect(lines[1]).toMatch(/^ipv4AddressesPerEni must be a whole number from 1 to 62, got 0$/);
      expect(lines[2]).toMatch(/^vpcSubnets must select subnets in at least two Availability Zones/);
      expect(stack.node.tryFindChild('Gateway')).toBeUndefined();
    });

    test('a single bad prop gives exactly its message', () => {
      const { stack, vpc } = makeStack();
      expect(messageOf(() => new ResourceGateway(stack, 'Gateway', { vpc, ipv4AddressesPerEni: 63 })))
        .toBe('ipv4AddressesPerEni must be a whole number from 1 to 62, got 63');
    });

    test('reports every bad import attribute at once', () => {
      const { stack } = makeStack();
      const message = messageOf(() => ResourceGateway.fromResourceGatewayAttributes(stack, 'Imported', {
        resourceGatewayId: 'gw-123',
        ipAddressType: 'ipv6' as ResourceGatewayIpAddressType,
        vpcId: 'subnet-0123456789abcdef0',
      }));
      const lines = message.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^resourceGatewayId must look like 'rgw-0123456789abcdef0' .*got 'gw-123'$/);
      expect(lines[1]).toMatch(/^ipAddressType must be one of .*got 'ipv6'$/);
      expect(lines[2]).toMatch(/^vpcId must look like 'vpc-0123456789abcdef0' .*got 'subnet-0123456789abcdef0'$/);
      expect(stack.node.tryFindChild('Imported')).toBeUndefined();
    });
  });
});
