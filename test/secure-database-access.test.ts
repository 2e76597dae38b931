import { App, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  CrossAccountShare,
  DatabaseConsumerAccess,
  DatabaseOptions,
  DatabaseSharingMode,
  SecureDatabaseAccess,
  SecureDatabaseAccessProps,
  ServiceNetwork,
  SharePrincipal,
} from '../src';

const ENV = { account: '111111111111', region: 'us-east-1' };
const CONSUMER = '222222222222';
const RESOURCE_CONFIGURATION_PERMISSION = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ram::aws:permission/AWSRAMPermissionVpcLatticeResourceConfiguration']],
};
const SERVICE_NETWORK_PERMISSION = {
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ram::aws:permission/AWSRAMPermissionVpcLatticeServiceNetworkReadWrite']],
};

type Options = Omit<SecureDatabaseAccessProps, 'consumers'> & { readonly consumers?: SharePrincipal[] };

function makeStack(): Stack {
  return new Stack(new App(), 'Provider', { env: ENV });
}

/** Builds the composite in a fresh stack; `props` may create what it needs in that stack first. */
function build(props: Options | ((stack: Stack) => Options) = {}) {
  const stack = makeStack();
  const options = typeof props === 'function' ? props(stack) : props;
  const access = new SecureDatabaseAccess(stack, 'Access', { consumers: [SharePrincipal.account(CONSUMER)], ...options });
  return { stack, access, template: Template.fromStack(stack) };
}

/** The logical id of the only resource of a type that matches the properties. */
function idOf(template: Template, type: string, properties?: Record<string, unknown>): string {
  const ids = Object.keys(template.findResources(type, properties ? { Properties: Match.objectLike(properties) } : undefined));
  if (ids.length !== 1) {
    throw new Error(`expected one ${type}, found ${ids.length}: ${ids.join(', ')}`);
  }
  return ids[0];
}

const getAtt = (id: string, attribute: string) => ({ 'Fn::GetAtt': [id, attribute] });
const ref = (id: string) => ({ Ref: id });
const keyArn = (template: Template) => getAtt(idOf(template, 'AWS::KMS::Key'), 'Arn');
const gatewayGroup = (template: Template) => idOf(template, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('^VPC Lattice resource gateway') });
const databaseGroup = (template: Template) => idOf(template, 'AWS::EC2::SecurityGroup', { GroupDescription: Match.stringLikeRegexp('^Shared database') });

/** The ids of the created database subnets (the new VPC's `Database` group). */
function databaseSubnets(template: Template): Array<{ Ref: string }> {
  return Object.keys(template.findResources('AWS::EC2::Subnet', {
    Properties: { Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-name', Value: 'Database' }]) },
  })).sort().map(ref);
}

function outputValues(template: Template): Record<string, unknown> {
  const outputs = template.findOutputs('*');
  return Object.fromEntries(Object.entries(outputs).map(([id, o]) => [id, o.Value]));
}

describe('SecureDatabaseAccess', () => {
  describe('minimal use: only consumers', () => {
    // GIVEN / WHEN: one stack shared by the assertions of the secure defaults
    let stack: Stack;
    let access: SecureDatabaseAccess;
    let template: Template;
    beforeAll(() => {
      ({ stack, access, template } = build());
    });

    test('creates a VPC with isolated subnets in two Availability Zones and no way to the internet', () => {
      // THEN
      template.resourceCountIs('AWS::EC2::VPC', 1);
      template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.0.0.0/16' });
      const subnets = Object.values(template.findResources('AWS::EC2::Subnet'));
      expect(subnets).toHaveLength(2);
      for (const subnet of subnets) {
        expect(subnet.Properties.MapPublicIpOnLaunch).toBe(false);
        expect(subnet.Properties.Tags).toContainEqual({ Key: 'aws-cdk:subnet-type', Value: 'Isolated' });
      }
      expect(new Set(subnets.map(s => s.Properties.AvailabilityZone)).size).toBe(2);
      template.resourceCountIs('AWS::EC2::NatGateway', 0);
      template.resourceCountIs('AWS::EC2::InternetGateway', 0);
      template.resourceCountIs('AWS::EC2::VPCGatewayAttachment', 0);
      template.resourceCountIs('AWS::EC2::EIP', 0);
      template.resourceCountIs('AWS::EC2::Route', 0);
    });

    test('deploys no Lambda function and no custom resource', () => {
      // THEN
      template.resourceCountIs('AWS::Lambda::Function', 0);
      const types = Object.values(template.toJSON().Resources as Record<string, { Type: string }>).map(r => r.Type);
      expect(types.filter(t => t.startsWith('Custom::') || t === 'AWS::CloudFormation::CustomResource')).toEqual([]);
    });

    test('allows no traffic from or to 0.0.0.0/0 or ::/0 anywhere', () => {
      // THEN
      const text = JSON.stringify(template.toJSON());
      expect(text).not.toContain('0.0.0.0/0');
      expect(text).not.toContain('::/0');
    });

    test('creates one customer managed key with rotation on, retained, usable by CloudWatch Logs', () => {
      // THEN
      template.resourceCountIs('AWS::KMS::Key', 1);
      template.hasResource('AWS::KMS::Key', {
        Properties: Match.objectLike({ EnableKeyRotation: true }),
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([Match.objectLike({
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Action: Match.arrayWith(['kms:Decrypt*', 'kms:GenerateDataKey*']),
          })]),
        },
      });
    });

    test('creates an encrypted MySQL instance with an RDS-managed secret and the secure defaults', () => {
      // THEN
      template.resourceCountIs('AWS::RDS::DBInstance', 1);
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        Engine: 'mysql',
        EngineVersion: Match.stringLikeRegexp('^8\\.4'),
        DBInstanceClass: 'db.t3.micro',
        AllocatedStorage: '20',
        MaxAllocatedStorage: Match.absent(),
        StorageType: 'gp3',
        StorageEncrypted: true,
        KmsKeyId: keyArn(template),
        ManageMasterUserPassword: true,
        MasterUserSecret: { KmsKeyId: keyArn(template) },
        MasterUserPassword: Match.absent(),
        MasterUsername: 'dbadmin',
        PubliclyAccessible: false,
        DeletionProtection: true,
        BackupRetentionPeriod: 7,
        MultiAZ: false,
        AvailabilityZone: Match.absent(),
        EnableCloudwatchLogsExports: Match.arrayWith(['error', 'general', 'slowquery']),
        EnableIAMDatabaseAuthentication: true,
        EnablePerformanceInsights: false,
        MonitoringInterval: Match.absent(),
        DBName: Match.absent(),
        Port: Match.absent(),
        DBParameterGroupName: ref(idOf(template, 'AWS::RDS::DBParameterGroup')),
        VPCSecurityGroups: [getAtt(databaseGroup(template), 'GroupId')],
      });
      template.hasResource('AWS::RDS::DBInstance', { DeletionPolicy: 'Snapshot', UpdateReplacePolicy: 'Snapshot' });
    });

    test('lets RDS manage the password: no secret, attachment or rotation Lambda of its own', () => {
      // THEN
      template.resourceCountIs('AWS::SecretsManager::Secret', 0);
      template.resourceCountIs('AWS::SecretsManager::SecretTargetAttachment', 0);
      template.resourceCountIs('AWS::SecretsManager::RotationSchedule', 0);
    });

    test('requires TLS through the parameter group', () => {
      // THEN
      template.hasResourceProperties('AWS::RDS::DBParameterGroup', {
        Family: 'mysql8.4',
        Parameters: Match.objectLike({ require_secure_transport: '1' }),
      });
    });

    test('places the database in the isolated subnets', () => {
      // THEN
      template.hasResourceProperties('AWS::RDS::DBSubnetGroup', { SubnetIds: databaseSubnets(template) });
    });

    test('the database admits 3306 only from the gateway, and the gateway sends only to the database on 3306', () => {
      // THEN
      const db = databaseGroup(template);
      const gateway = gatewayGroup(template);
      template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: getAtt(db, 'GroupId'),
        SourceSecurityGroupId: getAtt(gateway, 'GroupId'),
        IpProtocol: 'tcp',
        FromPort: 3306,
        ToPort: 3306,
      });
      template.resourceCountIs('AWS::EC2::SecurityGroupEgress', 1);
      template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
        GroupId: getAtt(gateway, 'GroupId'),
        DestinationSecurityGroupId: getAtt(db, 'GroupId'),
        IpProtocol: 'tcp',
        FromPort: 3306,
        ToPort: 3306,
      });
      // no inline rules: the database group keeps only aws-cdk-lib's rule that matches no traffic
      template.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: Match.stringLikeRegexp('^Shared database'),
        SecurityGroupIngress: Match.absent(),
        SecurityGroupEgress: [Match.objectLike({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })],
      });
      template.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: Match.stringLikeRegexp('^VPC Lattice resource gateway'),
        SecurityGroupIngress: Match.absent(),
        SecurityGroupEgress: Match.absent(),
      });
    });

    test('creates a resource gateway in both isolated subnets with its own security group', () => {
      // THEN
      template.resourceCountIs('AWS::VpcLattice::ResourceGateway', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', {
        VpcIdentifier: ref(idOf(template, 'AWS::EC2::VPC')),
        SubnetIds: databaseSubnets(template),
        SecurityGroupIds: [getAtt(gatewayGroup(template), 'GroupId')],
        IpAddressType: 'IPV4',
        Ipv4AddressesPerEni: Match.absent(),
      });
    });

    test('creates a DNS resource configuration on the database endpoint and port 3306', () => {
      // THEN
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationType: 'SINGLE',
        ResourceGatewayId: getAtt(idOf(template, 'AWS::VpcLattice::ResourceGateway'), 'Id'),
        ResourceConfigurationDefinition: {
          DnsResource: { DomainName: getAtt(idOf(template, 'AWS::RDS::DBInstance'), 'Endpoint.Address'), IpAddressType: 'IPV4' },
        },
        PortRanges: ['3306'],
        ProtocolType: 'TCP',
        AllowAssociationToSharableServiceNetwork: true,
      });
    });

    test('creates a service network with access logs encrypted with the key and kept a year', () => {
      // THEN
      template.resourceCountIs('AWS::VpcLattice::ServiceNetwork', 1);
      template.hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { AuthType: 'NONE' });
      const logGroup = idOf(template, 'AWS::Logs::LogGroup', { LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/vpclattice/(?!resource-access/)') });
      template.hasResource('AWS::Logs::LogGroup', {
        Properties: Match.objectLike({ LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/vpclattice/(?!resource-access/)'), KmsKeyId: keyArn(template), RetentionInDays: 365 }),
        DeletionPolicy: 'Retain',
      });
      template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
        ResourceIdentifier: getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Id'),
        DestinationArn: getAtt(logGroup, 'Arn'),
      });
    });

    test('associates the configuration with the service network', () => {
      // THEN
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
      template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', {
        ResourceConfigurationId: getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Id'),
        ServiceNetworkId: getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Id'),
      });
    });

    test('shares the configuration and the service network in two RAM shares with the consumer', () => {
      // THEN
      template.resourceCountIs('AWS::RAM::ResourceShare', 2);
      template.hasResourceProperties('AWS::RAM::ResourceShare', {
        Principals: [CONSUMER],
        ResourceArns: [getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Arn')],
        PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION],
        AllowExternalPrincipals: true,
      });
      template.hasResourceProperties('AWS::RAM::ResourceShare', {
        Principals: [CONSUMER],
        ResourceArns: [getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Arn')],
        PermissionArns: [SERVICE_NETWORK_PERMISSION],
        AllowExternalPrincipals: true,
      });
    });

    test('logs all VPC traffic to an encrypted log group', () => {
      // THEN
      template.resourceCountIs('AWS::EC2::FlowLog', 1);
      const logGroup = idOf(template, 'AWS::Logs::LogGroup', { LogGroupName: Match.absent() });
      template.hasResourceProperties('AWS::EC2::FlowLog', {
        ResourceId: ref(idOf(template, 'AWS::EC2::VPC')),
        ResourceType: 'VPC',
        TrafficType: 'ALL',
        LogDestinationType: 'cloud-watch-logs',
        LogGroupName: ref(logGroup),
      });
      template.hasResource('AWS::Logs::LogGroup', {
        Properties: { KmsKeyId: keyArn(template), RetentionInDays: 365 },
        DeletionPolicy: 'Retain',
      });
    });

    test('creates no CloudTrail trail and no bucket', () => {
      // THEN
      template.resourceCountIs('AWS::CloudTrail::Trail', 0);
      template.resourceCountIs('AWS::S3::Bucket', 0);
    });

    test('outputs what a consumer needs', () => {
      // THEN
      const values = Object.values(outputValues(template));
      expect(values).toHaveLength(6);
      expect(values).toEqual(expect.arrayContaining([
        getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Arn'),
        // the hostname the RDS certificate covers
        getAtt(idOf(template, 'AWS::RDS::DBInstance'), 'Endpoint.Address'),
        getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Arn'),
        getAtt(idOf(template, 'AWS::RAM::ResourceShare', { PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION] }), 'Arn'),
        getAtt(idOf(template, 'AWS::RDS::DBInstance'), 'MasterUserSecret.SecretArn'),
      ]));
      expect(values.map(String)).toContain('3306');
    });

    test('exposes every child', () => {
      // THEN
      expect(access.vpc).toBeInstanceOf(ec2.Vpc);
      expect(access.encryptionKey).toBeInstanceOf(kms.Key);
      expect(access.database).toBeInstanceOf(rds.DatabaseInstance);
      expect(access.databaseSecurityGroup).toBeInstanceOf(ec2.SecurityGroup);
      expect(stack.resolve(access.secret!.secretArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^AccessDatabase/), 'MasterUserSecret.SecretArn'] });
      expect(access.port).toBe(3306);
      expect(access.resourceGateway.vpc).toBe(access.vpc);
      expect(access.sharedDatabase.port).toBe(3306);
      expect(access.serviceNetwork).toBeInstanceOf(ServiceNetwork);
      expect(access.share).toBeInstanceOf(CrossAccountShare);
      expect(access.serviceNetworkShare).toBeInstanceOf(CrossAccountShare);
      expect(access.serviceNetworkShare).not.toBe(access.share);
      expect(access.flowLog).toBeInstanceOf(ec2.FlowLog);
      expect(access.flowLogGroup).toBeInstanceOf(logs.LogGroup);
      expect(access.parameterGroup).toBeInstanceOf(rds.ParameterGroup);
      expect(access.optionGroup).toBeInstanceOf(rds.OptionGroup);
      expect(access.databaseCluster).toBeUndefined();
      expect(access.readReplica).toBeUndefined();
      expect(access.sharedReadReplica).toBeUndefined();
      expect(access.trail).toBeUndefined();
    });

    test('gives no warning', () => {
      // THEN
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });
  });

  describe('the VPC', () => {
    test('uses an existing VPC and creates none, placing gateway and database in its isolated subnets', () => {
      // GIVEN / WHEN
      let vpc!: ec2.Vpc;
      const { access, template } = build(stack => {
        vpc = new ec2.Vpc(stack, 'MyVpc', {
          maxAzs: 2,
          natGateways: 0,
          subnetConfiguration: [
            { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
            { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
          ],
        });
        return { vpc };
      });

      // THEN
      expect(access.vpc).toBe(vpc);
      template.resourceCountIs('AWS::EC2::VPC', 1);
      expect(idOf(template, 'AWS::EC2::VPC')).toMatch(/^MyVpc/);
      const isolated = [ref(Match.stringLikeRegexp('^MyVpcIsolatedSubnet1') as never), ref(Match.stringLikeRegexp('^MyVpcIsolatedSubnet2') as never)];
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', { VpcIdentifier: ref(idOf(template, 'AWS::EC2::VPC')), SubnetIds: isolated });
      template.hasResourceProperties('AWS::RDS::DBSubnetGroup', { SubnetIds: isolated });
      template.hasResourceProperties('AWS::EC2::FlowLog', { ResourceId: ref(idOf(template, 'AWS::EC2::VPC')) });
    });

    test('vpcSubnets chooses the subnets in an existing VPC', () => {
      // GIVEN / WHEN
      const { template } = build(stack => ({
        vpc: new ec2.Vpc(stack, 'MyVpc', {
          maxAzs: 2,
          natGateways: 0,
          subnetConfiguration: [
            { name: 'Apps', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
            { name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
          ],
        }),
        vpcSubnets: { subnetGroupName: 'Data' },
      }));

      // THEN
      const data = [ref(Match.stringLikeRegexp('^MyVpcDataSubnet1') as never), ref(Match.stringLikeRegexp('^MyVpcDataSubnet2') as never)];
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', { SubnetIds: data });
      template.hasResourceProperties('AWS::RDS::DBSubnetGroup', { SubnetIds: data });
    });

    test('vpcCidr sets the CIDR block of the new VPC', () => {
      // GIVEN / WHEN
      const { template } = build({ vpcCidr: '10.20.0.0/16' });

      // THEN
      template.hasResourceProperties('AWS::EC2::VPC', { CidrBlock: '10.20.0.0/16' });
      template.hasResourceProperties('AWS::EC2::Subnet', { CidrBlock: '10.20.0.0/24' });
      template.hasResourceProperties('AWS::EC2::Subnet', { CidrBlock: '10.20.1.0/24' });
    });

    test('internetAccess adds public subnets, an internet gateway and one NAT gateway', () => {
      // GIVEN / WHEN
      const { template } = build({ internetAccess: true });

      // THEN
      template.resourceCountIs('AWS::EC2::NatGateway', 1);
      template.resourceCountIs('AWS::EC2::InternetGateway', 1);
      template.resourceCountIs('AWS::EC2::Subnet', 4);
      template.hasResourceProperties('AWS::EC2::Subnet', {
        MapPublicIpOnLaunch: false,
        Tags: Match.arrayWith([{ Key: 'aws-cdk:subnet-type', Value: 'Public' }]),
      });
      template.hasResourceProperties('AWS::EC2::Route', { DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: Match.anyValue() });
      // the database and the gateway stay in the private 'Database' subnets
      const subnets = databaseSubnets(template);
      expect(subnets).toHaveLength(2);
      template.hasResourceProperties('AWS::RDS::DBSubnetGroup', { SubnetIds: subnets });
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', { SubnetIds: subnets });
    });
  });

  describe('the database', () => {
    test('an existing instance is shared as it is: no database, parameter group or database security group created', () => {
      // GIVEN / WHEN
      let db!: rds.DatabaseInstance;
      const { access, template } = build(stack => {
        const vpc = new ec2.Vpc(stack, 'MyVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
        db = new rds.DatabaseInstance(stack, 'MyDb', {
          engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        });
        return { vpc, database: db, flowLogs: false, createServiceNetwork: false, resourceAccessLogs: false };
      });

      // THEN
      expect(access.database).toBe(db);
      expect(access.databaseSecurityGroup).toBeUndefined();
      expect(access.secret).toBeUndefined();
      expect(access.encryptionKey).toBeUndefined();
      template.resourceCountIs('AWS::RDS::DBInstance', 1);
      expect(idOf(template, 'AWS::RDS::DBInstance')).toMatch(/^MyDb/);
      template.resourceCountIs('AWS::RDS::DBParameterGroup', 0);
      template.resourceCountIs('AWS::KMS::Key', 0);
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(idOf(template, 'AWS::RDS::DBInstance'), 'Endpoint.Address') }) },
        PortRanges: ['5432'],
      });
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: getAtt(Match.stringLikeRegexp('^MyDbSecurityGroup') as never, 'GroupId'),
        SourceSecurityGroupId: getAtt(gatewayGroup(template), 'GroupId'),
        FromPort: 5432,
        ToPort: 5432,
      });
      expect(Object.keys(outputValues(template)).some(id => id.includes('DatabaseSecretArn'))).toBe(false);
    });

    test('an existing database still gets the key for the logs', () => {
      // GIVEN / WHEN
      const { access, template } = build(stack => {
        const vpc = new ec2.Vpc(stack, 'MyVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
        const database = new rds.DatabaseInstance(stack, 'MyDb', {
          engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_3 }),
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        });
        return { vpc, database };
      });

      // THEN
      expect(access.encryptionKey).toBeDefined();
      template.resourceCountIs('AWS::KMS::Key', 1);
      template.resourceCountIs('AWS::RDS::DBInstance', 1);
      template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: keyArn(template), LogGroupName: Match.absent() });
    });

    test('an existing Aurora cluster is shared through its writer endpoint', () => {
      // GIVEN / WHEN
      let cluster!: rds.DatabaseCluster;
      const { access, template } = build(stack => {
        const vpc = new ec2.Vpc(stack, 'MyVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
        cluster = new rds.DatabaseCluster(stack, 'MyCluster', {
          engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
          writer: rds.ClusterInstance.provisioned('Writer'),
          vpc,
          vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        });
        return { vpc, databaseCluster: cluster };
      });

      // THEN
      expect(access.databaseCluster).toBe(cluster);
      expect(access.database).toBeUndefined();
      template.resourceCountIs('AWS::RDS::DBCluster', 1);
      template.resourceCountIs('AWS::RDS::DBInstance', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(idOf(template, 'AWS::RDS::DBCluster'), 'Endpoint.Address') }) },
        PortRanges: ['3306'],
      });
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
        GroupId: getAtt(Match.stringLikeRegexp('^MyClusterSecurityGroup') as never, 'GroupId'),
        SourceSecurityGroupId: getAtt(gatewayGroup(template), 'GroupId'),
        FromPort: 3306,
      });
    });

    test('clusterEngine creates an encrypted Aurora cluster with a writer and TLS required', () => {
      // GIVEN / WHEN
      const { access, template } = build({
        databaseOptions: { clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }) },
      });

      // THEN
      expect(access.databaseCluster).toBeInstanceOf(rds.DatabaseCluster);
      expect(access.database).toBeUndefined();
      template.resourceCountIs('AWS::RDS::DBCluster', 1);
      template.hasResource('AWS::RDS::DBCluster', {
        Properties: Match.objectLike({
          Engine: 'aurora-mysql',
          StorageEncrypted: true,
          KmsKeyId: keyArn(template),
          ManageMasterUserPassword: true,
          MasterUserSecret: { KmsKeyId: keyArn(template) },
          MasterUserPassword: Match.absent(),
          DeletionProtection: true,
          BackupRetentionPeriod: 7,
          EnableIAMDatabaseAuthentication: true,
          EnableCloudwatchLogsExports: Match.arrayWith(['error', 'audit']),
          DBClusterParameterGroupName: ref(idOf(template, 'AWS::RDS::DBClusterParameterGroup')),
          VpcSecurityGroupIds: [getAtt(databaseGroup(template), 'GroupId')],
        }),
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
      });
      template.hasResourceProperties('AWS::RDS::DBClusterParameterGroup', {
        Parameters: Match.objectLike({ require_secure_transport: 'ON' }),
      });
      // one writer, of a class Aurora offers
      template.resourceCountIs('AWS::RDS::DBInstance', 1);
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        DBClusterIdentifier: ref(idOf(template, 'AWS::RDS::DBCluster')),
        DBInstanceClass: 'db.t3.medium',
        PubliclyAccessible: false,
      });
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 1);
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(idOf(template, 'AWS::RDS::DBCluster'), 'Endpoint.Address') }) },
        PortRanges: ['3306'],
      });
      template.hasOutput('*', { Value: getAtt(idOf(template, 'AWS::RDS::DBCluster'), 'MasterUserSecret.SecretArn') });
    });

    test('readReplica on an instance adds an encrypted replica with its own configuration, in the share', () => {
      // GIVEN / WHEN
      const { access, template } = build({ databaseOptions: { readReplica: true } });

      // THEN
      expect(access.readReplica).toBeInstanceOf(rds.DatabaseInstanceReadReplica);
      expect(access.sharedReadReplica).toBeDefined();
      template.resourceCountIs('AWS::RDS::DBInstance', 2);
      const primary = idOf(template, 'AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent() });
      const replica = idOf(template, 'AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.anyValue() });
      // the source is encrypted with the key; a same-region replica inherits its encryption
      template.hasResourceProperties('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent(), StorageEncrypted: true, KmsKeyId: keyArn(template) });
      expect(JSON.stringify(template.findResources('AWS::RDS::DBInstance')[replica].Properties.SourceDBInstanceIdentifier)).toContain(primary);
      template.hasResource('AWS::RDS::DBInstance', {
        Properties: Match.objectLike({
          SourceDBInstanceIdentifier: Match.anyValue(),
          VPCSecurityGroups: [getAtt(databaseGroup(template), 'GroupId')],
          PubliclyAccessible: false,
          DeletionProtection: true,
          EnableIAMDatabaseAuthentication: true,
        }),
        DeletionPolicy: 'Snapshot',
      });
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 2);
      const configs = [primary, replica].map(db => idOf(template, 'AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(db, 'Endpoint.Address') }) },
      }));
      template.hasResourceProperties('AWS::RAM::ResourceShare', {
        ResourceArns: configs.map(c => getAtt(c, 'Arn')),
        PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION],
      });
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 2);
      template.hasOutput('*', { Value: getAtt(configs[1], 'Arn') });
    });

    test('readReplica on a cluster adds a reader and shares the reader endpoint', () => {
      // GIVEN / WHEN
      const { access, template } = build({
        databaseOptions: {
          clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
          readReplica: true,
        },
      });

      // THEN
      expect(access.readReplica).toBeUndefined();
      expect(access.sharedReadReplica).toBeDefined();
      template.resourceCountIs('AWS::RDS::DBInstance', 2);
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 2);
      const cluster = idOf(template, 'AWS::RDS::DBCluster');
      const writer = idOf(template, 'AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(cluster, 'Endpoint.Address') }) },
        PortRanges: ['5432'],
      });
      const reader = idOf(template, 'AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationDefinition: { DnsResource: Match.objectLike({ DomainName: getAtt(cluster, 'ReadEndpoint.Address') }) },
        PortRanges: ['5432'],
      });
      template.hasResourceProperties('AWS::RAM::ResourceShare', { ResourceArns: [getAtt(writer, 'Arn'), getAtt(reader, 'Arn')] });
      template.hasResourceProperties('AWS::RDS::DBClusterParameterGroup', { Parameters: { 'rds.force_ssl': '1' } });
    });

    // An ARN configuration of a cluster carries its writer and reader endpoints: "Child resource
    // configurations are automatically managed by AWS" (AWS PrivateLink Guide, Resource configuration
    // for VPC resources, https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types),
    // and AWS's resource endpoint example lists the cluster-ro name among its DNS names
    // (https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-resources.html#resource-endpoint-dns)
    test('readReplica on a cluster in ARN mode makes one configuration of the cluster ARN, which carries the reader', () => {
      // GIVEN / WHEN
      const { access, template } = build({
        sharingMode: DatabaseSharingMode.ARN,
        databaseOptions: {
          clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
          readReplica: true,
        },
      });

      // THEN: the reader instance exists, but no second configuration
      expect(access.sharedReadReplica).toBeUndefined();
      expect(access.node.tryFindChild('SharedReadReplica')).toBeUndefined();
      template.resourceCountIs('AWS::RDS::DBInstance', 2);
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 1);
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
      const cluster = idOf(template, 'AWS::RDS::DBCluster');
      const configuration = idOf(template, 'AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationType: 'ARN',
        ResourceConfigurationDefinition: {
          ArnResource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':rds:us-east-1:111111111111:cluster:', ref(cluster)]] },
        },
        PortRanges: Match.absent(),
        ProtocolType: Match.absent(),
      });
      template.hasResourceProperties('AWS::RAM::ResourceShare', { ResourceArns: [getAtt(configuration, 'Arn')] });
      // the service network's subscription and the configuration's
      template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 2);
      template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', { ResourceIdentifier: getAtt(configuration, 'Id') });
      const outputs = outputValues(template);
      expect(Object.keys(outputs).filter(id => id.includes('ReadReplicaResourceConfigurationArn'))).toEqual([]);
      expect(Object.values(outputs)).toContainEqual(getAtt(configuration, 'Arn'));
      // consumers reach the writer and the reader endpoint by their RDS names
      expect(Stack.of(access).resolve(access.sharedDatabase.rdsHostnames)).toEqual([getAtt(cluster, 'Endpoint.Address'), getAtt(cluster, 'ReadEndpoint.Address')]);
      // the one port is open from the gateway to the cluster, once
      template.resourceCountIs('AWS::EC2::SecurityGroupIngress', 1);
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 5432, ToPort: 5432 });
    });

    test('a read replica of an instance in ARN mode still gets its own configuration (another DB instance ARN)', () => {
      // GIVEN / WHEN
      const { access, template } = build({ sharingMode: DatabaseSharingMode.ARN, databaseOptions: { readReplica: true } });

      // THEN
      expect(access.sharedReadReplica).toBeDefined();
      template.resourceCountIs('AWS::VpcLattice::ResourceConfiguration', 2);
      template.allResourcesProperties('AWS::VpcLattice::ResourceConfiguration', { ResourceConfigurationType: 'ARN' });
    });
  });

  // RDS User Guide, "Password management with Amazon RDS and AWS Secrets Manager", Limitations
  // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations):
  // no read replica of a source whose master password RDS manages, "all DB engines except RDS
  // for SQL Server"; the Aurora limitations list no such rule for cluster readers
  // (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations)
  describe('the master password with a read replica (RDS cannot replicate a source whose password it manages)', () => {
    let stack: Stack;
    let access: SecureDatabaseAccess;
    let template: Template;
    beforeAll(() => {
      // GIVEN / WHEN
      ({ stack, access, template } = build({ databaseOptions: { readReplica: true } }));
    });
    const primaryId = () => idOf(template, 'AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent() });
    const secretId = () => idOf(template, 'AWS::SecretsManager::Secret');

    test('the primary takes MasterUserPassword from a generated secret and turns ManageMasterUserPassword off', () => {
      // THEN
      template.resourceCountIs('AWS::SecretsManager::Secret', 1);
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        SourceDBInstanceIdentifier: Match.absent(),
        ManageMasterUserPassword: false,
        MasterUserSecret: Match.absent(),
        MasterUsername: 'dbadmin',
        MasterUserPassword: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', ref(secretId()), ':SecretString:password::}}']] },
      });
      // the replica inherits the source's credentials and names none of its own
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        SourceDBInstanceIdentifier: Match.anyValue(),
        ManageMasterUserPassword: Match.absent(),
        MasterUserPassword: Match.absent(),
        MasterUsername: Match.absent(),
      });
    });

    test('the generated secret is encrypted with the construct key and attached to the primary', () => {
      // THEN
      template.hasResourceProperties('AWS::SecretsManager::Secret', {
        KmsKeyId: keyArn(template),
        GenerateSecretString: Match.objectLike({ SecretStringTemplate: '{"username":"dbadmin"}', GenerateStringKey: 'password' }),
      });
      template.hasResourceProperties('AWS::SecretsManager::SecretTargetAttachment', {
        SecretId: ref(secretId()),
        TargetId: ref(primaryId()),
        TargetType: 'AWS::RDS::DBInstance',
      });
    });

    test('no rotation and no Lambda: the generated secret is not rotated by the construct', () => {
      // THEN
      template.resourceCountIs('AWS::SecretsManager::RotationSchedule', 0);
      template.resourceCountIs('AWS::Lambda::Function', 0);
      template.resourceCountIs('AWS::Serverless::Application', 0);
    });

    test('the composite exposes the generated secret, the output names it and DatabaseConsumerAccess can share it', () => {
      // THEN
      expect(access.secret).toBeDefined();
      expect(access.secret!.encryptionKey).toBe(access.encryptionKey);
      const secretArn = stack.resolve(access.secret!.secretArn);
      expect(secretArn).toEqual(ref(idOf(template, 'AWS::SecretsManager::SecretTargetAttachment')));
      expect(template.findOutputs('*', { Value: secretArn, Description: Match.stringLikeRegexp('generated by this stack') })).not.toEqual({});

      // WHEN: the consumer side of the secret, on the composite's secret (in a stack not yet synthesized)
      const other = makeStack();
      const otherAccess = new SecureDatabaseAccess(other, 'Access', { consumers: [SharePrincipal.account(CONSUMER)], databaseOptions: { readReplica: true } });
      new DatabaseConsumerAccess(other, 'ConsumerAccess', {
        consumers: [SharePrincipal.account(CONSUMER)],
        principalArns: [`arn:aws:iam::${CONSUMER}:role/reporting-app`],
        secret: otherAccess.secret,
      });

      // THEN: the generated secret gets the cross-account resource policy, and the key lets the consumer decrypt through Secrets Manager
      const t = Template.fromStack(other);
      t.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
        SecretId: secretArn,
        ResourcePolicy: { Statement: Match.arrayWith([Match.objectLike({ Action: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'] })]) },
      });
      t.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Action: 'kms:Decrypt', Condition: Match.objectLike({ StringEquals: Match.objectLike({ 'kms:ViaService': 'secretsmanager.us-east-1.amazonaws.com' }) }) })]) },
      });
    });

    test('warns that the master password is a generated secret and what switching the replica does to its ARN', () => {
      // THEN
      Annotations.fromStack(stack).hasWarning('/Provider/Access', Match.stringLikeRegexp(
        'master password of Provider/Access/Database is a secret generated by this construct.*not rotated.*'
        + 'Turning readReplica on .*RDS delete the secret it managed.*ARN changes.*turning it off again deletes the generated secret.*'
        + 'cdk-lattice-shared-database:replicaUsesGeneratedSecret'));
    });

    test('masterUsername reaches the generated secret and the primary', () => {
      // GIVEN / WHEN
      const { template: t } = build({ databaseOptions: { readReplica: true, masterUsername: 'app_admin' } });

      // THEN
      t.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: Match.objectLike({ SecretStringTemplate: '{"username":"app_admin"}' }) });
      t.hasResourceProperties('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent(), MasterUsername: 'app_admin', ManageMasterUserPassword: false });
    });

    test('control: without a replica the password stays RDS-managed, with no secret of its own and no warning', () => {
      // GIVEN / WHEN
      const { stack: s, template: t } = build({ databaseOptions: { readReplica: false } });

      // THEN
      t.resourceCountIs('AWS::SecretsManager::Secret', 0);
      t.hasResourceProperties('AWS::RDS::DBInstance', { ManageMasterUserPassword: true, MasterUserSecret: { KmsKeyId: keyArn(t) }, MasterUserPassword: Match.absent() });
      Annotations.fromStack(s).hasNoWarning('*', Match.stringLikeRegexp('replicaUsesGeneratedSecret'));
    });

    test('PostgreSQL with a replica gets the generated secret too', () => {
      // GIVEN / WHEN
      const { template: t } = build({
        databaseOptions: { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }), readReplica: true },
      });

      // THEN
      t.resourceCountIs('AWS::SecretsManager::Secret', 1);
      t.hasResourceProperties('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent(), ManageMasterUserPassword: false, MasterUserPassword: Match.anyValue() });
    });

    test('SQL Server Enterprise keeps the RDS-managed password with a replica (the limitation excludes SQL Server)', () => {
      // GIVEN / WHEN
      const { stack: s, template: t } = build({
        databaseOptions: {
          engine: rds.DatabaseInstanceEngine.sqlServerEe({ version: rds.SqlServerEngineVersion.VER_16 }),
          instanceType: new ec2.InstanceType('r6i.xlarge'),
          readReplica: true,
        },
      });

      // THEN
      t.resourceCountIs('AWS::RDS::DBInstance', 2);
      t.resourceCountIs('AWS::SecretsManager::Secret', 0);
      t.hasResourceProperties('AWS::RDS::DBInstance', { SourceDBInstanceIdentifier: Match.absent(), ManageMasterUserPassword: true, MasterUserPassword: Match.absent() });
      Annotations.fromStack(s).hasNoWarning('*', Match.stringLikeRegexp('replicaUsesGeneratedSecret'));
    });

    test('an Aurora reader keeps the RDS-managed password (a cluster instance, not a read replica)', () => {
      // GIVEN / WHEN
      const { stack: s, template: t } = build({
        databaseOptions: {
          clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_2 }),
          readReplica: true,
        },
      });

      // THEN
      t.resourceCountIs('AWS::RDS::DBInstance', 2);
      t.resourceCountIs('AWS::SecretsManager::Secret', 0);
      t.hasResourceProperties('AWS::RDS::DBCluster', { ManageMasterUserPassword: true, MasterUserPassword: Match.absent() });
      Annotations.fromStack(s).hasNoWarning('*', Match.stringLikeRegexp('replicaUsesGeneratedSecret'));
    });
  });

  describe('the service network', () => {
    test('an existing service network receives the association and is not shared again', () => {
      // GIVEN / WHEN
      let network!: ServiceNetwork;
      const { access, template } = build(stack => {
        network = new ServiceNetwork(stack, 'MyNetwork');
        return { serviceNetwork: network };
      });

      // THEN
      expect(access.serviceNetwork).toBe(network);
      expect(access.serviceNetworkShare).toBeUndefined();
      template.resourceCountIs('AWS::VpcLattice::ServiceNetwork', 1);
      expect(idOf(template, 'AWS::VpcLattice::ServiceNetwork')).toMatch(/^MyNetwork/);
      template.hasResourceProperties('AWS::VpcLattice::ServiceNetworkResourceAssociation', {
        ServiceNetworkId: getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Id'),
      });
      template.resourceCountIs('AWS::RAM::ResourceShare', 1);
      template.hasResourceProperties('AWS::RAM::ResourceShare', { PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION] });
    });

    test('createServiceNetwork false: no network, no association, no network share', () => {
      // GIVEN / WHEN
      const { access, template } = build({ createServiceNetwork: false });

      // THEN
      expect(access.serviceNetwork).toBeUndefined();
      expect(access.serviceNetworkShare).toBeUndefined();
      template.resourceCountIs('AWS::VpcLattice::ServiceNetwork', 0);
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 0);
      // the configuration's own access logs remain
      template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 1);
      template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
        ResourceIdentifier: getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Id'),
      });
      template.resourceCountIs('AWS::RAM::ResourceShare', 1);
      template.hasResourceProperties('AWS::RAM::ResourceShare', {
        ResourceArns: [getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Arn')],
        PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION],
      });
      expect(Object.keys(outputValues(template)).some(id => id.includes('ServiceNetworkArn'))).toBe(false);
    });

    test('shareServiceNetwork false keeps the network out of RAM', () => {
      // GIVEN / WHEN
      const { access, template } = build({ shareServiceNetwork: false });

      // THEN
      expect(access.serviceNetworkShare).toBeUndefined();
      template.resourceCountIs('AWS::VpcLattice::ServiceNetwork', 1);
      template.resourceCountIs('AWS::VpcLattice::ServiceNetworkResourceAssociation', 1);
      template.resourceCountIs('AWS::RAM::ResourceShare', 1);
      template.hasResourceProperties('AWS::RAM::ResourceShare', { PermissionArns: [RESOURCE_CONFIGURATION_PERMISSION] });
    });

    test('serviceNetworkOptions reach the created network', () => {
      // GIVEN / WHEN
      const { template } = build({ serviceNetworkOptions: { serviceNetworkName: 'orders-network' } });

      // THEN
      template.hasResourceProperties('AWS::VpcLattice::ServiceNetwork', { Name: 'orders-network' });
      template.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/'), KmsKeyId: keyArn(template) });
    });

    test('serviceNetworkOptions may turn the access logs off', () => {
      // GIVEN / WHEN
      const { template } = build({ serviceNetworkOptions: { accessLogs: false } });

      // THEN
      template.resourceCountIs('AWS::Logs::LogGroup', 2); // the flow logs and the configuration's access logs
      // the configuration's subscription only
      template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 1);
      template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
        ResourceIdentifier: getAtt(idOf(template, 'AWS::VpcLattice::ResourceConfiguration'), 'Id'),
      });
    });

    test('serviceNetworkOptions may bring their own access log group', () => {
      // GIVEN / WHEN
      const { template } = build(stack => ({
        serviceNetworkOptions: { accessLogGroup: new logs.LogGroup(stack, 'MyAccessLogs') },
      }));

      // THEN
      template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
        DestinationArn: getAtt(Match.stringLikeRegexp('^MyAccessLogs') as never, 'Arn'),
      });
    });

    test('sharingMode ARN names the instance ARN, without port or protocol, and still opens only 3306', () => {
      // GIVEN / WHEN
      const { template } = build({ sharingMode: DatabaseSharingMode.ARN });

      // THEN
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
        ResourceConfigurationType: 'ARN',
        ResourceConfigurationDefinition: { ArnResource: Match.anyValue(), DnsResource: Match.absent() },
        PortRanges: Match.absent(),
        ProtocolType: Match.absent(),
      });
      expect(JSON.stringify(template.findResources('AWS::VpcLattice::ResourceConfiguration'))).toContain(':db:');
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 3306, ToPort: 3306 });
    });
  });

  describe('database options', () => {
    test.each<[string, Options, Record<string, unknown>]>([
      ['multiAz', { databaseOptions: { multiAz: true } }, { MultiAZ: true, AvailabilityZone: Match.absent() }],
      ['availabilityZone', { databaseOptions: { availabilityZone: 'us-east-1b' } }, { MultiAZ: false, AvailabilityZone: 'us-east-1b' }],
      ['backupRetention', { databaseOptions: { backupRetention: Duration.days(14) } }, { BackupRetentionPeriod: 14 }],
      ['deletionProtection false', { databaseOptions: { deletionProtection: false } }, { DeletionProtection: false }],
      ['databaseName', { databaseOptions: { databaseName: 'orders' } }, { DBName: 'orders' }],
      ['masterUsername', { databaseOptions: { masterUsername: 'app_admin' } }, { MasterUsername: 'app_admin', MasterUserPassword: Match.absent() }],
      ['iamAuthentication false', { databaseOptions: { iamAuthentication: false } }, { EnableIAMDatabaseAuthentication: false }],
      ['cloudwatchLogsExports', { databaseOptions: { cloudwatchLogsExports: ['error'] } }, { EnableCloudwatchLogsExports: ['error'] }],
      ['allocatedStorageGiB', { databaseOptions: { allocatedStorageGiB: 50 } }, { AllocatedStorage: '50', MaxAllocatedStorage: Match.absent() }],
      ['maxAllocatedStorageGiB', { databaseOptions: { maxAllocatedStorageGiB: 100 } }, { AllocatedStorage: '20', MaxAllocatedStorage: 100 }],
      ['instanceType', { databaseOptions: { instanceType: new ec2.InstanceType('m6g.large') } }, { DBInstanceClass: 'db.m6g.large' }],
      ['engine', { databaseOptions: { engine: rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_11_4_5 }) } }, { Engine: 'mariadb' }],
    ])('%s', (_name, options, expected) => {
      // GIVEN / WHEN
      const { template } = build(options);

      // THEN
      template.hasResourceProperties('AWS::RDS::DBInstance', expected);
    });

    test('removalPolicy sets the deletion and replacement policies', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { removalPolicy: RemovalPolicy.DESTROY, readReplica: true } });

      // THEN
      const policies = Object.values(template.findResources('AWS::RDS::DBInstance')).map(r => [r.DeletionPolicy, r.UpdateReplacePolicy]);
      expect(policies).toEqual([['Delete', 'Delete'], ['Delete', 'Delete']]);
    });

    test('performanceInsights is encrypted with the key', () => {
      // GIVEN / WHEN
      const { stack, template } = build({ databaseOptions: { performanceInsights: true, instanceType: new ec2.InstanceType('t3.medium') } });

      // THEN
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        EnablePerformanceInsights: true,
        PerformanceInsightsKMSKeyId: keyArn(template),
      });
      Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('Performance Insights'));
    });

    // RDS User Guide, "Amazon RDS DB engine, Region, and instance class support for Database
    // Insights" (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DatabaseInsights.Engines.html):
    // MySQL and MariaDB lack it on db.t2/t3/t4g micro and small; Aurora User Guide, same title
    // (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_DatabaseInsights.Engines.html):
    // Aurora MySQL lacks it on every db.t2 and db.t3 class and on db.t4g.micro/small
    describe('performanceInsights on a class AWS does not offer it on is refused (RDS and Aurora User Guides, Database Insights instance class support)', () => {
      const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_2 });
      const mariaDb = rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_11_4_5 });
      const type = (t: string) => new ec2.InstanceType(t);
      /** [name, refused options, the same options with a class that has it, error] */
      test.each<[string, DatabaseOptions, DatabaseOptions, RegExp]>([
        ['MySQL on the default db.t3.micro', { performanceInsights: true }, { performanceInsights: true, instanceType: type('t3.medium') },
          /^databaseOptions\.performanceInsights: mysql offers no Performance Insights \(CloudWatch Database Insights\) on db\.t3\.micro \(the default class, since databaseOptions\.instanceType is not set\); set databaseOptions\.instanceType .*got performanceInsights true and instanceType 't3\.micro'$/],
        ['MySQL on db.t4g.small', { performanceInsights: true, instanceType: type('t4g.small') }, { performanceInsights: true, instanceType: type('t4g.medium') },
          /databaseOptions\.performanceInsights: mysql .* on db\.t4g\.small \(databaseOptions\.instanceType\).*got performanceInsights true and instanceType 't4g\.small'/],
        ['MariaDB on db.t2.micro', { engine: mariaDb, performanceInsights: true, instanceType: type('t2.micro') }, { engine: mariaDb, performanceInsights: true, instanceType: type('m6g.large') },
          /databaseOptions\.performanceInsights: mariadb .* on db\.t2\.micro \(databaseOptions\.instanceType\).*instanceType 't2\.micro'/],
        ['Aurora MySQL on the default db.t3.medium', { clusterEngine: auroraMysql, performanceInsights: true }, { clusterEngine: auroraMysql, performanceInsights: true, instanceType: type('t4g.medium') },
          /databaseOptions\.performanceInsights: aurora-mysql .* on db\.t3\.medium \(the default class, since databaseOptions\.instanceType is not set\).*instanceType 't3\.medium'/],
        ['Aurora MySQL on db.t3.large', { clusterEngine: auroraMysql, performanceInsights: true, instanceType: type('t3.large') }, { clusterEngine: auroraMysql, performanceInsights: true, instanceType: type('r6g.large') },
          /databaseOptions\.performanceInsights: aurora-mysql .* on db\.t3\.large \(databaseOptions\.instanceType\)/],
        ['Aurora MySQL on db.t4g.small', { clusterEngine: auroraMysql, performanceInsights: true, instanceType: type('t4g.small') }, { clusterEngine: auroraMysql, performanceInsights: true, instanceType: type('t4g.medium') },
          /databaseOptions\.performanceInsights: aurora-mysql .* on db\.t4g\.small/],
      ])('%s', (_name, refused, control, message) => {
        // WHEN / THEN: refused at synth time, naming both props and showing the class
        expect(() => build({ databaseOptions: refused })).toThrow(message);

        // THEN: the control, the same construct on a class that has it, synthesizes with it on
        const { template } = build({ databaseOptions: control });
        const instances = Object.values(template.findResources('AWS::RDS::DBInstance')).map(r => r.Properties.EnablePerformanceInsights);
        expect(instances).toEqual([true]);
      });

      test.each<[string, DatabaseOptions]>([
        ['PostgreSQL on db.t3.micro (no class restriction)', { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }), performanceInsights: true }],
        ['Aurora PostgreSQL on the default db.t3.medium ("Not applicable")', {
          clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }), performanceInsights: true,
        }],
        ['MySQL without performanceInsights on db.t3.micro', { performanceInsights: false }],
      ])('%s synthesizes without a warning', (_name, databaseOptions) => {
        // GIVEN / WHEN
        const { stack, template } = build({ databaseOptions });

        // THEN
        template.hasResourceProperties('AWS::RDS::DBInstance', { EnablePerformanceInsights: databaseOptions.performanceInsights });
        Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp('Performance Insights'));
      });
    });

    test('monitoringInterval turns enhanced monitoring on with a monitoring role', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { monitoringInterval: Duration.seconds(30) } });

      // THEN
      const role = idOf(template, 'AWS::IAM::Role', {
        AssumeRolePolicyDocument: Match.objectLike({
          Statement: [Match.objectLike({ Principal: { Service: 'monitoring.rds.amazonaws.com' } })],
        }),
      });
      template.hasResourceProperties('AWS::RDS::DBInstance', { MonitoringInterval: 30, MonitoringRoleArn: getAtt(role, 'Arn') });
    });

    test('port moves the database, the security group rules, the configuration and the output', () => {
      // GIVEN / WHEN
      const { access, template } = build({ databaseOptions: { port: 3307 } });

      // THEN
      expect(access.port).toBe(3307);
      template.hasResourceProperties('AWS::RDS::DBInstance', { Port: '3307' });
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { PortRanges: ['3307'] });
      template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { FromPort: 3307, ToPort: 3307 });
      template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { FromPort: 3307, ToPort: 3307 });
      expect(JSON.stringify(template.toJSON())).not.toContain('3306');
      expect(Object.values(outputValues(template)).map(String)).toContain('3307');
    });

    test('SQL Server Express: TLS forced, no IAM authentication, port 1433', () => {
      // GIVEN / WHEN
      const { template } = build({
        databaseOptions: { engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 }) },
      });

      // THEN
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        Engine: 'sqlserver-ex',
        EnableIAMDatabaseAuthentication: false,
        StorageEncrypted: true,
      });
      template.hasResourceProperties('AWS::RDS::DBParameterGroup', { Parameters: { 'rds.force_ssl': '1' } });
      template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', { PortRanges: ['1433'] });
    });
  });

  describe('log exports that contain something', () => {
    const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_2 });
    const exportsOf = (template: Template, type = 'AWS::RDS::DBInstance') =>
      Object.values(template.findResources(type)).map(r => r.Properties.EnableCloudwatchLogsExports);
    const parametersOf = (template: Template, type = 'AWS::RDS::DBParameterGroup') => {
      const groups = Object.values(template.findResources(type));
      expect(groups).toHaveLength(1);
      return groups[0].Properties.Parameters;
    };

    // RDS User Guide, "Publishing MySQL logs to Amazon CloudWatch Logs"
    // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MySQLDB.PublishtoCloudWatchLogs.html):
    // general_log = 1, slow_query_log = 1 and log_output = FILE in a custom parameter group;
    // iam-db-auth-error is a log type of its own (CreateDBInstance, EnableCloudwatchLogsExports)
    test('MySQL: the parameter group turns on the general and slow query logs to files, and iam-db-auth-error is exported', () => {
      // GIVEN / WHEN
      const { template } = build();

      // THEN
      expect(parametersOf(template)).toEqual({ require_secure_transport: '1', general_log: '1', slow_query_log: '1', log_output: 'FILE' });
      expect(exportsOf(template)).toEqual([['error', 'general', 'slowquery', 'audit', 'iam-db-auth-error']]);
    });

    test('the read replica exports the same logs and uses the same parameter group', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { readReplica: true } });

      // THEN
      expect(exportsOf(template)).toEqual([
        ['error', 'general', 'slowquery', 'audit', 'iam-db-auth-error'],
        ['error', 'general', 'slowquery', 'audit', 'iam-db-auth-error'],
      ]);
      const group = ref(idOf(template, 'AWS::RDS::DBParameterGroup'));
      expect(Object.values(template.findResources('AWS::RDS::DBInstance')).map(r => r.Properties.DBParameterGroupName)).toEqual([group, group]);
    });

    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html
    test.each<[string, rds.IInstanceEngine, boolean]>([
      ['MariaDB 10.6 (no IAM authentication): off by default', rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_10_6 }), false],
      ['control: MariaDB 10.11: on by default', rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_10_11 }), true],
    ])('%s', (_name, engine, expected) => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { engine } });

      // THEN
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        EnableIAMDatabaseAuthentication: expected,
        EnableCloudwatchLogsExports: expected ? Match.arrayWith(['iam-db-auth-error']) : Match.not(Match.arrayWith(['iam-db-auth-error'])),
      });
    });

    test('control: iamAuthentication false exports no iam-db-auth-error', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { iamAuthentication: false } });

      // THEN
      expect(exportsOf(template)).toEqual([['error', 'general', 'slowquery', 'audit']]);
    });

    test.each<[string, string[], Record<string, unknown>]>([
      ['only error: no log parameters (control)', ['error'], { general_log: Match.absent(), slow_query_log: Match.absent(), log_output: Match.absent() }],
      ['general only: general_log and log_output', ['error', 'general'], { general_log: '1', slow_query_log: Match.absent(), log_output: 'FILE' }],
      ['slowquery only: slow_query_log and log_output', ['slowquery'], { general_log: Match.absent(), slow_query_log: '1', log_output: 'FILE' }],
    ])('user-given cloudwatchLogsExports, %s (USER_LogAccess.MySQLDB.PublishtoCloudWatchLogs)', (_name, cloudwatchLogsExports, expected) => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { cloudwatchLogsExports } });

      // THEN
      expect(exportsOf(template)).toEqual([cloudwatchLogsExports]);
      template.hasResourceProperties('AWS::RDS::DBParameterGroup', { Parameters: { require_secure_transport: '1', ...expected } });
    });

    // RDS User Guide, "Publishing MariaDB logs to Amazon CloudWatch Logs"
    // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.MariaDB.PublishtoCloudWatchLogs.html):
    // "slow_query_log = 1 or log_slow_query = 1"
    // (MariaDB 10.6 has no IAM database authentication, so no iam-db-auth-error either)
    test.each<[string, rds.MariaDbEngineVersion, Record<string, string>, string[]]>([
      ['11.4: log_slow_query (the name since MariaDB 10.11)', rds.MariaDbEngineVersion.VER_11_4_5,
        { require_secure_transport: 'ON', general_log: '1', log_slow_query: '1', log_output: 'FILE' }, ['iam-db-auth-error']],
      ['10.6: slow_query_log', rds.MariaDbEngineVersion.VER_10_6,
        { require_secure_transport: 'ON', general_log: '1', slow_query_log: '1', log_output: 'FILE' }, []],
    ])('MariaDB %s', (_name, version, expected, iamLog) => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { engine: rds.DatabaseInstanceEngine.mariaDb({ version }) } });

      // THEN
      expect(parametersOf(template)).toEqual(expected);
      expect(exportsOf(template)).toEqual([['error', 'general', 'slowquery', 'audit', ...iamLog]]);
    });

    // CreateDBInstance, EnableCloudwatchLogsExports
    // (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html):
    // PostgreSQL "postgresql | upgrade | iam-db-auth-error", SQL Server "agent | error"
    test('PostgreSQL: postgresql, upgrade and iam-db-auth-error, no MySQL log parameters', () => {
      // GIVEN / WHEN
      const engine = rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 });
      const { template } = build({ databaseOptions: { engine } });

      // THEN
      expect(exportsOf(template)).toEqual([['postgresql', 'upgrade', 'iam-db-auth-error']]);
      expect(parametersOf(template)).toEqual({ 'rds.force_ssl': '1' });
    });

    test('SQL Server: error and agent, and no iam-db-auth-error (no IAM database authentication)', () => {
      // GIVEN / WHEN
      const engine = rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 });
      const { template } = build({ databaseOptions: { engine } });

      // THEN
      expect(exportsOf(template)).toEqual([['error', 'agent']]);
    });

    // Aurora User Guide: general_log, slow_query_log and log_output are instance-level Aurora
    // MySQL parameters (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Reference.ParameterGroups.html)
    // that every instance inherits from the DB cluster parameter group
    // (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithDBClusterParamGroups.html);
    // Advanced Auditing parameters (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Auditing.html)
    test('Aurora MySQL: the cluster parameter group carries TLS, Advanced Auditing and the log parameters; no instance parameter group', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { clusterEngine: auroraMysql, readReplica: true, instanceType: new ec2.InstanceType('r6g.large') } });

      // THEN
      expect(parametersOf(template, 'AWS::RDS::DBClusterParameterGroup')).toEqual({
        require_secure_transport: 'ON',
        server_audit_logging: '1',
        server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL',
        general_log: '1',
        slow_query_log: '1',
        log_output: 'FILE',
      });
      expect(exportsOf(template, 'AWS::RDS::DBCluster')).toEqual([['error', 'general', 'slowquery', 'audit', 'iam-db-auth-error']]);
      template.resourceCountIs('AWS::RDS::DBParameterGroup', 0);
      expect(Object.values(template.findResources('AWS::RDS::DBInstance')).map(r => r.Properties.DBParameterGroupName)).toEqual([undefined, undefined]);
    });

    // CreateDBCluster, EnableCloudwatchLogsExports
    // (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html):
    // Aurora PostgreSQL "instance | postgresql | iam-db-auth-error"
    test('Aurora PostgreSQL: postgresql and iam-db-auth-error', () => {
      // GIVEN / WHEN
      const clusterEngine = rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 });
      const { template } = build({ databaseOptions: { clusterEngine } });

      // THEN
      expect(exportsOf(template, 'AWS::RDS::DBCluster')).toEqual([['postgresql', 'iam-db-auth-error']]);
      expect(parametersOf(template, 'AWS::RDS::DBClusterParameterGroup')).toEqual({ 'rds.force_ssl': '1' });
    });
  });

  describe('logs, trail, tags and outputs', () => {
    test('customDomainNameFromDatabase makes each configuration\'s custom domain its hostname, and the outputs name both hostnames', () => {
      // GIVEN / WHEN
      const { template } = build({ databaseOptions: { readReplica: true }, customDomainNameFromDatabase: true });

      // THEN: the primary and the replica, each by its own endpoint address
      const configurations = Object.values(template.findResources('AWS::VpcLattice::ResourceConfiguration')).map(r => r.Properties);
      expect(configurations).toHaveLength(2);
      for (const configuration of configurations) {
        expect(configuration.CustomDomainName).toEqual(configuration.ResourceConfigurationDefinition.DnsResource.DomainName);
      }
      const outputs = template.findOutputs('*');
      const hostnames = Object.entries(outputs).filter(([id]) => /Hostname/.test(id)).map(([, o]) => o.Value);
      expect(hostnames.sort()).toEqual(configurations.map(c => c.CustomDomainName).sort());
    });

    test('customDomainNameFromDatabase in ARN mode is refused, naming the composite\'s props', () => {
      expect(() => build({ sharingMode: DatabaseSharingMode.ARN, customDomainNameFromDatabase: true })).toThrow(/customDomainNameFromDatabase/);
    });

    describe('resource access logs', () => {
      // VPC Lattice User Guide, Access logs: "for resource configurations, we publish
      // VpcLatticeResourceAccessLogs which needs to be configured separately"
      // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html)
      test('each configuration delivers its resource access logs to a log group of its own, encrypted with the key, kept logRetention, retained', () => {
        // GIVEN / WHEN: the primary and its read replica are two configurations
        const { access, template } = build({ databaseOptions: { readReplica: true }, logRetention: logs.RetentionDays.THREE_MONTHS });

        // THEN
        const configurations = Object.keys(template.findResources('AWS::VpcLattice::ResourceConfiguration')).sort();
        expect(configurations).toHaveLength(2);
        const subscriptions = Object.values(template.findResources('AWS::VpcLattice::AccessLogSubscription')).map(r => r.Properties);
        const onConfigurations = subscriptions.filter(p => configurations.includes(p.ResourceIdentifier['Fn::GetAtt'][0]));
        expect(onConfigurations.map(p => p.ResourceIdentifier['Fn::GetAtt']).sort()).toEqual(configurations.map(id => [id, 'Id']));
        const groups = template.findResources('AWS::Logs::LogGroup', {
          Properties: { LogGroupName: Match.stringLikeRegexp('^/aws/vendedlogs/vpclattice/resource-access/') },
        });
        expect(Object.keys(groups)).toHaveLength(2);
        for (const group of Object.values(groups)) {
          expect(group.Properties.KmsKeyId).toEqual(keyArn(template));
          expect(group.Properties.RetentionInDays).toBe(90);
          expect(group.DeletionPolicy).toBe('Retain');
          expect(group.UpdateReplacePolicy).toBe('Retain');
        }
        // each subscription sends to a log group of its own
        expect(onConfigurations.map(p => p.DestinationArn['Fn::GetAtt'][0]).sort()).toEqual(Object.keys(groups).sort());
        expect(access.sharedDatabase.accessLogGroup).toBeDefined();
        expect(access.sharedReadReplica!.accessLogGroup).toBeDefined();
        // the composite's key is used: no key of its own per configuration
        template.resourceCountIs('AWS::KMS::Key', 1);
      });

      test('resourceAccessLogs false creates no delivery and no log group for the configurations', () => {
        // GIVEN / WHEN
        const { access, template } = build({ resourceAccessLogs: false });

        // THEN
        // the service network's subscription only
        template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 1);
        template.hasResourceProperties('AWS::VpcLattice::AccessLogSubscription', {
          ResourceIdentifier: getAtt(idOf(template, 'AWS::VpcLattice::ServiceNetwork'), 'Id'),
        });
        expect(access.sharedDatabase.accessLogGroup).toBeUndefined();
        expect(Object.keys(template.findResources('AWS::Logs::LogGroup', {
          Properties: { LogGroupName: Match.stringLikeRegexp('resource-access') },
        }))).toHaveLength(0);
      });

      test('an existing database with nothing else to encrypt still gets a key for the access logs', () => {
        // GIVEN / WHEN
        const { access, template } = build(stack => {
          const vpc = new ec2.Vpc(stack, 'MyVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
          const database = new rds.DatabaseInstance(stack, 'MyDb', {
            engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
            vpc,
            vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
          });
          return { vpc, database, flowLogs: false, createServiceNetwork: false };
        });

        // THEN
        expect(access.encryptionKey).toBeDefined();
        template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: keyArn(template) });
        template.resourceCountIs('AWS::VpcLattice::AccessLogSubscription', 1);
      });
    });

    test('flowLogs false creates no flow log', () => {
      // GIVEN / WHEN
      const { access, template } = build({ flowLogs: false });

      // THEN
      expect(access.flowLog).toBeUndefined();
      template.resourceCountIs('AWS::EC2::FlowLog', 0);
      template.resourceCountIs('AWS::Logs::LogGroup', 2); // the network's and the configuration's access logs
    });

    test('logRetention applies to the flow logs and the access logs', () => {
      // GIVEN / WHEN
      const { template } = build({ logRetention: logs.RetentionDays.ONE_MONTH });

      // THEN
      const retentions = Object.values(template.findResources('AWS::Logs::LogGroup')).map(g => g.Properties.RetentionInDays);
      expect(retentions).toEqual([30, 30, 30]);
    });

    describe('cloudTrail', () => {
      let stack: Stack;
      let access: SecureDatabaseAccess;
      let template: Template;
      beforeAll(() => {
        // GIVEN / WHEN
        ({ stack, access, template } = build({ cloudTrail: true }));
      });

      test('creates a multi-Region trail encrypted with the key, with file validation, into CloudWatch Logs', () => {
        // THEN
        expect(access.trail).toBeDefined();
        template.resourceCountIs('AWS::CloudTrail::Trail', 1);
        template.hasResourceProperties('AWS::CloudTrail::Trail', {
          KMSKeyId: keyArn(template),
          EnableLogFileValidation: true,
          IsMultiRegionTrail: true,
          IncludeGlobalServiceEvents: true,
          IsLogging: true,
          S3BucketName: ref(idOf(template, 'AWS::S3::Bucket', { LoggingConfiguration: Match.anyValue() })),
          CloudWatchLogsLogGroupArn: getAtt(Match.stringLikeRegexp('^AccessTrailLogGroup') as never, 'Arn'),
        });
        template.hasResourceProperties('AWS::Logs::LogGroup', { KmsKeyId: keyArn(template), RetentionInDays: 365 });
        expect(Object.keys(template.findResources('AWS::Logs::LogGroup')).filter(id => id.startsWith('AccessTrailLogGroup'))).toHaveLength(1);
      });

      test('the trail bucket is KMS-encrypted, versioned, private, logged and refuses plain HTTP', () => {
        // THEN
        template.resourceCountIs('AWS::S3::Bucket', 2);
        const accessLogs = idOf(template, 'AWS::S3::Bucket', { LoggingConfiguration: Match.absent() });
        const trailBucket = idOf(template, 'AWS::S3::Bucket', { LoggingConfiguration: Match.anyValue() });
        template.hasResource('AWS::S3::Bucket', {
          Properties: Match.objectLike({
            BucketEncryption: {
              ServerSideEncryptionConfiguration: [{
                BucketKeyEnabled: false,
                ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn(template) },
              }],
            },
            VersioningConfiguration: { Status: 'Enabled' },
            PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
            LoggingConfiguration: Match.objectLike({ DestinationBucketName: ref(accessLogs) }),
          }),
          DeletionPolicy: 'Retain',
        });
        template.hasResource('AWS::S3::Bucket', {
          Properties: Match.objectLike({
            VersioningConfiguration: { Status: 'Enabled' },
            PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
            LoggingConfiguration: Match.absent(),
          }),
          DeletionPolicy: 'Retain',
        });
        for (const bucket of [trailBucket, accessLogs]) {
          template.hasResourceProperties('AWS::S3::BucketPolicy', {
            Bucket: ref(bucket),
            PolicyDocument: {
              Statement: Match.arrayWith([Match.objectLike({
                Effect: 'Deny',
                Action: 's3:*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              })]),
            },
          });
        }
      });

      // CloudTrail User Guide, "Configure AWS KMS key policies for CloudTrail"
      // (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html):
      // encrypt (GenerateDataKey* with the encryption context and aws:SourceArn) and describe
      // (DescribeKey with aws:SourceArn only: its requests carry no encryption context). Decrypt
      // is needed only with an S3 Bucket Key on the trail bucket, and the guide gives it without a
      // condition (S3 Bucket Keys use the bucket ARN as encryption context,
      // https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html): the bucket has none
      test('the key policy gives CloudTrail exactly the encrypt and describe statements the CloudTrail User Guide gives, and no decrypt', () => {
        // THEN
        const statements = Object.values(template.findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy.Statement as Array<Record<string, unknown>>;
        const cloudTrail = statements.filter(st => JSON.stringify(st.Principal).includes('cloudtrail.amazonaws.com'));
        const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]] });
        expect(cloudTrail).toEqual([
          {
            Sid: 'AllowCloudTrailToEncryptLogs',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 'kms:GenerateDataKey*',
            Resource: '*',
            Condition: {
              StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': arn(':cloudtrail:*:111111111111:trail/*') },
              ArnLike: { 'aws:SourceArn': arn(':cloudtrail:us-east-1:111111111111:trail/*') },
            },
          },
          {
            Sid: 'AllowCloudTrailToDescribeKey',
            Effect: 'Allow',
            Principal: { Service: 'cloudtrail.amazonaws.com' },
            Action: 'kms:DescribeKey',
            Resource: '*',
            Condition: { ArnLike: { 'aws:SourceArn': arn(':cloudtrail:us-east-1:111111111111:trail/*') } },
          },
        ]);
        // DescribeKey is nowhere under the encryption-context condition it can never meet
        const describeUnderContext = statements.filter(st => JSON.stringify(st.Action).includes('kms:DescribeKey')
          && JSON.stringify(st.Condition ?? {}).includes('kms:EncryptionContext:aws:cloudtrail:arn'));
        expect(describeUnderContext).toEqual([]);
        // the ARN pattern matches the trail this stack creates (its generated name is not known at synth time)
        expect(stack.resolve(access.trail!.trailArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^AccessTrail/), 'Arn'] });
      });

      test('the trail bucket has no S3 Bucket Key (which would need an unconditioned kms:Decrypt for CloudTrail)', () => {
        // THEN
        template.hasResourceProperties('AWS::S3::Bucket', {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: false, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn(template) } }] },
        });
        const statements = Object.values(template.findResources('AWS::KMS::Key'))[0].Properties.KeyPolicy.Statement as Array<Record<string, unknown>>;
        expect(statements.filter(st => JSON.stringify(st.Action).includes('kms:Decrypt') && JSON.stringify(st.Principal).includes('cloudtrail'))).toEqual([]);
        template.hasResourceProperties('AWS::CloudTrail::Trail', { KMSKeyId: keyArn(template) });
      });

      // CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS": the key
      // policy lets logs.<region>.amazonaws.com use the key under kms:EncryptionContext:aws:logs:arn
      test('the trail log group, encrypted with the same key, is covered by the CloudWatch Logs statement of the key', () => {
        // THEN
        const [trailLogGroup] = Object.entries(template.findResources('AWS::Logs::LogGroup')).filter(([id]) => id.startsWith('AccessTrailLogGroup'));
        expect(trailLogGroup[1].Properties.KmsKeyId).toEqual(keyArn(template));
        template.hasResourceProperties('AWS::KMS::Key', {
          KeyPolicy: {
            Statement: Match.arrayWith([{
              Sid: 'AllowCloudWatchLogsOfThisAccount',
              Effect: 'Allow',
              Principal: { Service: 'logs.us-east-1.amazonaws.com' },
              Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
              Resource: '*',
              Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':logs:us-east-1:111111111111:log-group:*']] } } },
            }]),
          },
        });
      });
    });

    test('environment and costCenter tag the database, the gateway, the configuration and the shares', () => {
      // GIVEN / WHEN
      const { template } = build({ environment: 'production', costCenter: 'finance' });

      // THEN
      const tags = Match.arrayWith([{ Key: 'CostCenter', Value: 'finance' }, { Key: 'Environment', Value: 'production' }]);
      for (const type of [
        'AWS::RDS::DBInstance', 'AWS::VpcLattice::ResourceGateway', 'AWS::VpcLattice::ResourceConfiguration',
        'AWS::VpcLattice::ServiceNetwork', 'AWS::RAM::ResourceShare', 'AWS::EC2::VPC', 'AWS::KMS::Key', 'AWS::EC2::SecurityGroup',
      ]) {
        const untagged = Object.entries(template.findResources(type))
          .filter(([, r]) => !JSON.stringify(r.Properties?.Tags ?? []).includes('"Value":"production"'))
          .map(([id]) => id);
        expect({ type, untagged }).toEqual({ type, untagged: [] });
        template.hasResourceProperties(type, { Tags: tags });
      }
    });

    test('no Environment or CostCenter tag unless asked', () => {
      // GIVEN / WHEN
      const { template } = build();

      // THEN
      const text = JSON.stringify(template.toJSON());
      expect(text).not.toContain('"Environment"');
      expect(text).not.toContain('"CostCenter"');
    });

    test('outputs false adds no stack output', () => {
      // GIVEN / WHEN
      const { template } = build({ outputs: false });

      // THEN
      expect(template.findOutputs('*')).toEqual({});
    });

    test('encryptionKey is used everywhere and no key is created', () => {
      // GIVEN / WHEN
      let key!: kms.Key;
      const { access, template } = build(stack => {
        key = new kms.Key(stack, 'MyKey', { enableKeyRotation: true });
        return { encryptionKey: key, databaseOptions: { performanceInsights: true, instanceType: new ec2.InstanceType('t3.medium') } };
      });

      // THEN
      expect(access.encryptionKey).toBe(key);
      template.resourceCountIs('AWS::KMS::Key', 1);
      const myKey = getAtt(idOf(template, 'AWS::KMS::Key'), 'Arn');
      expect(myKey['Fn::GetAtt'][0]).toMatch(/^MyKey/);
      template.hasResourceProperties('AWS::RDS::DBInstance', {
        KmsKeyId: myKey,
        MasterUserSecret: { KmsKeyId: myKey },
        PerformanceInsightsKMSKeyId: myKey,
      });
      const groups = Object.values(template.findResources('AWS::Logs::LogGroup')).map(g => g.Properties.KmsKeyId);
      expect(groups).toEqual([myKey, myKey, myKey]);
      // the log groups can only use the key if its policy lets CloudWatch Logs in
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'logs.us-east-1.amazonaws.com' } })]) },
      });
    });

    test('gatewayOptions reach the resource gateway', () => {
      // GIVEN / WHEN
      const { template } = build({ gatewayOptions: { resourceGatewayName: 'orders-gateway', ipv4AddressesPerEni: 32 } });

      // THEN
      template.hasResourceProperties('AWS::VpcLattice::ResourceGateway', { Name: 'orders-gateway', Ipv4AddressesPerEni: 32 });
    });

    test('allowExternalPrincipals false reaches both shares', () => {
      // GIVEN / WHEN
      const { template } = build({ allowExternalPrincipals: false });

      // THEN
      const values = Object.values(template.findResources('AWS::RAM::ResourceShare')).map(s => s.Properties.AllowExternalPrincipals);
      expect(values).toEqual([false, false]);
    });

    test('several consumers are all principals of both shares', () => {
      // GIVEN / WHEN
      const ou = 'arn:aws:organizations::111111111111:ou/o-exampleorg1/ou-abcd-exampleou';
      const { template } = build({ consumers: [SharePrincipal.account('333333333333'), SharePrincipal.organizationalUnit(ou)] });

      // THEN
      const principals = Object.values(template.findResources('AWS::RAM::ResourceShare')).map(s => s.Properties.Principals);
      expect(principals).toEqual([['333333333333', ou], ['333333333333', ou]]);
    });
  });

  describe('errors', () => {
    test('every broken rule that spans the parts is reported at once, one per line, before anything is created', () => {
      // GIVEN
      const stack = makeStack();
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });

      // WHEN
      const error = (() => {
        try {
          new SecureDatabaseAccess(stack, 'Access', {
            consumers: [SharePrincipal.account(CONSUMER)], vpc, vpcCidr: '10.1.0.0/16', costCenter: 'c'.repeat(257),
          });
        } catch (e) {
          return e as Error;
        }
        return undefined;
      })();

      // THEN
      expect(error?.message.split('\n')).toEqual([
        expect.stringMatching(/^Give vpc \(an existing VPC\) or vpcCidr \(to create one\), not both; got vpcCidr '10\.1\.0\.0\/16'$/),
        expect.stringMatching(/^costCenter must be a tag value of at most 256 /),
      ]);
      expect(stack.node.tryFindChild('Access')?.node.children.length ?? 0).toBe(0);
    });

    const sqlServerEx = rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 });
    const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 });
    const vpcIn = (stack: Stack) => new ec2.Vpc(stack, 'MyVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const dbIn = (stack: Stack, vpc: ec2.IVpc) => new rds.DatabaseInstance(stack, 'MyDb', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_3 }),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });
    const clusterIn = (stack: Stack, vpc: ec2.IVpc) => new rds.DatabaseCluster(stack, 'MyCluster', {
      engine: auroraMysql,
      writer: rds.ClusterInstance.provisioned('Writer'),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    });

    test.each<[string, (stack: Stack) => Options, RegExp]>([
      ['empty consumers', () => ({ consumers: [] }), /consumers must name at least one.*got \[\]/],
      ['vpc and vpcCidr', stack => ({ vpc: vpcIn(stack), vpcCidr: '10.1.0.0/16' }), /vpc .*vpcCidr.*not both; got vpcCidr '10\.1\.0\.0\/16'/],
      ['vpc and internetAccess', stack => ({ vpc: vpcIn(stack), internetAccess: true }), /internetAccess .*vpc was given; got internetAccess true/],
      ['vpcCidr mask /33', () => ({ vpcCidr: '10.0.0.0/33' }), /vpcCidr must be an IPv4 CIDR block.*got '10\.0\.0\.0\/33'/],
      ['vpcCidr not at its network address', () => ({ vpcCidr: '10.0.0.1/16' }), /vpcCidr must start at its network address \(10\.0\.0\.0\/16\), got '10\.0\.0\.1\/16'/],
      ['vpcCidr not a CIDR', () => ({ vpcCidr: 'abc' }), /vpcCidr must be an IPv4 CIDR block.*got 'abc'/],
      ['an existing VPC without isolated or private subnets', stack => ({
        vpc: new ec2.Vpc(stack, 'PublicVpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'Public', subnetType: ec2.SubnetType.PUBLIC }] }),
      }), /vpc 'Provider\/PublicVpc' has no isolated or private subnets: pass vpcSubnets/],
      ['database and databaseOptions', stack => {
        const vpc = vpcIn(stack);
        return { vpc, database: dbIn(stack, vpc), databaseOptions: {} };
      }, /at most one of database, databaseCluster, databaseOptions; got database and databaseOptions/],
      ['database and databaseCluster', stack => {
        const vpc = vpcIn(stack);
        return { vpc, database: dbIn(stack, vpc), databaseCluster: clusterIn(stack, vpc) };
      }, /got database and databaseCluster/],
      ['database without vpc', stack => ({ database: dbIn(stack, vpcIn(stack)) }), /^database \(an existing database\) needs vpc/],
      ['databaseCluster without vpc', stack => ({ databaseCluster: clusterIn(stack, vpcIn(stack)) }), /^databaseCluster \(an existing database\) needs vpc/],
      ['serviceNetwork and serviceNetworkOptions', stack => ({
        serviceNetwork: new ServiceNetwork(stack, 'MyNetwork'),
        serviceNetworkOptions: { serviceNetworkName: 'other-network' },
      }), /serviceNetwork .*serviceNetworkOptions .*not both/],
      ['serviceNetwork and createServiceNetwork false', stack => ({
        serviceNetwork: new ServiceNetwork(stack, 'MyNetwork'),
        createServiceNetwork: false,
      }), /createServiceNetwork is false but serviceNetwork was given/],
      ['createServiceNetwork false and serviceNetworkOptions', () => ({
        createServiceNetwork: false,
        serviceNetworkOptions: { serviceNetworkName: 'other-network' },
      }), /createServiceNetwork is false but serviceNetworkOptions was given/],
      ['serviceNetwork and shareServiceNetwork', stack => ({
        serviceNetwork: new ServiceNetwork(stack, 'MyNetwork'),
        shareServiceNetwork: false,
      }), /shareServiceNetwork .*serviceNetwork was given; got shareServiceNetwork false/],
      ['engine and clusterEngine', () => ({
        databaseOptions: { engine: sqlServerEx, clusterEngine: auroraMysql },
      }), /give engine .* or clusterEngine .*not both/],
      ['multiAz and availabilityZone', () => ({
        databaseOptions: { multiAz: true, availabilityZone: 'us-east-1a' },
      }), /multiAz .*availabilityZone cannot be fixed; got availabilityZone 'us-east-1a'/],
      ['clusterEngine and multiAz', () => ({
        databaseOptions: { clusterEngine: auroraMysql, multiAz: true },
      }), /databaseOptions\.multiAz applies to RDS instances.*got multiAz true/],
      ['clusterEngine and allocatedStorageGiB', () => ({
        databaseOptions: { clusterEngine: auroraMysql, allocatedStorageGiB: 50 },
      }), /databaseOptions\.allocatedStorageGiB and maxAllocatedStorageGiB apply to RDS instances/],
      ['clusterEngine and availabilityZone', () => ({
        databaseOptions: { clusterEngine: auroraMysql, availabilityZone: 'us-east-1a' },
      }), /databaseOptions\.availabilityZone applies to RDS instances, got 'us-east-1a'/],
      ['allocatedStorageGiB 10', () => ({ databaseOptions: { allocatedStorageGiB: 10 } }), /databaseOptions\.allocatedStorageGiB must be a whole number from 20 to 65536 GiB, got 10/],
      ['maxAllocatedStorageGiB below allocatedStorageGiB', () => ({
        databaseOptions: { allocatedStorageGiB: 100, maxAllocatedStorageGiB: 50 },
      }), /databaseOptions\.maxAllocatedStorageGiB must be a whole number from 100 to 65536 GiB, got 50/],
      ['port 80', () => ({ databaseOptions: { port: 80 } }), /databaseOptions\.port must be a whole number from 1150 to 65535, got 80/],
      ['backupRetention 0 days', () => ({ databaseOptions: { backupRetention: Duration.days(0) } }), /databaseOptions\.backupRetention must be 1 to 35 whole days, got '0 days'/],
      ['backupRetention 36 days', () => ({ databaseOptions: { backupRetention: Duration.days(36) } }), /databaseOptions\.backupRetention must be 1 to 35 whole days, got '36 days'/],
      ['backupRetention 1.5 days', () => ({ databaseOptions: { backupRetention: Duration.hours(36) } }), /databaseOptions\.backupRetention must be 1 to 35 whole days, got '1 day 12 hours'/],
      ['monitoringInterval 7 seconds', () => ({ databaseOptions: { monitoringInterval: Duration.seconds(7) } }), /databaseOptions\.monitoringInterval must be one of 1, 5, 10, 15, 30, 60 seconds, got '7 seconds'/],
      ['masterUsername with a hyphen', () => ({ databaseOptions: { masterUsername: 'db-admin' } }), /databaseOptions\.masterUsername must start with a letter.*got 'db-admin'/],
      ['masterUsername starting with a digit', () => ({ databaseOptions: { masterUsername: '1admin' } }), /databaseOptions\.masterUsername .*got '1admin'/],
      ['masterUsername longer than 16', () => ({ databaseOptions: { masterUsername: 'a'.repeat(17) } }), /databaseOptions\.masterUsername .*got 'a{17}'/],
      ['readReplica on SQL Server Express', () => ({
        databaseOptions: { engine: sqlServerEx, readReplica: true },
      }), /databaseOptions\.readReplica: engine 'sqlserver-ex' cannot have a read replica/],
      ['iamAuthentication on SQL Server', () => ({
        databaseOptions: { engine: sqlServerEx, iamAuthentication: true },
      }), /databaseOptions\.iamAuthentication: engine 'sqlserver-ex' [\d.]+ has no IAM database authentication/],
      // MariaDB 10.4-10.6: IAM database authentication "Not available" in every Region
      // (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.IamDatabaseAuthentication.html)
      ['iamAuthentication on MariaDB 10.6', () => ({
        databaseOptions: { engine: rds.DatabaseInstanceEngine.mariaDb({ version: rds.MariaDbEngineVersion.VER_10_6 }), iamAuthentication: true },
      }), /databaseOptions\.iamAuthentication: engine 'mariadb' 10\.6 has no IAM database authentication, got iamAuthentication true/],
      ['databaseName on SQL Server', () => ({
        databaseOptions: { engine: sqlServerEx, databaseName: 'orders' },
      }), /databaseOptions\.databaseName: .*SQL Server.*got 'orders'/],
      ['an engine it cannot secure (Oracle)', () => ({
        databaseOptions: { engine: rds.DatabaseInstanceEngine.oracleSe2({ version: rds.OracleEngineVersion.VER_19 }) },
      }), /databaseOptions: the engine 'oracle-se2' is not supported for a created database/],
    ])('%s', (_name, props, message) => {
      // GIVEN
      const stack = makeStack();

      // WHEN / THEN
      expect(() => new SecureDatabaseAccess(stack, 'Access', {
        consumers: [SharePrincipal.account(CONSUMER)],
        ...props(stack),
      })).toThrow(message);
    });
  });
});
