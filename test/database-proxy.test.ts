/**
 * RDS Proxy as the shared target.
 *
 * The AWS facts it relies on:
 * - no RDS Proxy for Db2, Oracle (and here: SQL Server)
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.RDSProxy.html)
 * - READ_ONLY proxy endpoints for Aurora clusters with a reader; the proxy listens on 3306 (MySQL)
 *   or 5432 (PostgreSQL) (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-endpoints.html)
 * - DBProxyName and DBProxyEndpointName replace the resource and are unique in the account
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html)
 * - IdleClientTimeout 1-28,800 seconds (same page)
 * - VPC Lattice ARN configurations take RDS databases only
 *   (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  ClusterEndpointType, DatabaseProxyOptions, DatabaseSharingMode, LatticeSharedDatabase, ResourceGateway,
  SecureDatabase, SecureDatabaseAccess, SecureDatabaseProps, SharePrincipal,
} from '../src';
import { thrown } from './thrown';

function newStack(): Stack {
  return new Stack(new App(), 'Stack', { env: { account: '111111111111', region: 'us-east-1' } });
}

function vpcOf(stack: Stack): ec2.Vpc {
  return new ec2.Vpc(stack, 'Vpc', {
    maxAzs: 2,
    natGateways: 0,
    subnetConfiguration: [
      { name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      { name: 'Other', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
    ],
  });
}

/** A secure database, not yet synthesized. */
function database(props: Partial<SecureDatabaseProps> = {}) {
  const stack = newStack();
  const vpc = vpcOf(stack);
  const db = new SecureDatabase(stack, 'Db', { vpc, vpcSubnets: { subnetGroupName: 'Database' }, ...props });
  return { stack, vpc, db };
}

function secure(props: Partial<SecureDatabaseProps> = {}) {
  const built = database(props);
  return { ...built, template: Template.fromStack(built.stack) };
}

const ref = (stack: Stack, construct: { node: { defaultChild?: unknown } }) => ({ Ref: stack.getLogicalId(construct.node.defaultChild as any) });
const getAtt = (stack: Stack, construct: { node: { defaultChild?: unknown } }, attribute: string) =>
  ({ 'Fn::GetAtt': [stack.getLogicalId(construct.node.defaultChild as any), attribute] });

/** DBProxyName: a letter first, letters, digits and single hyphens, no hyphen at the end. */
const PROXY_NAME = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;

describe('SecureDatabase proxy', () => {
  test('proxy: {} puts a TLS-only proxy with its own security group in front of the database, using the master secret', () => {
    // GIVEN / WHEN
    const { db, stack, template } = secure({ proxy: {} });

    // THEN
    template.resourceCountIs('AWS::RDS::DBProxy', 1);
    const proxy = Object.values(template.findResources('AWS::RDS::DBProxy'))[0].Properties;
    expect(proxy).toMatchObject({
      EngineFamily: 'MYSQL',
      RequireTLS: true,
      DebugLogging: false,
      IdleClientTimeout: 1800,
      Auth: [{ AuthScheme: 'SECRETS', IAMAuth: 'DISABLED', SecretArn: stack.resolve(db.secret.secretArn) }],
      VpcSecurityGroupIds: [getAtt(stack, db.proxy!.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId')],
    });
    expect(proxy.DBProxyName).toMatch(PROXY_NAME);
    expect(proxy.DBProxyName.length).toBeLessThanOrEqual(60);
    // the database's subnets
    const subnets = stack.resolve(db.instance!.vpc.selectSubnets({ subnetGroupName: 'Database' }).subnetIds);
    expect(proxy.VpcSubnetIds).toEqual(subnets);
    // the database admits the proxy on its port; the proxy's group has no other rule
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      GroupId: getAtt(stack, db.securityGroup as ec2.SecurityGroup, 'GroupId'),
      SourceSecurityGroupId: getAtt(stack, db.proxy!.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId'),
      IpProtocol: 'tcp',
      // the literal port, not the database's Fn::GetAtt Endpoint.Port
      FromPort: 3306,
      ToPort: 3306,
    });
    template.hasResourceProperties('AWS::EC2::SecurityGroupEgress', {
      GroupId: getAtt(stack, db.proxy!.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId'),
      DestinationSecurityGroupId: getAtt(stack, db.securityGroup as ec2.SecurityGroup, 'GroupId'),
      FromPort: 3306,
      ToPort: 3306,
    });
    template.hasResourceProperties('AWS::RDS::DBProxyTargetGroup', { DBInstanceIdentifiers: [ref(stack, db.instance!)] });
    expect(db.proxyReaderEndpoint).toBeUndefined();
  });

  test('iamAuthentication and idleClientTimeout are the user\'s', () => {
    const { template } = secure({ proxy: { iamAuthentication: true, idleClientTimeout: Duration.minutes(5) } });
    template.hasResourceProperties('AWS::RDS::DBProxy', { Auth: [Match.objectLike({ IAMAuth: 'REQUIRED' })], IdleClientTimeout: 300 });
  });

  test('an Aurora cluster with a reader gets a READ_ONLY proxy endpoint with a generated name', () => {
    const { db, template } = secure({
      clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_9 }),
      readReplica: true,
      proxy: {},
    });
    template.hasResourceProperties('AWS::RDS::DBProxy', { EngineFamily: 'POSTGRESQL' });
    const endpoint = Object.values(template.findResources('AWS::RDS::DBProxyEndpoint'))[0].Properties;
    expect(endpoint.TargetRole).toBe('READ_ONLY');
    expect(endpoint.DBProxyEndpointName).toMatch(PROXY_NAME);
    expect(db.proxyReaderEndpoint).toBeDefined();
  });

  test('the proxy name changes with its subnets (a replacement), and stays otherwise', () => {
    const name = (props: Partial<SecureDatabaseProps>) =>
      Object.values(secure({ proxy: {}, ...props }).template.findResources('AWS::RDS::DBProxy'))[0].Properties.DBProxyName;
    expect(name({ vpcSubnets: { subnetGroupName: 'Other' } })).not.toEqual(name({}));
    expect(name({ proxy: { iamAuthentication: true } })).toEqual(name({}));
  });

  test.each<[string, Partial<SecureDatabaseProps>, RegExp, Partial<SecureDatabaseProps>]>([
    ['proxy that is no object', { proxy: true as unknown as DatabaseProxyOptions }, /^proxy must be DatabaseProxyOptions \(an object; \{\} for the defaults\), got true$/, { proxy: {} }],
    ['iamAuthentication as a string', { proxy: { iamAuthentication: 'yes' as unknown as boolean } }, /^proxy\.iamAuthentication must be .*'yes'/, { proxy: { iamAuthentication: true } }],
    ['idleClientTimeout as seconds', { proxy: { idleClientTimeout: 600 as unknown as Duration } }, /^proxy\.idleClientTimeout must be a Duration such as Duration\.minutes\(30\), got 600$/,
      { proxy: { idleClientTimeout: Duration.minutes(10) } }],
    ['idleClientTimeout above 8 hours', { proxy: { idleClientTimeout: Duration.hours(9) } }, /^proxy\.idleClientTimeout must be 1 second to 8 hours, got 9 hours$/,
      { proxy: { idleClientTimeout: Duration.hours(8) } }],
    ['a SQL Server engine', {
      engine: rds.DatabaseInstanceEngine.sqlServerEx({ version: rds.SqlServerEngineVersion.VER_16 }),
      instanceType: new ec2.InstanceType('t3.small'),
      proxy: {},
    }, /^proxy: RDS Proxy is offered here for MySQL, MariaDB, PostgreSQL and Aurora, not for engine 'sqlserver-ex'; leave proxy out$/,
    { engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }), proxy: {} }],
  ])('%s is refused', (_name, refused, message, control) => {
    expect(thrown(() => secure(refused))).toMatch(message);
    expect(() => secure(control)).not.toThrow();
  });
});

describe('LatticeSharedDatabase through a proxy', () => {
  function shared(props: Record<string, unknown> = {}) {
    const { stack, vpc, db } = database({ proxy: {}, port: 3307 });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    const sharedDb = new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy, ...props });
    return { stack, db, gateway, sharedDb, template: Template.fromStack(stack) };
  }

  test('the configuration names the proxy endpoint on the proxy\'s port, and the proxy admits the gateway', () => {
    // GIVEN / WHEN: the database listens on 3307, the proxy on MySQL's 3306
    const { stack, db, gateway, sharedDb, template } = shared();

    // THEN
    template.hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: { DnsResource: { DomainName: getAtt(stack, db.proxy!, 'Endpoint'), IpAddressType: 'IPV4' } },
      PortRanges: ['3306'],
    });
    expect(sharedDb.port).toBe(3306);
    template.hasResourceProperties('AWS::EC2::SecurityGroupIngress', {
      GroupId: getAtt(stack, db.proxy!.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId'),
      SourceSecurityGroupId: getAtt(stack, gateway.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId'),
      FromPort: 3306,
      ToPort: 3306,
    });
    // the database itself does not admit the gateway
    expect(Object.values(template.findResources('AWS::EC2::SecurityGroupIngress', {
      Properties: {
        GroupId: getAtt(stack, db.securityGroup as ec2.SecurityGroup, 'GroupId'),
        SourceSecurityGroupId: getAtt(stack, gateway.connections.securityGroups[0] as ec2.SecurityGroup, 'GroupId'),
      },
    }))).toHaveLength(0);
  });

  test.each<[string, (db: SecureDatabase) => Record<string, unknown>, RegExp]>([
    ['ARN mode', () => ({ mode: DatabaseSharingMode.ARN }), /^proxy 'Stack\/Db\/Proxy' can only be shared by its DNS name, with DatabaseSharingMode\.DNS .*; got mode 'ARN'$/],
  ])('%s is refused', (_name, props, message) => {
    const { stack, vpc, db } = database({ proxy: {} });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    expect(thrown(() => new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy, ...props(db) }))).toMatch(message);
    // the control: DNS mode
    new LatticeSharedDatabase(stack, 'Control', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test('a port other than the proxy\'s is refused; the proxy\'s own is the control', () => {
    const { stack, vpc, db } = database({ proxy: {} });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    expect(thrown(() => new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy, port: 3307 })))
      .toMatch(/^port 3307 differs from the port proxy 'Stack\/Db\/Proxy' listens on \(3306\): leave port out$/);
    new LatticeSharedDatabase(stack, 'Control', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy, port: 3306 });
    expect(() => Template.fromStack(stack)).not.toThrow();
  });

  test('with customDomainNameFromDatabase the custom domain is the proxy\'s hostname, and a replaced proxy renames the configuration', () => {
    const configuration = (subnetGroupName: string) => {
      const { stack, vpc, db } = database({ proxy: {}, vpcSubnets: { subnetGroupName } });
      const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
      new LatticeSharedDatabase(stack, 'Shared', { resourceGateway: gateway, instance: db.instance, proxy: db.proxy, customDomainNameFromDatabase: true });
      const props = Object.values(Template.fromStack(stack).findResources('AWS::VpcLattice::ResourceConfiguration'))[0].Properties;
      expect(props.CustomDomainName).toEqual(getAtt(stack, db.proxy!, 'Endpoint'));
      return props.Name;
    };
    // the proxy's subnets replace it (and its hostname): the configuration gets a new name too
    expect(configuration('Other')).not.toEqual(configuration('Database'));
  });

  test('proxyEndpoint without proxy, and clusterEndpoint READER with a proxy, are refused', () => {
    const { stack, vpc, db } = database({
      clusterEngine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_2 }),
      readReplica: true,
      proxy: {},
    });
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc });
    expect(thrown(() => new LatticeSharedDatabase(stack, 'A', { resourceGateway: gateway, cluster: db.cluster, proxyEndpoint: db.proxyReaderEndpoint })))
      .toMatch(/^proxyEndpoint 'Stack\/Db\/Proxy\/ReaderEndpoint' needs its proxy: give proxy too$/);
    expect(thrown(() => new LatticeSharedDatabase(stack, 'B', { resourceGateway: gateway, cluster: db.cluster, proxy: db.proxy, clusterEndpoint: ClusterEndpointType.READER })))
      .toMatch(/^clusterEndpoint READER does not apply through proxy 'Stack\/Db\/Proxy': give the proxy's READ_ONLY endpoint as proxyEndpoint/);
    // the control: the reader through the proxy's READ_ONLY endpoint
    new LatticeSharedDatabase(stack, 'C', { resourceGateway: gateway, cluster: db.cluster, proxy: db.proxy, proxyEndpoint: db.proxyReaderEndpoint });
    Template.fromStack(stack).hasResourceProperties('AWS::VpcLattice::ResourceConfiguration', {
      ResourceConfigurationDefinition: { DnsResource: { DomainName: getAtt(stack, db.proxyReaderEndpoint as any, 'Endpoint') } },
      PortRanges: ['3306'],
    });
  });
});

describe('SecureDatabaseAccess with databaseOptions.proxy', () => {
  test('the configurations share the proxy: the writer by its default endpoint, an Aurora reader by the READ_ONLY endpoint', () => {
    // GIVEN / WHEN
    const stack = newStack();
    const access = new SecureDatabaseAccess(stack, 'Access', {
      consumers: [SharePrincipal.account('222222222222')],
      databaseOptions: {
        clusterEngine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_9 }),
        readReplica: true,
        proxy: {},
      },
    });

    // THEN
    const template = Template.fromStack(stack);
    const domains = Object.values(template.findResources('AWS::VpcLattice::ResourceConfiguration'))
      .map(r => r.Properties.ResourceConfigurationDefinition.DnsResource.DomainName);
    expect(domains).toEqual(expect.arrayContaining([getAtt(stack, access.proxy!, 'Endpoint'), getAtt(stack, access.proxyReaderEndpoint as any, 'Endpoint')]));
    expect(access.port).toBe(5432);
  });

  test('ARN mode with a proxy is refused, naming databaseOptions.proxy', () => {
    const stack = newStack();
    expect(thrown(() => new SecureDatabaseAccess(stack, 'Access', {
      consumers: [SharePrincipal.account('222222222222')],
      sharingMode: DatabaseSharingMode.ARN,
      databaseOptions: { proxy: {} },
    }))).toMatch(/databaseOptions\.proxy 'Stack\/Access\/Proxy' can only be shared by its DNS name, with DatabaseSharingMode\.DNS .*; got sharingMode 'ARN'/);
  });
});
