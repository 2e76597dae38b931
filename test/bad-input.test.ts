import { App, Duration, Fn, Lazy, Stack, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  ClusterEndpointType,
  CrossAccountShare,
  DatabaseConsumerAccess,
  DatabaseSharingMode,
  LatticeSharedDatabase,
  PrivateDnsPreference,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  SecureDatabaseAccess,
  ServiceNetwork,
  ServiceNetworkAuthType,
  ServiceNetworkConnectionType,
  SharedDatabaseEndpoint,
  SharedServiceNetworkConnection,
  SharePrincipal,
} from '../src';
import { SecureDatabaseAccessStack } from './example/stack';

/*
 * Bad input is refused at synth time (construct time, or the validation of
 * `app.synth()` / `Template.fromStack`) with an error that names the prop or context
 * key and shows the value. Tokens are accepted as they are.
 */

const PROVIDER = '111111111111';
const CONSUMER = '222222222222';
const CONFIGURATION_ARN = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`;
const SERVICE_NETWORK_ARN = `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`;

/** A small provider stack whose parts are created on first use, so each case builds only what it needs. */
class Fixture {
  public readonly app = new App();
  public readonly stack = new Stack(this.app, 'Provider', { env: { account: PROVIDER, region: 'us-east-1' } });
  private cache = new Map<string, unknown>();

  public get vpc(): ec2.Vpc {
    return this.once('vpc', () => new ec2.Vpc(this.stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }));
  }

  public get consumerVpc(): ec2.Vpc {
    return this.once('consumerVpc', () => new ec2.Vpc(this.stack, 'ConsumerVpc', {
      maxAzs: 2,
      natGateways: 0,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }));
  }

  public get gateway(): ResourceGateway {
    return this.once('gateway', () => new ResourceGateway(this.stack, 'Gateway', { vpc: this.vpc }));
  }

  public get instance(): rds.DatabaseInstance {
    return this.once('instance', () => new rds.DatabaseInstance(this.stack, 'Db', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    }));
  }

  public get cluster(): rds.DatabaseCluster {
    return this.once('cluster', () => new rds.DatabaseCluster(this.stack, 'Cluster', {
      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }),
      writer: rds.ClusterInstance.provisioned('Writer'),
      vpc: this.vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    }));
  }

  public get shared(): LatticeSharedDatabase {
    return this.once('shared', () => new LatticeSharedDatabase(this.stack, 'Shared', {
      resourceGateway: this.gateway,
      instance: this.instance,
    }));
  }

  private once<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) {
      this.cache.set(key, make());
    }
    return this.cache.get(key) as T;
  }
}

const sqlServerSe = rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 });
const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 });

/** `new SecureDatabaseAccess` with one consumer and the given props. */
function access(f: Fixture, props: Partial<ConstructorParameters<typeof SecureDatabaseAccess>[2]>): SecureDatabaseAccess {
  return new SecureDatabaseAccess(f.stack, 'Access', { consumers: [SharePrincipal.account(CONSUMER)], ...props });
}

/** The example stack with `-c` values, which arrive as strings. */
function example(context: Record<string, string>): SecureDatabaseAccessStack {
  return new SecureDatabaseAccessStack(new App({ context }), 'SecureDatabaseAccessStack');
}

/** The error `act` throws; fails the test when it throws none. */
function errorOf(act: () => unknown): Error {
  try {
    act();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error at synth time, but the input was accepted');
}

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** [case, what the user does, the prop or key the message must name, the value it must show] */
type Case = [string, (f: Fixture) => unknown, string, string];

function runCases(cases: Case[]): void {
  test.each(cases)('%s', (_name, act, prop, value) => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => act(f));

    // THEN
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message).toMatch(literal(prop));
    expect(error.message).toMatch(literal(value));
  });
}

/** Every case of every table, counted so the suite proves its own size. */
const ALL: Case[] = [];
function table(cases: Case[]): Case[] {
  ALL.push(...cases);
  return cases;
}

describe('ResourceGateway', () => {
  runCases(table([
    ['empty name', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, resourceGatewayName: '' }), 'resourceGatewayName', "got ''"],
    ['name too short', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, resourceGatewayName: 'ab' }), 'resourceGatewayName', "'ab'"],
    ['name with the reserved prefix', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, resourceGatewayName: 'rgw-orders' }), 'resourceGatewayName', "'rgw-orders'"],
    ['name with uppercase and underscore', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, resourceGatewayName: 'Orders_Db' }), 'resourceGatewayName', "'Orders_Db'"],
    ['ipv4AddressesPerEni 0', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, ipv4AddressesPerEni: 0 }), 'ipv4AddressesPerEni', 'got 0'],
    ['ipv4AddressesPerEni 63', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, ipv4AddressesPerEni: 63 }), 'ipv4AddressesPerEni', 'got 63'],
    ['ipv4AddressesPerEni 2.5', f => new ResourceGateway(f.stack, 'G', { vpc: f.vpc, ipv4AddressesPerEni: 2.5 }), 'ipv4AddressesPerEni', 'got 2.5'],
    ['ipv4AddressesPerEni with IPV6', f => new ResourceGateway(f.stack, 'G', {
      vpc: f.vpc, ipAddressType: ResourceGatewayIpAddressType.IPV6, ipv4AddressesPerEni: 8,
    }), 'ipv4AddressesPerEni', 'got 8'],
    ['six security groups', f => new ResourceGateway(f.stack, 'G', {
      vpc: f.vpc,
      securityGroups: [1, 2, 3, 4, 5, 6].map(i => ec2.SecurityGroup.fromSecurityGroupId(f.stack, `Sg${i}`, `sg-0000000000000000${i}`)),
    }), 'securityGroups', 'got 6'],
    ['subnets in one Availability Zone', f => new ResourceGateway(f.stack, 'G', {
      vpc: f.vpc, vpcSubnets: { availabilityZones: [f.vpc.availabilityZones[0]] },
    }), 'vpcSubnets', '["dummy1a"]'],
    ['import by an empty id', f => ResourceGateway.fromResourceGatewayId(f.stack, 'G', ''), 'resourceGatewayId', "got ''"],
    ['import by a malformed id', f => ResourceGateway.fromResourceGatewayId(f.stack, 'G', 'gw-123'), 'resourceGatewayId', "'gw-123'"],
    ['import by an ARN with an 11-digit account', f => ResourceGateway.fromResourceGatewayArn(f.stack, 'G',
      'arn:aws:vpc-lattice:us-east-1:11111111111:resourcegateway/rgw-0123456789abcdef0'), 'resourceGatewayArn', "'arn:aws:vpc-lattice:us-east-1:11111111111:"],
    ['import by both id and ARN', f => ResourceGateway.fromResourceGatewayAttributes(f.stack, 'G', {
      resourceGatewayId: 'rgw-0123456789abcdef0',
      resourceGatewayArn: `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef1`,
    }), 'resourceGatewayId', "resourceGatewayId 'rgw-0123456789abcdef0'"],
  ]));
});

describe('LatticeSharedDatabase', () => {
  runCases(table([
    ['name with the reserved prefix', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, resourceConfigurationName: 'rcfg-orders',
    }), 'resourceConfigurationName', "'rcfg-orders'"],
    ['name with two hyphens in a row', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, resourceConfigurationName: 'orders--db',
    }), 'resourceConfigurationName', "'orders--db'"],
    ['port 0', f => new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway, instance: f.instance, port: 0 }), 'port', 'got 0'],
    ['DNS mode through an IPv6-only gateway', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: new ResourceGateway(f.stack, 'V6', { vpc: f.vpc, ipAddressType: ResourceGatewayIpAddressType.IPV6 }),
      instance: f.instance,
    }), 'resourceGateway', 'ipAddressType IPV6'],
    ['port 65536', f => new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway, instance: f.instance, port: 65536 }), 'port', 'got 65536'],
    ['ARN mode with a port the database does not use', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, mode: DatabaseSharingMode.ARN, port: 5433,
    }), 'port', 'got 5433'],
    ['clusterEndpoint with an instance', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, clusterEndpoint: ClusterEndpointType.READER,
    }), 'clusterEndpoint', "'READER'"],
    ['reader endpoint in ARN mode', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, cluster: f.cluster, clusterEndpoint: ClusterEndpointType.READER, mode: DatabaseSharingMode.ARN,
    }), 'clusterEndpoint', "mode 'ARN'"],
    ['both instance and cluster', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, cluster: f.cluster,
    }), 'instance and cluster', "instance 'Provider/Db'"],
    ['neither instance nor cluster', f => new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway }), 'instance, cluster', 'got none'],
    ['customDomainName that is no domain', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway, instance: f.instance, customDomainName: 'Orders DB',
    }), 'customDomainName', "'Orders DB'"],
    ['non-sharable configuration in a shareable network', f => new LatticeSharedDatabase(f.stack, 'S', {
      resourceGateway: f.gateway,
      instance: f.instance,
      allowAssociationToSharableServiceNetwork: false,
      serviceNetworks: [new ServiceNetwork(f.stack, 'Network')],
    }), 'allowAssociationToSharableServiceNetwork', 'got false'],
    ['import by a configuration id instead of an ARN', f => LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C',
      'rcfg-0123456789abcdef0'), 'resourceConfigurationArn', "'rcfg-0123456789abcdef0'"],
    ['import with port 99999', f => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
      resourceConfigurationArn: CONFIGURATION_ARN, port: 99999,
    }), 'port', 'got 99999'],
  ]));
});

describe('ServiceNetwork', () => {
  runCases(table([
    // the CloudFormation Name pattern reserves servicenetwork-, not the sn- of the ids
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetwork.html)
    ['name with the reserved prefix', f => new ServiceNetwork(f.stack, 'N', { serviceNetworkName: 'servicenetwork-shared' }), 'serviceNetworkName', "'servicenetwork-shared'"],
    ['name of 64 characters', f => new ServiceNetwork(f.stack, 'N', { serviceNetworkName: 'a'.repeat(64) }), 'serviceNetworkName', `'${'a'.repeat(64)}'`],
    ['authPolicy without AWS_IAM', f => new ServiceNetwork(f.stack, 'N', {
      authType: ServiceNetworkAuthType.NONE, authPolicy: new iam.PolicyDocument(),
    }), 'authPolicy', "authType 'NONE'"],
    ['accessLogRetention without access logs', f => new ServiceNetwork(f.stack, 'N', {
      accessLogRetention: logs.RetentionDays.ONE_MONTH,
    }), 'accessLogRetention', 'got accessLogs undefined'],
    ['import by an empty id', f => ServiceNetwork.fromServiceNetworkId(f.stack, 'N', ''), 'serviceNetworkId', "got ''"],
    ['import by the ARN of a service, not a network', f => ServiceNetwork.fromServiceNetworkArn(f.stack, 'N',
      `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:service/svc-0123456789abcdef0`), 'serviceNetworkArn', "'arn:aws:vpc-lattice:us-east-1:111111111111:service/svc-0123456789abcdef0'"],
  ]));
});

describe('CrossAccountShare and SharePrincipal', () => {
  runCases(table([
    ['account id of 5 digits', () => SharePrincipal.account('12345'), 'SharePrincipal.account', "'12345'"],
    ['empty account id', () => SharePrincipal.account(''), 'SharePrincipal.account', "got ''"],
    ['organization id instead of its ARN', () => SharePrincipal.organization('o-exampleorg1'), 'SharePrincipal.organization', "'o-exampleorg1'"],
    ['OU id instead of its ARN', () => SharePrincipal.organizationalUnit('ou-abcd-exampleou'), 'SharePrincipal.organizationalUnit', "'ou-abcd-exampleou'"],
    ['blank share name', f => new CrossAccountShare(f.stack, 'S', {
      principals: [SharePrincipal.account(CONSUMER)], resourceShareName: '  ',
    }), 'resourceShareName', "'  '"],
    ['its own account as principal', f => new CrossAccountShare(f.stack, 'S', {
      principals: [SharePrincipal.account(PROVIDER)],
    }), 'principals', `'${PROVIDER}'`],
    ['a configuration of another account', f => new CrossAccountShare(f.stack, 'S', {
      principals: [SharePrincipal.account(CONSUMER)],
      resourceConfigurations: [LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'Foreign',
        'arn:aws:vpc-lattice:us-east-1:333333333333:resourceconfiguration/rcfg-0123456789abcdef0')],
    }), 'resourceConfigurations', "'333333333333'"],
    ['a service network of another region', f => new CrossAccountShare(f.stack, 'S', {
      principals: [SharePrincipal.account(CONSUMER)],
      serviceNetworks: [ServiceNetwork.fromServiceNetworkArn(f.stack, 'Foreign',
        `arn:aws:vpc-lattice:eu-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`)],
    }), 'serviceNetworks', "'eu-west-1'"],
    ['no principals (found by synth)', f => {
      new CrossAccountShare(f.stack, 'S', { principals: [], resourceConfigurations: [f.shared] });
      return Template.fromStack(f.stack);
    }, 'principals', 'got none'],
    ['import by a malformed ARN', f => CrossAccountShare.fromResourceShareArn(f.stack, 'S', 'resource-share/123'), 'resourceShareArn', "'resource-share/123'"],
  ]));
});

describe('SharedDatabaseEndpoint and SharedServiceNetworkConnection', () => {
  runCases(table([
    ['empty configuration ARN', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfigurationArn: '', port: 5432,
    }), 'resourceConfigurationArn', "got ''"],
    ['configuration ARN of a service network', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfigurationArn: SERVICE_NETWORK_ARN, port: 5432,
    }), 'resourceConfigurationArn', `'${SERVICE_NETWORK_ARN}'`],
    ['configuration ARN without port', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfigurationArn: CONFIGURATION_ARN,
    }), 'port', `'${CONFIGURATION_ARN}'`],
    ['port -1', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfigurationArn: CONFIGURATION_ARN, port: -1,
    }), 'port', 'got -1'],
    ['both configuration and its ARN', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfiguration: f.shared, resourceConfigurationArn: CONFIGURATION_ARN,
    }), 'resourceConfiguration and resourceConfigurationArn', `resourceConfigurationArn '${CONFIGURATION_ARN}'`],
    ['endpoint in the gateway VPC', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.vpc, resourceConfiguration: f.shared,
    }), 'vpc', "'Provider/Vpc'"],
    ['specified domains without the preference', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc, resourceConfigurationArn: CONFIGURATION_ARN, port: 5432, privateDnsSpecifiedDomains: ['db.example.com'],
    }), 'privateDnsSpecifiedDomains', "'none'"],
    ['preference without private DNS', f => new SharedDatabaseEndpoint(f.stack, 'E', {
      vpc: f.consumerVpc,
      resourceConfigurationArn: CONFIGURATION_ARN,
      port: 5432,
      privateDnsEnabled: false,
      privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS,
    }), 'privateDnsPreference', "'ALL_DOMAINS'"],
    ['service network ARN of a configuration', f => new SharedServiceNetworkConnection(f.stack, 'C', {
      vpc: f.consumerVpc, serviceNetworkArn: CONFIGURATION_ARN,
    }), 'serviceNetworkArn', `'${CONFIGURATION_ARN}'`],
    ['VPC association with subnets', f => new SharedServiceNetworkConnection(f.stack, 'C', {
      vpc: f.consumerVpc,
      serviceNetworkArn: SERVICE_NETWORK_ARN,
      connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    }), 'vpcSubnets', "'VPC_ASSOCIATION'"],
    ['connection port 70000', f => new SharedServiceNetworkConnection(f.stack, 'C', {
      vpc: f.consumerVpc, serviceNetworkArn: SERVICE_NETWORK_ARN, port: 70000,
    }), 'port', 'got 70000'],
  ]));
});

describe('DatabaseConsumerAccess', () => {
  const consumers = [SharePrincipal.account(CONSUMER)];
  runCases(table([
    ['no consumers', f => new DatabaseConsumerAccess(f.stack, 'A', { consumers: [], databaseUsers: ['app'], instance: f.instance }), 'consumers', 'got []'],
    ['externalId of one character', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['app'], instance: f.instance, externalId: 'x',
    }), 'externalId', "got 'x'"],
    ['externalId without databaseUsers', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, secret: f.instance.secret!, externalId: 'reporting',
    }), 'externalId', "'reporting'"],
    ['roleName with a space', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['app'], instance: f.instance, roleName: 'db role',
    }), 'roleName', "'db role'"],
    ['database user starting with a digit', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['1app'], instance: f.instance,
    }), 'databaseUsers', "'1app'"],
    ['database user twice', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['app', 'app'], instance: f.instance,
    }), 'databaseUsers', "'app' twice"],
    ['databaseUsers without their database', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['app'],
    }), 'databaseUsers', '["app"]'],
    ['both instance and cluster', f => new DatabaseConsumerAccess(f.stack, 'A', {
      consumers, databaseUsers: ['app'], instance: f.instance, cluster: f.cluster,
    }), 'instance and cluster', "cluster 'Provider/Cluster'"],
  ]));
});

describe('SecureDatabaseAccess', () => {
  runCases(table([
    ['no consumers', f => new SecureDatabaseAccess(f.stack, 'Access', { consumers: [] }), 'consumers', 'got []'],
    ['existing VPC and a new VPC CIDR', f => access(f, { vpc: f.vpc, vpcCidr: '10.1.0.0/16' }), 'vpcCidr', "'10.1.0.0/16'"],
    ['vpcCidr /33', f => access(f, { vpcCidr: '10.0.0.0/33' }), 'vpcCidr', "'10.0.0.0/33'"],
    ['vpcCidr off its network address', f => access(f, { vpcCidr: '10.0.0.1/16' }), 'vpcCidr', "'10.0.0.1/16'"],
    ['existing and new database', f => access(f, { vpc: f.vpc, database: f.instance, databaseOptions: {} }), 'database and databaseOptions', "database 'Provider/Db'"],
    ['existing and new service network', f => access(f, {
      serviceNetwork: new ServiceNetwork(f.stack, 'Network'), serviceNetworkOptions: { serviceNetworkName: 'other-network' },
    }), 'serviceNetworkOptions', "'Provider/Network'"],
    ['existing service network and createServiceNetwork false', f => access(f, {
      serviceNetwork: new ServiceNetwork(f.stack, 'Network'), createServiceNetwork: false,
    }), 'createServiceNetwork', "'Provider/Network'"],
    ['engine and clusterEngine', f => access(f, { databaseOptions: { engine: sqlServerSe, clusterEngine: auroraMysql } }), 'clusterEngine', "'aurora-mysql'"],
    ['Multi-AZ with a fixed Availability Zone', f => access(f, { databaseOptions: { multiAz: true, availabilityZone: 'us-east-1a' } }), 'availabilityZone', "'us-east-1a'"],
    ['Availability Zone that is no zone', f => access(f, { databaseOptions: { availabilityZone: 'nowhere' } }), 'databaseOptions.availabilityZone', "'nowhere'"],
    ['Multi-AZ on an Aurora cluster', f => access(f, { databaseOptions: { clusterEngine: auroraMysql, multiAz: true } }), 'databaseOptions.multiAz', 'got multiAz true'],
    ['read replica on SQL Server Standard', f => access(f, { databaseOptions: { engine: sqlServerSe, readReplica: true } }), 'databaseOptions.readReplica', "'sqlserver-se'"],
    ['IAM authentication on SQL Server', f => access(f, { databaseOptions: { engine: sqlServerSe, iamAuthentication: true } }), 'databaseOptions.iamAuthentication', "'sqlserver-se'"],
    ['SQL Server Standard without an instance class', f => access(f, { databaseOptions: { engine: sqlServerSe } }), 'databaseOptions.instanceType', "'sqlserver-se'"],
    ['master user name over the 16 characters of MySQL', f => access(f, { databaseOptions: { masterUsername: 'a_very_long_admin_name' } }), 'databaseOptions.masterUsername', "'a_very_long_admin_name'"],
    ['vpcSubnets without vpc', f => access(f, { vpcSubnets: { subnetGroupName: 'Db' } }), 'vpcSubnets', 'Db'],
    ['allocatedStorageGiB 10', f => access(f, { databaseOptions: { allocatedStorageGiB: 10 } }), 'databaseOptions.allocatedStorageGiB', 'got 10'],
    ['maxAllocatedStorageGiB below allocatedStorageGiB', f => access(f, {
      databaseOptions: { allocatedStorageGiB: 100, maxAllocatedStorageGiB: 50 },
    }), 'databaseOptions.maxAllocatedStorageGiB', 'got 50'],
    ['port 80', f => access(f, { databaseOptions: { port: 80 } }), 'databaseOptions.port', 'got 80'],
    ['backupRetention 36 days', f => access(f, { databaseOptions: { backupRetention: Duration.days(36) } }), 'databaseOptions.backupRetention', "'36 days'"],
    ['backupRetention of 36 hours', f => access(f, { databaseOptions: { backupRetention: Duration.hours(36) } }), 'databaseOptions.backupRetention', "'1 day 12 hours'"],
    ['monitoringInterval 7 seconds', f => access(f, { databaseOptions: { monitoringInterval: Duration.seconds(7) } }), 'databaseOptions.monitoringInterval', "'7 seconds'"],
    ['masterUsername with a hyphen', f => access(f, { databaseOptions: { masterUsername: 'db-admin' } }), 'databaseOptions.masterUsername', "'db-admin'"],
    ['gateway ipv4AddressesPerEni 100', f => access(f, { gatewayOptions: { ipv4AddressesPerEni: 100 } }), 'ipv4AddressesPerEni', 'got 100'],
    ['gateway name with the reserved prefix', f => access(f, { gatewayOptions: { resourceGatewayName: 'rgw-x' } }), 'resourceGatewayName', "'rgw-x'"],
    ['environment tag with a newline', f => access(f, { environment: 'prod\nuction' }), 'environment', "'prod\nuction'"],
    ['costCenter tag of 257 characters', f => access(f, { costCenter: 'c'.repeat(257) }), 'costCenter', `'${'c'.repeat(257)}'`],
  ]));
});

describe('example context (-c values arrive as strings)', () => {
  runCases(table([
    ['enable_deletion_protection=maybe', () => example({ enable_deletion_protection: 'maybe' }), 'enable_deletion_protection', "'maybe'"],
    ['create_read_replica=yes', () => example({ create_read_replica: 'yes' }), 'create_read_replica', "'yes'"],
    ['multi_az_deployment=1', () => example({ multi_az_deployment: '1' }), 'multi_az_deployment', "'1'"],
    ['enable_performance_insights=', () => example({ enable_performance_insights: '' }), 'enable_performance_insights', "got ''"],
    ['database_backup_retention_days=99', () => example({ database_backup_retention_days: '99' }), 'database_backup_retention_days', "'99'"],
    ['database_backup_retention_days=7.5', () => example({ database_backup_retention_days: '7.5' }), 'database_backup_retention_days', "'7.5'"],
    ['database_allocated_storage=10', () => example({ database_allocated_storage: '10' }), 'database_allocated_storage', "'10'"],
    ['database_instance_class=db.nonsense', () => example({ database_instance_class: 'db.nonsense' }), 'database_instance_class', "'db.nonsense'"],
    ['vpc_cidr=10.0.0.0/33', () => example({ vpc_cidr: '10.0.0.0/33' }), 'vpc_cidr', "'10.0.0.0/33'"],
    ['consumer_account_id=12345', () => example({ consumer_account_id: '12345' }), 'consumer_account_id', "'12345'"],
    ['consumer_account_id with an empty entry', () => example({ consumer_account_id: '123456789012,' }), 'consumer_account_id', "'123456789012,'"],
    ['create_new_vpc=false without vpc_id', () => example({ create_new_vpc: 'false' }), 'vpc_id', 'got undefined'],
    ['vpc_id while create_new_vpc is true', () => example({ vpc_id: 'vpc-0123456789abcdef0' }), 'vpc_id', "'vpc-0123456789abcdef0'"],
    ['one Availability Zone for an existing VPC', () => example({
      create_new_vpc: 'false', vpc_id: 'vpc-0123456789abcdef0', vpc_subnet_ids: 'subnet-0aaaaaaaaaaaaaaa1', vpc_availability_zones: 'us-east-1a',
    }), 'vpc_availability_zones', "'us-east-1a'"],
  ]));
});

test('the suite covers at least 40 cases across every public construct and the context keys', () => {
  expect(ALL.length).toBeGreaterThanOrEqual(40);
});

describe('unresolved tokens are accepted', () => {
  const imported = (name: string) => Fn.importValue(name);
  const importedNumber = (name: string) => Token.asNumber(Fn.importValue(name));

  test.each<[string, (f: Fixture) => void]>([
    ['gateway id, ARN, name and addresses per ENI', f => {
      ResourceGateway.fromResourceGatewayId(f.stack, 'ById', imported('GatewayId'));
      ResourceGateway.fromResourceGatewayArn(f.stack, 'ByArn', imported('GatewayArn'));
      new ResourceGateway(f.stack, 'G', {
        vpc: f.vpc,
        resourceGatewayName: Lazy.string({ produce: () => 'orders-gateway' }),
        ipv4AddressesPerEni: importedNumber('AddressesPerEni'),
      });
    }],
    ['configuration name, port and imported ARN', f => {
      new LatticeSharedDatabase(f.stack, 'S', {
        resourceGateway: f.gateway,
        instance: f.instance,
        port: importedNumber('Port'),
        resourceConfigurationName: Lazy.string({ produce: () => 'orders-db' }),
      });
      LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
        resourceConfigurationArn: imported('ConfigurationArn'), port: importedNumber('ImportedPort'),
      });
    }],
    ['service network name, id and ARN', f => {
      new ServiceNetwork(f.stack, 'N', { serviceNetworkName: Lazy.string({ produce: () => 'shared-dbs' }) });
      ServiceNetwork.fromServiceNetworkId(f.stack, 'ById', imported('NetworkId'));
      ServiceNetwork.fromServiceNetworkArn(f.stack, 'ByArn', imported('NetworkArn'));
    }],
    ['share principals, name and ARN', f => {
      new CrossAccountShare(f.stack, 'S', {
        principals: [
          SharePrincipal.account(imported('ConsumerAccount')),
          SharePrincipal.organization(imported('OrganizationArn')),
        ],
        resourceShareName: imported('ShareName'),
        resourceConfigurations: [LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C', imported('ConfigurationArn'))],
      });
      CrossAccountShare.fromResourceShareArn(f.stack, 'Imported', imported('ShareArn'));
    }],
    ['consumer endpoint and connection ARNs and ports', f => {
      new SharedDatabaseEndpoint(f.stack, 'E', {
        vpc: f.consumerVpc, resourceConfigurationArn: imported('ConfigurationArn'), port: importedNumber('Port'),
      });
      new SharedServiceNetworkConnection(f.stack, 'C', {
        vpc: f.consumerVpc, serviceNetworkArn: imported('NetworkArn'), port: importedNumber('Port2'),
      });
    }],
    ['consumer access external id, role name and users', f => {
      new DatabaseConsumerAccess(f.stack, 'A', {
        consumers: [SharePrincipal.account(imported('ConsumerAccount'))],
        databaseUsers: [imported('DatabaseUser')],
        instance: f.instance,
        externalId: imported('ExternalId'),
        roleName: Lazy.string({ produce: () => 'consumer-db-role' }),
      });
    }],
    ['composite numbers, durations, names and tags', f => {
      access(f, {
        environment: imported('Environment'),
        gatewayOptions: { ipv4AddressesPerEni: importedNumber('AddressesPerEni') },
        databaseOptions: {
          port: importedNumber('Port'),
          allocatedStorageGiB: importedNumber('Storage'),
          backupRetention: Duration.days(importedNumber('BackupDays')),
          monitoringInterval: Duration.seconds(importedNumber('MonitoringSeconds')),
          masterUsername: imported('MasterUsername'),
          availabilityZone: imported('AvailabilityZone'),
        },
      });
    }],
  ])('%s', (_name, build) => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    build(f);

    // THEN
    expect(() => Template.fromStack(f.stack)).not.toThrow();
  });
});
