import { Duration, Names, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeNag } from './nag';
import { latticeName } from './names';
import { ruleFromCheck, throwIfAny } from './rules';
import { isPlainObject, show, validateBoolean, validateDuration, warnUnknownProps } from './validation';
import type { DatabaseProxyOptions } from '../secure-database';

/*
 * RDS Proxy in front of a secure database. Sources (RDS User Guide):
 * - engines: "RDS Proxy isn't available for the following engines: RDS for Db2 / RDS for Oracle"
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RDS_Fea_Regions_DB-eng.Feature.RDSProxy.html);
 *   "RDS Proxy does not support RDS for SQL Server DB instances that run on major version SQL Server
 *   2022" (same page): the library offers it for MySQL, MariaDB, PostgreSQL and Aurora only.
 * - a proxy targets the writer, not a read replica; READ_ONLY proxy endpoints exist for Aurora
 *   clusters with a reader (and Multi-AZ DB clusters)
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-endpoints.html).
 * - subnets: "a minimum of two subnets that are in different Availability Zones"
 *   (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy-network-prereqs.html).
 * - names: DBProxyName and DBProxyEndpointName replace the resource when changed and are unique in
 *   the account and Region (AWS::RDS::DBProxy, AWS::RDS::DBProxyEndpoint,
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html): the
 *   names are generated like the Lattice names, with a hash of the values that replace the proxy
 *   (its subnets), so a replacement gets a new name.
 * - the proxy listens on the engine family's port whatever the database's ("MySQL 3306,
 *   PostgreSQL 5432", DB proxy endpoints, same guide).
 */

/** The longest proxy name the library writes (DBProxyName: 1-63, a letter first, no `--`, no trailing hyphen). */
const PROXY_NAME_MAX_LENGTH = 60;

/** The port a proxy listens on, by engine family. */
export const PROXY_PORTS: Record<string, number> = { MYSQL: 3306, POSTGRESQL: 5432 };

/** Every prop of `DatabaseProxyOptions` (the compiler keeps the list complete). */
const PROXY_OPTION_NAMES: Record<keyof DatabaseProxyOptions, true> = {
  iamAuthentication: true,
  idleClientTimeout: true,
};

/** What `buildDatabaseProxy` made. */
export interface BuiltProxy {
  readonly proxy: rds.DatabaseProxy;
  /** the READ_ONLY endpoint, for an Aurora cluster with a reader */
  readonly readerEndpoint?: rds.IDatabaseProxyEndpoint;
  /** the port the proxy listens on */
  readonly port: number;
  readonly securityGroup: ec2.ISecurityGroup;
}

/**
 * Refuses proxy options that are not what their types say, and engines RDS Proxy does not take.
 *
 * @param engineFamily the database engine's family (`MYSQL`, `POSTGRESQL`, `SQLSERVER`, ...), when known
 */
export function validateProxyOptions(
  options: DatabaseProxyOptions | undefined, engineType: string, engineFamily: string | undefined, scope: IConstruct, prefix: string,
): void {
  if (options === undefined) {
    return;
  }
  const p = `${prefix}proxy`;
  if (!isPlainObject(options as unknown)) {
    throw new Error(`${p} must be DatabaseProxyOptions (an object; {} for the defaults), got ${show(options, scope)}`);
  }
  warnUnknownProps(scope, 'DatabaseProxyOptions', `${p}.`, options, PROXY_OPTION_NAMES);
  throwIfAny('DatabaseProxyOptions', [
    ruleFromCheck(() => validateBoolean(`${p}.iamAuthentication`, options.iamAuthentication)),
    ruleFromCheck(() => validateDuration(`${p}.idleClientTimeout`, options.idleClientTimeout, 'Duration.minutes(30)', scope)),
    {
      // AWS::RDS::DBProxy IdleClientTimeout: "between 1 and 28,800 seconds"
      // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html)
      condition: () => options.idleClientTimeout !== undefined && typeof options.idleClientTimeout.toSeconds === 'function'
        && !options.idleClientTimeout.isUnresolved() && (options.idleClientTimeout.toSeconds() < 1 || options.idleClientTimeout.toSeconds() > 28_800),
      message: () => `${p}.idleClientTimeout must be 1 second to 8 hours, got ${options.idleClientTimeout!.toHumanString()}`,
    },
    {
      condition: () => engineFamily === undefined || PROXY_PORTS[engineFamily] === undefined,
      message: () => `${p}: RDS Proxy is offered here for MySQL, MariaDB, PostgreSQL and Aurora, not for engine ${show(engineType)}; leave ${p} out`,
    },
  ]);
}

/**
 * An RDS Proxy for the database, in its VPC and subnets: TLS required, the master secret for
 * the proxy's connections to the database, IAM authentication for clients when asked, its own
 * security group (the database admits the proxy; the gateway is admitted by `LatticeSharedDatabase`),
 * and, for an Aurora cluster with a reader, a READ_ONLY endpoint. Ids: `Proxy`,
 * `ProxySecurityGroup`, `Proxy/ReaderEndpoint`.
 */
export function buildDatabaseProxy(scope: Construct, target: {
  readonly instance?: rds.DatabaseInstance;
  readonly cluster?: rds.DatabaseCluster;
  readonly clusterReader: boolean;
  readonly secret: secretsmanager.ISecret;
  readonly engineFamily: string;
  /** the database's security group and port, literal */
  readonly databaseSecurityGroup: ec2.ISecurityGroup;
  readonly databasePort: number;
  readonly vpc: ec2.IVpc;
  readonly vpcSubnets?: ec2.SubnetSelection;
}, options: DatabaseProxyOptions): BuiltProxy {
  const securityGroup = new ec2.SecurityGroup(scope, 'ProxySecurityGroup', {
    vpc: target.vpc,
    description: 'RDS Proxy of the shared database: admits only what is added through connections',
    allowAllOutbound: false,
    allowAllIpv6Outbound: false,
  });
  const subnetIds = target.vpc.selectSubnets(target.vpcSubnets).subnetIds;
  const proxy = new rds.DatabaseProxy(scope, 'Proxy', {
    proxyTarget: target.instance ? rds.ProxyTarget.fromInstance(target.instance) : rds.ProxyTarget.fromCluster(target.cluster!),
    secrets: [target.secret],
    vpc: target.vpc,
    vpcSubnets: target.vpcSubnets,
    securityGroups: [securityGroup],
    requireTLS: true,
    iamAuth: options.iamAuthentication === true,
    idleClientTimeout: options.idleClientTimeout ?? Duration.minutes(30),
    debugLogging: false,
    dbProxyName: 'set below, from its own path',
  });
  // aws-cdk-lib opens the database to the proxy on the database's `Fn::GetAtt Endpoint.Port`;
  // the port is known, so the rules say it (a literal port is what cdk-nag's port rules can read)
  literalPort(target.databaseSecurityGroup, ec2.CfnSecurityGroupIngress, `from ${Names.nodeUniqueId(securityGroup.node)}:`, target.databasePort);
  literalPort(securityGroup, ec2.CfnSecurityGroupEgress, 'to ', target.databasePort);
  // 'IAMRole' is the id aws-cdk-lib gives the role DatabaseProxy creates; its DefaultPolicy is the
  // inline policy cdk-nag reports (no prop of DatabaseProxy reaches it)
  acknowledgeNag(proxy.node.tryFindChild('IAMRole')?.node.tryFindChild('DefaultPolicy')?.node.defaultChild,
    ['NIST:IAMNoInlinePolicy', 'HIPAA:IAMNoInlinePolicy'],
    'The policy aws-cdk-lib gives the proxy role only lets it read the database\'s master secret and decrypt it with the database\'s key.');
  const cfn = proxy.node.defaultChild as rds.CfnDBProxy;
  // the subnets replace the proxy: a new name with them (see the sources above)
  // (in their order: ids of subnets of this app are tokens, whose text order is not theirs)
  cfn.dbProxyName = latticeName(proxy, PROXY_NAME_MAX_LENGTH, '-', { subnetIds, engineFamily: target.engineFamily });

  let readerEndpoint: rds.IDatabaseProxyEndpoint | undefined;
  if (target.cluster && target.clusterReader) {
    readerEndpoint = proxy.addEndpoint('ReaderEndpoint', {
      vpc: target.vpc,
      vpcSubnets: target.vpcSubnets,
      securityGroups: [securityGroup],
      targetRole: rds.ProxyEndpointTargetRole.READ_ONLY,
      dbProxyEndpointName: 'set below, from its own path',
    });
    const endpoint = (readerEndpoint as unknown as Construct).node.defaultChild as rds.CfnDBProxyEndpoint;
    endpoint.dbProxyEndpointName = latticeName(endpoint, PROXY_NAME_MAX_LENGTH, '-', { subnetIds, proxy: cfn.dbProxyName });
  }
  return { proxy, readerEndpoint, port: PROXY_PORTS[target.engineFamily], securityGroup };
}

/**
 * Writes `port` into the rules of a security group (children whose id starts with `prefix`) whose
 * port is a token.
 */
function literalPort(
  group: ec2.ISecurityGroup,
  type: typeof ec2.CfnSecurityGroupIngress | typeof ec2.CfnSecurityGroupEgress,
  prefix: string,
  port: number,
): void {
  for (const child of group.node.children) {
    const rule = child.node.defaultChild ?? child;
    if (child.node.id.startsWith(prefix) && rule instanceof type && Token.isUnresolved(rule.fromPort)) {
      rule.fromPort = port;
      rule.toPort = port;
    }
  }
}
