import * as fs from 'fs';
import * as path from 'path';
import { Annotations as CoreAnnotations, App, Stack, Token } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { thrown } from './thrown';
import {
  ClusterEndpointType,
  DatabaseSharingMode,
  LatticeSharedDatabase,
  LatticeSharedDatabaseProps,
  ResourceConfigurationAttributes,
  ServiceNetworkResourceAssociation,
} from '../src/lattice-shared-database';
import { IResourceGateway, ResourceConfigDnsResolution, ResourceGateway } from '../src/resource-gateway';
import { ServiceNetwork } from '../src/service-network';

interface Fixture {
  readonly stack: Stack;
  readonly vpc: ec2.Vpc;
  readonly gateway: ResourceGateway;
  readonly gatewaySg: ec2.SecurityGroup;
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
  const gatewaySg = new ec2.SecurityGroup(stack, 'GatewaySg', { vpc, allowAllOutbound: false });
  const dbSg = new ec2.SecurityGroup(stack, 'DbSg', { vpc, allowAllOutbound: false });
  const gateway = new ResourceGateway(stack, 'Gateway', { vpc, securityGroups: [gatewaySg] });
  return { stack, vpc, gateway, gatewaySg, dbSg };
}

function postgresInstance(f: Fixture, port?: number): rds.DatabaseInstance {
  return new rds.DatabaseInstance(f.stack, 'Db', {
    vpc: f.vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
    securityGroups: [f.dbSg],
    port,
  });
}

function auroraMysqlCluster(f: Fixture, port?: number): rds.DatabaseCluster {
  return new rds.DatabaseCluster(f.stack, 'Cluster', {
    vpc: f.vpc,
    vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
    writer: rds.ClusterInstance.serverlessV2('Writer'),
    securityGroups: [f.dbSg],
    port,
  });
}

function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  return stack.getLogicalId(construct.node.defaultChild as any);
}

describe('DNS mode (default)', () => {
  test('an instance becomes a SINGLE TCP configuration on its endpoint hostname and engine port', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 1);
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'SINGLE',
      ResourceGatewayId: { 'Fn::GetAtt': [logicalId(f.stack, f.gateway), 'Id'] },
      ResourceConfigurationDefinition: {
        DnsResource: { DomainName: { 'Fn::GetAtt': [logicalId(f.stack, db), 'Endpoint.Address'] }, IpAddressType: 'IPV4' },
      },
      PortRanges: ['5432'],
      ProtocolType: 'TCP',
      AllowAssociationToSharableServiceNetwork: true,
      CustomDomainName: Match.absent(),
    });
    expect(shared.port).toBe(5432);
    expect(shared.mode).toBe(DatabaseSharingMode.DNS);
    expect(shared.resourceGateway).toBe(f.gateway);
    expect(f.stack.resolve(shared.domainName)).toEqual({ 'Fn::GetAtt': [logicalId(f.stack, db), 'Endpoint.Address'] });
    expect(f.stack.resolve(shared.resourceConfigurationId)).toEqual({ 'Fn::GetAtt': [logicalId(f.stack, shared), 'Id'] });
    expect(f.stack.resolve(shared.resourceConfigurationArn)).toEqual({ 'Fn::GetAtt': [logicalId(f.stack, shared), 'Arn'] });
  });

  test('a literal instance port wins over the engine default', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f, 6543);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    expect(shared.port).toBe(6543);
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { PortRanges: ['6543'] });
  });

  test('a cluster shares its writer endpoint by default, on the L1 port', () => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'SINGLE',
      ResourceConfigurationDefinition: {
        DnsResource: { DomainName: { 'Fn::GetAtt': [logicalId(f.stack, cluster), 'Endpoint.Address'] }, IpAddressType: 'IPV4' },
      },
      PortRanges: ['3306'],
      ProtocolType: 'TCP',
    });
    expect(shared.port).toBe(3306);
  });

  test('clusterEndpoint WRITER is the writer endpoint', () => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f, 3310);

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster, clusterEndpoint: ClusterEndpointType.WRITER });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: { DnsResource: { DomainName: { 'Fn::GetAtt': [logicalId(f.stack, cluster), 'Endpoint.Address'] } } },
      PortRanges: ['3310'],
    });
  });

  test('clusterEndpoint READER shares the reader endpoint', () => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      cluster,
      clusterEndpoint: ClusterEndpointType.READER,
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'SINGLE',
      ResourceConfigurationDefinition: {
        DnsResource: { DomainName: { 'Fn::GetAtt': [logicalId(f.stack, cluster), 'ReadEndpoint.Address'] }, IpAddressType: 'IPV4' },
      },
      PortRanges: ['3306'],
    });
    expect(f.stack.resolve(shared.domainName)).toEqual({ 'Fn::GetAtt': [logicalId(f.stack, cluster), 'ReadEndpoint.Address'] });
  });

  test('a read replica is its own configuration on its own hostname, with the source port', () => {
    // GIVEN
    const f = fixture();
    const source = postgresInstance(f, 5433);
    const replica = new rds.DatabaseInstanceReadReplica(f.stack, 'Replica', {
      vpc: f.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      sourceDatabaseInstance: source,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
      securityGroups: [f.dbSg],
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: replica });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: {
        DnsResource: { DomainName: { 'Fn::GetAtt': [logicalId(f.stack, replica), 'Endpoint.Address'] }, IpAddressType: 'IPV4' },
      },
      PortRanges: ['5433'],
    });
    expect(shared.port).toBe(5433);
  });

  test('a read replica of a source without a port uses the source engine default', () => {
    // GIVEN
    const f = fixture();
    const replica = new rds.DatabaseInstanceReadReplica(f.stack, 'Replica', {
      vpc: f.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      sourceDatabaseInstance: postgresInstance(f),
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: replica });

    // THEN
    expect(shared.port).toBe(5432);
  });

  test('an imported instance uses its literal port and hostname', () => {
    // GIVEN
    const f = fixture();
    const db = rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Imported', {
      instanceIdentifier: 'orders',
      instanceEndpointAddress: 'orders.abc.us-east-1.rds.amazonaws.com',
      port: 1521,
      securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(f.stack, 'ImportedSg', 'sg-0123456789abcdef0')],
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: { DnsResource: { DomainName: 'orders.abc.us-east-1.rds.amazonaws.com', IpAddressType: 'IPV4' } },
      PortRanges: ['1521'],
    });
    expect(shared.domainName).toBe('orders.abc.us-east-1.rds.amazonaws.com');
  });

  test('an imported instance with a token port falls back to the engine default', () => {
    // GIVEN
    const f = fixture();
    const db = rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Imported', {
      instanceIdentifier: 'orders',
      instanceEndpointAddress: 'orders.abc.us-east-1.rds.amazonaws.com',
      port: Token.asNumber({ Ref: 'DbPort' }),
      securityGroups: [],
      engine: rds.DatabaseInstanceEngine.sqlServerEe({ version: rds.SqlServerEngineVersion.VER_16 }),
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    expect(shared.port).toBe(1433);
  });

  test.each<[string, number, () => rds.IInstanceEngine]>([
    ['mysql', 3306, () => rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 })],
    ['mariadb', 3306, () => rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_10_11 })],
    ['postgres', 5432, () => rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 })],
    ['oracle', 1521, () => rds.DatabaseInstanceEngine.oracleSe2({ version: rds.OracleEngineVersion.VER_19_0_0_0_2020_04_R1 })],
    ['sqlserver', 1433, () => rds.DatabaseInstanceEngine.sqlServerWeb({ version: rds.SqlServerEngineVersion.VER_16 })],
  ])('the default port of %s is %d', (_name, port, engine) => {
    // GIVEN
    const f = fixture();
    const db = new rds.DatabaseInstance(f.stack, 'Db', {
      vpc: f.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      engine: engine(),
      securityGroups: [f.dbSg],
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    expect(shared.port).toBe(port);
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { PortRanges: [String(port)] });
  });

  test('an aurora-postgresql cluster defaults to 5432', () => {
    // GIVEN
    const f = fixture();
    const cluster = new rds.DatabaseCluster(f.stack, 'Cluster', {
      vpc: f.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      writer: rds.ClusterInstance.serverlessV2('Writer'),
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster });

    // THEN
    expect(shared.port).toBe(5432);
  });

  test('ARN mode warns that the configuration cannot be updated in place', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), mode: DatabaseSharingMode.ARN });

    // THEN: ArnResource "Updates are not supported"
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-resourceconfigurationdefinition.html)
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('ARN-type resource configuration cannot be updated'));
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('pointing it at another database fails the update'));
  });

  // PrivateDnsEnabled: "Update requires: Replacement"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkresourceassociation.html)
  test('an explicit privateDnsEnabled warns that changing it replaces the associations; the default does not', () => {
    // GIVEN
    const f = fixture();
    const network = new ServiceNetwork(f.stack, 'Network');

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Explicit', { resourceGateway: f.gateway, instance: postgresInstance(f), serviceNetworks: [network], privateDnsEnabled: false });
    const other = rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Other', {
      instanceIdentifier: 'other', instanceEndpointAddress: 'other.example.com', port: 5432, securityGroups: [],
    });
    new LatticeSharedDatabase(f.stack, 'Default', { resourceGateway: f.gateway, instance: other, serviceNetworks: [network] });

    // THEN
    const annotations = Annotations.fromStack(f.stack);
    annotations.hasWarning('/Stack/Explicit', Match.stringLikeRegexp('privateDnsEnabled false cannot change on a deployed service network association'));
    annotations.hasNoWarning('/Stack/Default', Match.stringLikeRegexp('privateDnsEnabled'));
  });

  test('an explicit port equal to the database port adds no warning', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), port: 5432 });

    // THEN
    Annotations.fromStack(f.stack).hasNoWarning('/Stack/Shared', Match.anyValue());
  });

  test('an explicit port that differs from the database port is used, with a warning', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), port: 6432 });

    // THEN
    expect(shared.port).toBe(6432);
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { PortRanges: ['6432'] });
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('port 6432 differs from the port of database Stack/Db \\(5432\\)'));
  });

  test('the port of an imported database with an unknown port and engine can be given', () => {
    // GIVEN
    const f = fixture();
    const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imported', { clusterIdentifier: 'orders' });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      cluster,
      mode: DatabaseSharingMode.ARN,
      port: 3306,
    });

    // THEN
    expect(shared.port).toBe(3306);
    Annotations.fromStack(f.stack).hasNoWarning('/Stack/Shared', Match.stringLikeRegexp('differs'));
  });

  test('resourceConfigurationName and customDomainName are passed through', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      resourceConfigurationName: 'orders-db',
      customDomainName: 'orders.db.example.com',
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      Name: 'orders-db',
      CustomDomainName: 'orders.db.example.com',
    });
    expect(shared.resourceConfigurationName).toBe('orders-db');
  });

  // CustomDomainName is "Update requires: Replacement" (AWS::VpcLattice::ResourceConfiguration,
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html),
  // and names are unique in the account while CloudFormation creates the replacement first
  test('a fixed name and a custom domain name each warn that they block or force a replacement', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      resourceConfigurationName: 'orders-db',
      customDomainName: 'orders.db.example.com',
    });

    // THEN
    const annotations = Annotations.fromStack(f.stack);
    annotations.hasWarning('/Stack/Shared', Match.stringLikeRegexp("resourceConfigurationName 'orders-db' is fixed: a change that replaces the resource configuration"));
    annotations.hasWarning('/Stack/Shared', Match.stringLikeRegexp("customDomainName 'orders.db.example.com' cannot change after deployment"));
  });

  test('control: a generated name without a custom domain name gives neither warning', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });

    // THEN
    const annotations = Annotations.fromStack(f.stack);
    annotations.hasNoWarning('/Stack/Shared', Match.stringLikeRegexp('is fixed'));
    annotations.hasNoWarning('/Stack/Shared', Match.stringLikeRegexp('customDomainName'));
  });

  test('the generated name is valid, unique and within 40 characters', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const a = new LatticeSharedDatabase(f.stack, 'SharedDatabaseWithAVeryLongConstructIdIndeed', { resourceGateway: f.gateway, instance: db });
    const b = new LatticeSharedDatabase(f.stack, 'SharedDatabaseWithAVeryLongConstructIdIndeed2', { resourceGateway: f.gateway, instance: db });

    // THEN
    for (const name of [a, b].map(x => f.stack.resolve(x.resourceConfigurationName) as string)) {
      expect(name.length).toBeGreaterThanOrEqual(3);
      expect(name.length).toBeLessThanOrEqual(40);
      expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(name.startsWith('rcfg-')).toBe(false);
    }
    expect(f.stack.resolve(a.resourceConfigurationName)).not.toEqual(f.stack.resolve(b.resourceConfigurationName));
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { Name: f.stack.resolve(a.resourceConfigurationName) });
  });

  test('the configuration depends on nothing but its references', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });

    // THEN
    const configs = Template.fromStack(f.stack).findResources('AWS::VpcLattice::ResourceConfiguration');
    const [config] = Object.values(configs);
    expect(config.DependsOn).toBeUndefined();
  });
});

describe('ARN mode', () => {
  // CreateResourceGateway, resourceConfigDnsResolution: "An IN_VPC resource gateway can't be used
  // for ARN resource configurations"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html)
  describe('an IN_VPC gateway cannot carry an ARN configuration (CreateResourceGateway)', () => {
    function gatewayWith(f: Fixture, resolution?: ResourceConfigDnsResolution): IResourceGateway {
      return new ResourceGateway(f.stack, 'Resolving', { vpc: f.vpc, resourceConfigDnsResolution: resolution });
    }

    test('refused at synth, naming mode, the gateway and its resolution', () => {
      // GIVEN
      const f = fixture();

      // WHEN
      const error = thrown(() => new LatticeSharedDatabase(f.stack, 'Shared', {
        resourceGateway: gatewayWith(f, ResourceConfigDnsResolution.IN_VPC), instance: postgresInstance(f), mode: DatabaseSharingMode.ARN,
      }));

      // THEN
      expect(error).toMatch(/mode ARN needs a resource gateway whose resourceConfigDnsResolution is not IN_VPC/);
      expect(error).toContain("resourceGateway 'Stack/Resolving' has resourceConfigDnsResolution 'IN_VPC'");
    });

    test('refused for an imported gateway declared IN_VPC too', () => {
      // GIVEN
      const f = fixture();
      const imported = ResourceGateway.fromResourceGatewayAttributes(f.stack, 'Imported', {
        resourceGatewayId: 'rgw-0123456789abcdef0', resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC,
      });

      // WHEN / THEN
      expect(() => new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: imported, instance: postgresInstance(f), mode: DatabaseSharingMode.ARN }))
        .toThrow(/resourceGateway 'Stack\/Imported' has resourceConfigDnsResolution 'IN_VPC'/);
    });

    test.each<[string, ResourceConfigDnsResolution | undefined, DatabaseSharingMode]>([
      ['PUBLIC gateway, ARN mode', ResourceConfigDnsResolution.PUBLIC, DatabaseSharingMode.ARN],
      ['gateway with the service default, ARN mode', undefined, DatabaseSharingMode.ARN],
      ['IN_VPC gateway, DNS mode', ResourceConfigDnsResolution.IN_VPC, DatabaseSharingMode.DNS],
    ])('control: %s synthesizes', (_name, resolution, mode) => {
      // GIVEN
      const f = fixture();

      // WHEN
      new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: gatewayWith(f, resolution), instance: postgresInstance(f), mode });

      // THEN
      Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationType: mode === DatabaseSharingMode.ARN ? 'ARN' : 'SINGLE',
      });
    });
  });

  test('an instance becomes an ARN configuration on the instance ARN, without port or protocol', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db, mode: DatabaseSharingMode.ARN });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'ARN',
      ResourceGatewayId: { 'Fn::GetAtt': [logicalId(f.stack, f.gateway), 'Id'] },
      ResourceConfigurationDefinition: {
        ArnResource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':rds:us-east-1:111111111111:db:', { Ref: logicalId(f.stack, db) }]] },
        DnsResource: Match.absent(),
      },
      PortRanges: Match.absent(),
      ProtocolType: Match.absent(),
      AllowAssociationToSharableServiceNetwork: true,
    });
    expect(shared.mode).toBe(DatabaseSharingMode.ARN);
    expect(shared.domainName).toBeUndefined();
    expect(shared.port).toBe(5432);
    expect(f.stack.resolve(shared.rdsHostnames)).toEqual([{ 'Fn::GetAtt': [logicalId(f.stack, db), 'Endpoint.Address'] }]);
  });

  // "Child resource configurations are automatically managed by AWS" (AWS PrivateLink Guide, Resource
  // configuration for VPC resources, https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types);
  // AWS's resource endpoint example lists the cluster-ro name among the DNS names
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-resources.html#resource-endpoint-dns)
  test('one ARN configuration of a cluster carries the writer and the reader endpoint: rdsHostnames names both', () => {
    // GIVEN
    const f = fixture();
    const cluster = new rds.DatabaseCluster(f.stack, 'Cluster', {
      vpc: f.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
      writer: rds.ClusterInstance.provisioned('Writer'),
      readers: [rds.ClusterInstance.provisioned('Reader')],
      securityGroups: [f.dbSg],
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster, mode: DatabaseSharingMode.ARN });

    // THEN: one configuration, no port, both RDS names
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 1);
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'ARN',
      PortRanges: Match.absent(),
      ProtocolType: Match.absent(),
    });
    const id = logicalId(f.stack, cluster);
    expect(f.stack.resolve(shared.rdsHostnames)).toEqual([
      { 'Fn::GetAtt': [id, 'Endpoint.Address'] },
      { 'Fn::GetAtt': [id, 'ReadEndpoint.Address'] },
    ]);
    expect(shared.domainName).toBeUndefined();
    // the cluster security group admits the one port (writer and reader instances share it)
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 5432, ToPort: 5432 });
  });

  test('rdsHostnames lists what an import knows, and is empty in DNS mode', () => {
    // GIVEN
    const f = fixture();
    const writerOnly = rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'WriterOnly', {
      clusterIdentifier: 'orders',
      engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
      clusterEndpointAddress: 'orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com',
      port: 5432,
      securityGroups: [f.dbSg],
    });
    const both = rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Both', {
      clusterIdentifier: 'sales',
      engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
      clusterEndpointAddress: 'sales.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com',
      readerEndpointAddress: 'sales.cluster-ro-abcdefghijkl.us-east-1.rds.amazonaws.com',
      port: 5432,
      securityGroups: [f.dbSg],
    });

    // WHEN
    const arnWriterOnly = new LatticeSharedDatabase(f.stack, 'A', { resourceGateway: f.gateway, cluster: writerOnly, mode: DatabaseSharingMode.ARN });
    const arnBoth = new LatticeSharedDatabase(f.stack, 'B', { resourceGateway: f.gateway, cluster: both, mode: DatabaseSharingMode.ARN });
    const dns = new LatticeSharedDatabase(f.stack, 'C', { resourceGateway: f.gateway, cluster: both });

    // THEN
    expect(arnWriterOnly.rdsHostnames).toEqual(['orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com']);
    expect(arnBoth.rdsHostnames).toEqual([
      'sales.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com',
      'sales.cluster-ro-abcdefghijkl.us-east-1.rds.amazonaws.com',
    ]);
    expect(dns.rdsHostnames).toEqual([]);
  });

  // "For resource configurations of type ARN, the private DNS flag is true and immutable" (AWS PrivateLink
  // Guide, Resource configuration for VPC resources, Custom domain names for service network owners,
  // https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html)
  test('privateDnsEnabled false in ARN mode warns that AWS keeps private DNS on; in DNS mode it does not', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Arn', { resourceGateway: f.gateway, instance: db, mode: DatabaseSharingMode.ARN, privateDnsEnabled: false });
    new LatticeSharedDatabase(f.stack, 'Dns', { resourceGateway: f.gateway, instance: db, privateDnsEnabled: false });

    // THEN
    const annotations = Annotations.fromStack(f.stack);
    annotations.hasWarning('/Stack/Arn', Match.stringLikeRegexp('privateDnsEnabled false does not turn private DNS off.*true and immutable.*arnPrivateDnsAlwaysOn'));
    expect(annotations.findWarning('/Stack/Dns', Match.stringLikeRegexp('arnPrivateDnsAlwaysOn'))).toEqual([]);
  });

  test('a cluster becomes an ARN configuration on the cluster ARN', () => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f);

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      cluster,
      clusterEndpoint: ClusterEndpointType.WRITER,
      mode: DatabaseSharingMode.ARN,
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'ARN',
      ResourceConfigurationDefinition: {
        ArnResource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':rds:us-east-1:111111111111:cluster:', { Ref: logicalId(f.stack, cluster) }]] },
      },
      PortRanges: Match.absent(),
    });
  });

  test('an imported cluster without endpoint addresses works in ARN mode', () => {
    // GIVEN
    const f = fixture();
    const cluster = rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imported', {
      clusterIdentifier: 'orders',
      engine: rds.DatabaseClusterEngine.AURORA_POSTGRESQL,
      securityGroups: [f.dbSg],
    });

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster, mode: DatabaseSharingMode.ARN });

    // THEN
    expect(shared.port).toBe(5432);
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: {
        ArnResource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':rds:us-east-1:111111111111:cluster:orders']] },
      },
    });
  });

  test('a port equal to the known port is accepted', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      mode: DatabaseSharingMode.ARN,
      port: 5432,
    });

    // THEN
    expect(shared.port).toBe(5432);
  });
});

describe('security groups', () => {
  test('the database admits the literal port from the gateway security group only', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      IpProtocol: 'tcp',
      FromPort: 5432,
      ToPort: 5432,
      GroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.dbSg), 'GroupId'] },
      SourceSecurityGroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.gatewaySg), 'GroupId'] },
      CidrIp: Match.absent(),
    });
  });

  test('the gateway may egress only to the literal port on the database security group', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster: auroraMysqlCluster(f, 3310) });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::EC2::SecurityGroupEgress', 1);
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      IpProtocol: 'tcp',
      FromPort: 3310,
      ToPort: 3310,
      GroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.gatewaySg), 'GroupId'] },
      DestinationSecurityGroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.dbSg), 'GroupId'] },
      CidrIp: Match.absent(),
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      FromPort: 3310,
      ToPort: 3310,
      GroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.dbSg), 'GroupId'] },
      SourceSecurityGroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.gatewaySg), 'GroupId'] },
    });
  });

  test('rules use the literal port, never the Endpoint.Port attribute, and no 0.0.0.0/0', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), mode: DatabaseSharingMode.ARN });

    // THEN
    const template = Template.fromStack(f.stack);
    const rules = JSON.stringify({
      ...template.findResources('AWS::EC2::SecurityGroupIngress'),
      ...template.findResources('AWS::EC2::SecurityGroupEgress'),
    });
    expect(rules).not.toContain('Endpoint.Port');
    expect(rules).not.toContain('0.0.0.0/0');
    const gatewayGroup = template.findResources('AWS::EC2::SecurityGroup')[logicalId(f.stack, f.gatewaySg)];
    expect(JSON.stringify(gatewayGroup)).not.toContain('0.0.0.0/0');
  });

  test('a writer and a reader of one cluster share one pair of rules', () => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f);

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Writer', { resourceGateway: f.gateway, cluster });
    new LatticeSharedDatabase(f.stack, 'Reader', { resourceGateway: f.gateway, cluster, clusterEndpoint: ClusterEndpointType.READER });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 2);
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
    template.resourceCountIs('AWS::EC2::SecurityGroupEgress', 1);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { Description: 'VPC Lattice resource gateway to database on TCP 3306' });
  });

  test('the gateway created security group gets the egress rule', () => {
    // GIVEN
    const f = fixture();
    const gateway = new ResourceGateway(f.stack, 'OwnGateway', { vpc: f.vpc });

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: gateway, instance: postgresInstance(f) });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      FromPort: 5432,
      ToPort: 5432,
      GroupId: { 'Fn::GetAtt': [f.stack.getLogicalId(gateway.securityGroup!.node.defaultChild as any), 'GroupId'] },
      DestinationSecurityGroupId: { 'Fn::GetAtt': [logicalId(f.stack, f.dbSg), 'GroupId'] },
    });
  });

  test('an imported gateway without security groups adds no rules and warns', () => {
    // GIVEN
    const f = fixture();
    const gateway: IResourceGateway = ResourceGateway.fromResourceGatewayId(f.stack, 'ImportedGateway', 'rgw-0123456789abcdef0');

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: gateway, instance: postgresInstance(f) });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    template.resourceCountIs('AWS::EC2::SecurityGroupEgress', 0);
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { ResourceGatewayId: 'rgw-0123456789abcdef0' });
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('has no known security groups.*allow TCP 5432'));
  });

  test('an imported database without security groups adds no rules and warns', () => {
    // GIVEN
    const f = fixture();
    const db = rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Imported', {
      instanceIdentifier: 'orders',
      instanceEndpointAddress: 'orders.abc.us-east-1.rds.amazonaws.com',
      port: 3306,
      securityGroups: [],
    });

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    Template.fromStack(f.stack).resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('Database Stack/Imported has no known security groups'));
  });
});

describe('service network associations', () => {
  test('serviceNetworks associates with each network, private DNS on', () => {
    // GIVEN
    const f = fixture();
    const a = new ServiceNetwork(f.stack, 'NetworkA');
    const b = ServiceNetwork.fromServiceNetworkId(f.stack, 'NetworkB', 'sn-0123456789abcdef0');

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), serviceNetworks: [a, b] });

    // THEN
    const template = Template.fromStack(f.stack);
    template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 2);
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', {
      ResourceConfigurationId: { 'Fn::GetAtt': [logicalId(f.stack, shared), 'Id'] },
      ServiceNetworkId: { 'Fn::GetAtt': [logicalId(f.stack, a), 'Id'] },
      PrivateDnsEnabled: true,
    });
    template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', {
      ResourceConfigurationId: { 'Fn::GetAtt': [logicalId(f.stack, shared), 'Id'] },
      ServiceNetworkId: 'sn-0123456789abcdef0',
      PrivateDnsEnabled: true,
    });
  });

  test('privateDnsEnabled false applies to the associations', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      serviceNetworks: [new ServiceNetwork(f.stack, 'Network')],
      privateDnsEnabled: false,
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', { PrivateDnsEnabled: false });
  });

  test('associateWith returns the association and takes an id', () => {
    // GIVEN
    const f = fixture();
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });
    const network = new ServiceNetwork(f.stack, 'Network');

    // WHEN
    const association = shared.associateWith(network, 'Orders');

    // THEN
    expect(association).toBeInstanceOf(ServiceNetworkResourceAssociation);
    const resource = (association as ServiceNetworkResourceAssociation).resource;
    expect(resource.node.path).toBe('Stack/Shared/Orders');
    expect(f.stack.resolve(association.serviceNetworkResourceAssociationId)).toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(resource), 'Id'] });
    expect(f.stack.resolve(association.serviceNetworkResourceAssociationArn)).toEqual({ 'Fn::GetAtt': [f.stack.getLogicalId(resource), 'Arn'] });
    Template.fromStack(f.stack).resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
  });

  test('a construct can depend on the association associateWith returns', () => {
    // GIVEN
    const f = fixture();
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });
    const association = shared.associateWith(new ServiceNetwork(f.stack, 'Network'), 'Orders');
    const waiter = new ec2.SecurityGroup(f.stack, 'Waiter', { vpc: f.vpc });

    // WHEN
    waiter.node.addDependency(association);

    // THEN
    const associationId = f.stack.getLogicalId((association as ServiceNetworkResourceAssociation).resource);
    Template.fromStack(f.stack).hasResource('AWS::EC2::SecurityGroup', { DependsOn: [associationId] });
  });

  test('an imported configuration associates with a service network under its own path', () => {
    // GIVEN
    const f = fixture();
    const imported = LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'Imported',
      'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0');
    const network = new ServiceNetwork(f.stack, 'Network');

    // WHEN
    const association = imported.associateWith(network, 'Orders');

    // THEN
    expect((association as ServiceNetworkResourceAssociation).resource.node.path).toBe('Stack/Imported/Orders');
    expect(imported.resourceGateway).toBeUndefined();
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', {
      ResourceConfigurationId: 'rcfg-0123456789abcdef0',
      PrivateDnsEnabled: true,
    });
    expect(() => imported.associateWith(network)).not.toThrow();
    expect(() => imported.associateWith(network)).toThrow(/associateWith\(serviceNetwork\): resource configuration 'Stack\/Imported' is already associated/);
  });

  test('allowAssociationToSharableServiceNetwork false is rendered and rejects a shareable ServiceNetwork', () => {
    // GIVEN
    const f = fixture();
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      allowAssociationToSharableServiceNetwork: false,
    });
    const network = new ServiceNetwork(f.stack, 'Network');

    // WHEN
    const error = thrown(() => shared.associateWith(network));

    // THEN
    expect(error).toMatch(/allowAssociationToSharableServiceNetwork must be true/);
    expect(error).toContain("'Stack/Network'");
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { AllowAssociationToSharableServiceNetwork: false });
  });

  test('allowAssociationToSharableServiceNetwork false with an imported network warns', () => {
    // GIVEN
    const f = fixture();
    const network = ServiceNetwork.fromServiceNetworkId(f.stack, 'Network', 'sn-0123456789abcdef0');

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      allowAssociationToSharableServiceNetwork: false,
      serviceNetworks: [network],
    });

    // THEN
    Template.fromStack(f.stack).resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('fails if that service network is shareable'));
  });

  test.each([
    [true, 'refuses', 1],
    [false, 'accepts without a warning', 0],
  ])('allowAssociationToSharableServiceNetwork false with an imported network that says shareable %s %s it', (shareable, _what, refused) => {
    // GIVEN
    const f = fixture();
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      allowAssociationToSharableServiceNetwork: false,
    });
    const network = ServiceNetwork.fromServiceNetworkAttributes(f.stack, 'Network', { serviceNetworkId: 'sn-0123456789abcdef0', shareable });

    // WHEN
    const act = () => shared.associateWith(network);

    // THEN
    if (refused) {
      expect(act).toThrow("allowAssociationToSharableServiceNetwork must be true to associate with service network 'Stack/Network', which is shareable; got false");
    } else {
      expect(act).not.toThrow();
      Annotations.fromStack(f.stack).hasNoWarning('/Stack/Shared', Match.stringLikeRegexp('fails if that service network is shareable'));
    }
  });

  test('allowAssociationToSharableServiceNetwork true renders true', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      allowAssociationToSharableServiceNetwork: true,
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { AllowAssociationToSharableServiceNetwork: true });
    Annotations.fromStack(f.stack).hasNoWarning('/Stack/Shared', Match.anyValue());
  });
});

describe('resource access logs', () => {
  // "for resource configurations, we publish VpcLatticeResourceAccessLogs which needs to be configured
  // separately" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html); the
  // details are tested in test/access-logs.test.ts
  test('are on by default, as children of the construct, with the subscription exposed', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db });

    // THEN
    expect(['AccessLogKey', 'AccessLogs', 'AccessLogSubscription']
      .map(id => shared.node.tryFindChild(id) !== undefined)).toEqual([true, true, true]);
    expect(shared.accessLogSubscription).toBe(shared.node.findChild('AccessLogSubscription'));
    expect(shared.accessLogGroup).toBe(shared.node.findChild('AccessLogs'));
    expect(shared.accessLogEncryptionKey).toBe(shared.node.findChild('AccessLogKey'));
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
      ResourceIdentifier: { 'Fn::GetAtt': [logicalId(f.stack, shared), 'Id'] },
    });
  });

  test('accessLogs false leaves them out', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db, accessLogs: false });

    // THEN
    Template.fromStack(f.stack).resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 0);
    expect(shared.accessLogSubscription).toBeUndefined();
    expect(shared.node.children.map(c => c.node.id).filter(id => id.startsWith('AccessLog'))).toEqual([]);
  });
});

describe('imports', () => {
  const arn = 'arn:aws:vpc-lattice:eu-west-1:222222222222:resourceconfiguration/rcfg-0123456789abcdef0';

  test('fromResourceConfigurationArn derives the id and the environment', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const config = LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'Imported', arn);

    // THEN
    expect(config.resourceConfigurationArn).toBe(arn);
    expect(config.resourceConfigurationId).toBe('rcfg-0123456789abcdef0');
    expect(config.port).toBeUndefined();
    expect(config.env.account).toBe('222222222222');
    expect(config.env.region).toBe('eu-west-1');
  });

  test('fromResourceConfigurationAttributes keeps the port', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const config = LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'Imported', { resourceConfigurationArn: arn, port: 5432 });

    // THEN
    expect(config.port).toBe(5432);
    expect(config.resourceConfigurationId).toBe('rcfg-0123456789abcdef0');
  });

  test('a token ARN is accepted and split at deploy time', () => {
    // GIVEN
    const f = fixture();
    const real = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f) });

    // WHEN
    const config = LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'Imported', real.resourceConfigurationArn);

    // THEN
    const resolved = JSON.stringify(f.stack.resolve(config.resourceConfigurationId));
    expect(resolved).toContain('"Fn::Split":["/"');
    expect(resolved).toContain(logicalId(f.stack, real));
  });

  test.each<[string, ResourceConfigurationAttributes, RegExp, string]>([
    ['malformed ARN', { resourceConfigurationArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123' }, /resourceConfigurationArn must be an ARN like/, "'arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123'"],
    ['id instead of ARN', { resourceConfigurationArn: 'rcfg-0123456789abcdef0' }, /resourceConfigurationArn/, "'rcfg-0123456789abcdef0'"],
    ['port out of range', { resourceConfigurationArn: arn, port: 0 }, /port must be a whole number from 1 to 65535/, 'got 0'],
  ])('rejects %s', (_name, attrs, message, value) => {
    // GIVEN
    const f = fixture();

    // WHEN
    const error = thrown(() => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'Imported', attrs));

    // THEN
    expect(error).toMatch(message);
    expect(error).toContain(value);
  });
});

describe('errors', () => {
  test.each<[string, (f: Fixture) => Omit<LatticeSharedDatabaseProps, 'resourceGateway'>, RegExp, string]>([
    ['neither instance nor cluster', () => ({}), /exactly one of instance, cluster/, 'got none'],
    ['both instance and cluster', f => ({ instance: postgresInstance(f), cluster: auroraMysqlCluster(f) }), /exactly one of instance, cluster/, 'instance and cluster'],
    ['clusterEndpoint without cluster', f => ({ instance: postgresInstance(f), clusterEndpoint: ClusterEndpointType.WRITER }), /clusterEndpoint can only be set with cluster/, "'WRITER'"],
    ['READER in ARN mode', f => ({ cluster: auroraMysqlCluster(f), clusterEndpoint: ClusterEndpointType.READER, mode: DatabaseSharingMode.ARN }), /clusterEndpoint 'READER' needs mode DNS: in ARN mode the configuration of the cluster ARN already carries the reader endpoint/, "got mode 'ARN'"],
    ['port 0', f => ({ instance: postgresInstance(f), port: 0 }), /port must be a whole number from 1 to 65535/, 'got 0'],
    ['port 65536', f => ({ instance: postgresInstance(f), port: 65536 }), /port must be a whole number from 1 to 65535/, 'got 65536'],
    ['fractional port', f => ({ instance: postgresInstance(f), port: 5432.5 }), /port must be a whole number/, 'got 5432.5'],
    ['port differing from the database in ARN mode', f => ({ instance: postgresInstance(f), mode: DatabaseSharingMode.ARN, port: 6432 }), /port must equal the port of database 'Stack\/Db' \(5432\) in ARN mode/, 'got 6432'],
    ['unknown port', f => ({ cluster: rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imp', { clusterIdentifier: 'c' }), mode: DatabaseSharingMode.ARN }), /port must be given/, "'Stack/Imp'"],
    ['name too short', f => ({ instance: postgresInstance(f), resourceConfigurationName: 'db' }), /resourceConfigurationName must be 3-40 characters/, "'db'"],
    ['name too long', f => ({ instance: postgresInstance(f), resourceConfigurationName: 'a'.repeat(41) }), /resourceConfigurationName/, 'a'.repeat(41)],
    ['name with uppercase', f => ({ instance: postgresInstance(f), resourceConfigurationName: 'OrdersDb' }), /resourceConfigurationName must use only lowercase/, "'OrdersDb'"],
    ['name ending in a hyphen', f => ({ instance: postgresInstance(f), resourceConfigurationName: 'orders-' }), /resourceConfigurationName must not start or end with a hyphen/, "'orders-'"],
    ['reserved prefix', f => ({ instance: postgresInstance(f), resourceConfigurationName: 'rcfg-orders' }), /resourceConfigurationName must not start with 'rcfg-'/, "'rcfg-orders'"],
    ['customDomainName without a dot', f => ({ instance: postgresInstance(f), customDomainName: 'orders' }), /customDomainName must be/, "'orders'"],
    ['customDomainName with a space', f => ({ instance: postgresInstance(f), customDomainName: 'orders db.example.com' }), /customDomainName/, "'orders db.example.com'"],
    ['customDomainName with a leading hyphen label', f => ({ instance: postgresInstance(f), customDomainName: '-orders.example.com' }), /customDomainName/, "'-orders.example.com'"],
    ['customDomainName in uppercase', f => ({ instance: postgresInstance(f), customDomainName: 'Orders.Example.com' }), /customDomainName/, "'Orders.Example.com'"],
    ['reader of an imported cluster without reader address', f => ({
      cluster: rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imp', { clusterIdentifier: 'c', engine: rds.DatabaseClusterEngine.AURORA_MYSQL }),
      clusterEndpoint: ClusterEndpointType.READER,
    }), /cluster 'Stack\/Imp' has no reader endpoint address.*readerEndpointAddress/, "'READER'"],
    ['writer of an imported cluster without address in DNS mode', f => ({
      cluster: rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imp', { clusterIdentifier: 'c', engine: rds.DatabaseClusterEngine.AURORA_MYSQL }),
    }), /cluster 'Stack\/Imp' has no writer endpoint address.*clusterEndpointAddress/, "'WRITER'"],
  ])('rejects %s', (_name, props, message, value) => {
    // GIVEN
    const f = fixture();
    const given = props(f);

    // WHEN
    const error = thrown(() => new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, ...given }));

    // THEN
    expect(error).toMatch(message);
    expect(error).toContain(value);
  });

  test('tokens are not validated', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      resourceConfigurationName: Token.asString({ Ref: 'Name' }),
      customDomainName: Token.asString({ Ref: 'Domain' }),
      port: Token.asNumber({ Ref: 'Port' }),
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      Name: { Ref: 'Name' },
      CustomDomainName: { Ref: 'Domain' },
      PortRanges: [{ Ref: 'Port' }],
    });
    expect(Token.isUnresolved(shared.port)).toBe(true);
  });

  test('warnings can be acknowledged', () => {
    // GIVEN
    const f = fixture();
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), port: 6432 });

    // WHEN
    CoreAnnotations.of(shared).acknowledgeWarning('cdk-lattice-shared-database:portDiffersFromDatabase', 'a proxy listens on 6432');

    // THEN
    Annotations.fromStack(f.stack).hasNoWarning('/Stack/Shared', Match.anyValue());
  });
});

describe('CloudFormation validation', () => {
  test('a network, an instance in DNS mode and a cluster in ARN and reader modes pass the built-in template validation', () => {
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
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    const db = new rds.DatabaseInstance(stack, 'Db', {
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      storageEncrypted: true,
    });
    const cluster = auroraMysqlCluster({ stack, vpc, gateway, gatewaySg: undefined as any, dbSg: new ec2.SecurityGroup(stack, 'DbSg', { vpc }) });
    const network = new ServiceNetwork(stack, 'Network', { accessLogs: true });

    // WHEN
    new LatticeSharedDatabase(stack, 'Instance', { resourceGateway: gateway, instance: db, serviceNetworks: [network], customDomainName: 'orders.example.com' });
    new LatticeSharedDatabase(stack, 'ClusterArn', { resourceGateway: gateway, cluster, mode: DatabaseSharingMode.ARN, serviceNetworks: [network] });
    new LatticeSharedDatabase(stack, 'ClusterReader', { resourceGateway: gateway, cluster, clusterEndpoint: ClusterEndpointType.READER });
    new LatticeSharedDatabase(stack, 'InstanceTls', { resourceGateway: gateway, instance: db, customDomainNameFromDatabase: true });
    new LatticeSharedDatabase(stack, 'InstanceVerified', {
      resourceGateway: gateway, instance: db, customDomainName: 'db.example.com', domainVerificationId: 'dv-0123456789abcdef0',
    });

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

    // THEN: the report exists (so validation ran) and has no finding on anything this
    // library creates (the test databases may have their own)
    const ours = report.pluginReports.flatMap(r => r.violations)
      .flatMap(v => v.violatingConstructs.map(c => `${c.constructPath}: ${v.description}`))
      .filter(finding => /^Stack\/(Gateway|Network|Instance|ClusterArn|ClusterReader|InstanceTls|InstanceVerified)\//.test(finding));
    expect(ours).toEqual([]);
  });
});

describe('a custom domain name that keeps TLS verification working', () => {
  // "Resource providers can attach a custom domain name to a resource configuration [...]. The custom
  // domain name can be owned and verified by the resource provider, or it can be a third-party or AWS
  // domain" (https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html): the RDS
  // endpoint hostname, which the database certificate covers, is such an AWS domain
  test('customDomainNameFromDatabase makes the instance endpoint hostname the custom domain name', () => {
    // GIVEN
    const f = fixture();
    const db = postgresInstance(f);

    // WHEN
    const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db, customDomainNameFromDatabase: true });

    // THEN
    const address = { 'Fn::GetAtt': [logicalId(f.stack, db), 'Endpoint.Address'] };
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationType: 'SINGLE',
      ResourceConfigurationDefinition: { DnsResource: { DomainName: address, IpAddressType: 'IPV4' } },
      CustomDomainName: address,
      DomainVerificationId: Match.absent(),
    });
    expect(f.stack.resolve(shared.domainName)).toEqual(address);
    Annotations.fromStack(f.stack).hasWarning('/Stack/Shared', Match.stringLikeRegexp('customDomainNameFromDatabase sets the custom domain name to the database hostname'));
  });

  test.each<[ClusterEndpointType, string]>([
    [ClusterEndpointType.WRITER, 'Endpoint.Address'],
    [ClusterEndpointType.READER, 'ReadEndpoint.Address'],
  ])('customDomainNameFromDatabase on the %s endpoint of a cluster takes that endpoint hostname', (clusterEndpoint, attribute) => {
    // GIVEN
    const f = fixture();
    const cluster = auroraMysqlCluster(f);

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, cluster, clusterEndpoint, customDomainNameFromDatabase: true });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      CustomDomainName: { 'Fn::GetAtt': [logicalId(f.stack, cluster), attribute] },
    });
  });

  test('an imported instance gives its literal hostname', () => {
    // GIVEN
    const f = fixture();
    const db = rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Db', {
      instanceIdentifier: 'orders',
      instanceEndpointAddress: 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com',
      port: 5432,
      securityGroups: [f.dbSg],
    });

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db, customDomainNameFromDatabase: true });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      CustomDomainName: 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com',
    });
  });

  // DomainVerificationId, "The domain verification ID of your verified custom domain name"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  test('domainVerificationId is passed through with the custom domain name, also as a token', () => {
    // GIVEN
    const f = fixture();

    // WHEN
    new LatticeSharedDatabase(f.stack, 'Shared', {
      resourceGateway: f.gateway,
      instance: postgresInstance(f),
      customDomainName: 'orders.db.example.com',
      domainVerificationId: Token.asString({ Ref: 'Verification' }),
    });

    // THEN
    Template.fromStack(f.stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      CustomDomainName: 'orders.db.example.com',
      DomainVerificationId: { Ref: 'Verification' },
    });
  });

  // "the resource configuration [...] DomainVerificationId: Update requires: Replacement"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
  test('the generated name changes with domainVerificationId and customDomainNameFromDatabase, not without them', () => {
    // GIVEN
    const name = (props: Partial<LatticeSharedDatabaseProps>) => {
      const f = fixture();
      const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: postgresInstance(f), ...props });
      return f.stack.resolve(shared.resourceConfigurationName);
    };

    // WHEN
    const plain = name({ customDomainName: 'orders.example.com' });
    const verified = name({ customDomainName: 'orders.example.com', domainVerificationId: 'dv-0123456789abcdef0' });
    const fromDatabase = name({ customDomainNameFromDatabase: true });
    const none = name({});

    // THEN
    expect(new Set([plain, verified, fromDatabase, none]).size).toBe(4);
    expect(name({ customDomainNameFromDatabase: false })).toBe(none);
  });

  test('a database identifier the user fixes is part of the generated name with customDomainNameFromDatabase', () => {
    // GIVEN
    const name = (instanceIdentifier: string) => {
      const f = fixture();
      const db = new rds.DatabaseInstance(f.stack, 'Db', {
        vpc: f.vpc,
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        instanceIdentifier,
      });
      const shared = new LatticeSharedDatabase(f.stack, 'Shared', { resourceGateway: f.gateway, instance: db, customDomainNameFromDatabase: true });
      return f.stack.resolve(shared.resourceConfigurationName);
    };

    // THEN: a new identifier gives a new hostname, which replaces the configuration: a new name lets it deploy
    expect(name('orders')).not.toBe(name('orders-v2'));
  });
});
