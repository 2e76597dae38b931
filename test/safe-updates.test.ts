import { fullDiff, ResourceImpact, TemplateDiff } from '@aws-cdk/cloudformation-diff';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  CrossAccountShare,
  DatabaseSharingMode,
  LatticeSharedDatabase,
  LatticeSharedDatabaseGroup,
  ResourceConfigDnsResolution,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  ResourceGatewayProps,
  SecureDatabaseAccess,
  SecureDatabaseAccessProps,
  ServiceNetwork,
  SharedDatabaseEndpoint,
  SharedDatabaseEndpointProps,
  SharePrincipal,
} from '../src';
import { SecureDatabaseAccessStack } from './example/stack';

/*
 * Safe updates: the logical ids of the stateful resources are pinned (renaming a
 * construct id replaces the resource), and the changes a user makes over time never
 * replace, destroy or orphan them. Where AWS itself replaces, the construct warns.
 */

type CfnTemplate = { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };

/** The stateful resource types, and the RDS-managed secret that must not exist as a resource. */
const STATEFUL_TYPES = [
  'AWS::RDS::DBInstance',
  'AWS::RDS::DBCluster',
  'AWS::KMS::Key',
  'AWS::VpcLattice::ResourceGateway',
  'AWS::VpcLattice::ResourceConfiguration',
  'AWS::VpcLattice::ServiceNetwork',
  'AWS::VpcLattice::ServiceNetworkResourceAssociation',
  'AWS::RAM::ResourceShare',
  'AWS::SecretsManager::Secret',
];

/** What a change must never do to a stateful resource. */
const FORBIDDEN = [ResourceImpact.WILL_REPLACE, ResourceImpact.WILL_DESTROY, ResourceImpact.WILL_ORPHAN];

const templates = new Map<string, CfnTemplate>();

/** The example stack's template with `-c` values (strings), synthesized once per context. */
function exampleTemplate(context: Record<string, string> = {}): CfnTemplate {
  const key = JSON.stringify(Object.entries(context).sort());
  if (!templates.has(key)) {
    const app = new App({ context });
    new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');
    templates.set(key, app.synth().getStackByName('SecureDatabaseAccessStack').template);
  }
  return templates.get(key)!;
}

/** The composite used directly in a stack named Provider. */
function accessStack(props: Partial<SecureDatabaseAccessProps> = {}): Stack {
  const app = new App();
  const stack = new Stack(app, 'Provider');
  new SecureDatabaseAccess(stack, 'Access', { consumers: [SharePrincipal.account('222222222222')], ...props });
  return stack;
}

/** Logical ids of the stateful resources, by type (sorted; types without any are left out). */
function statefulIds(template: CfnTemplate): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (STATEFUL_TYPES.includes(resource.Type)) {
      (ids[resource.Type] ??= []).push(id);
    }
  }
  for (const list of Object.values(ids)) {
    list.sort();
  }
  return ids;
}

/** The impact of the diff on each stateful resource of the old template. */
function statefulImpacts(diff: TemplateDiff, before: CfnTemplate): Record<string, ResourceImpact> {
  const impacts: Record<string, ResourceImpact> = {};
  for (const id of Object.values(statefulIds(before)).flat()) {
    impacts[id] = diff.resources.get(id)?.changeImpact ?? ResourceImpact.NO_CHANGE;
  }
  return impacts;
}

/** `logicalId.Property` for every property update with the given impact. */
function propertiesWith(diff: TemplateDiff, impact: ResourceImpact): string[] {
  const found: string[] = [];
  diff.resources.forEachDifference((id, change) => {
    for (const [property, update] of Object.entries(change.propertyUpdates)) {
      if (update.changeImpact === impact) {
        found.push(`${id}.${property}`);
      }
    }
  });
  return found.sort();
}

/** `logicalId` of every resource whose whole impact is the given one. */
function resourcesWith(diff: TemplateDiff, impact: ResourceImpact): string[] {
  const found: string[] = [];
  diff.resources.forEachDifference((id, change) => {
    if (change.changeImpact === impact) {
      found.push(id);
    }
  });
  return found.sort();
}

const EXAMPLE = {
  database: 'SecureDatabaseAccessDatabaseB20A9A24',
  replica: 'SecureDatabaseAccessReadReplica016608CE',
  key: 'SecureDatabaseAccessEncryptionKey4AB65832',
  gateway: 'SecureDatabaseAccessResourceGatewayA566E9FE',
  configuration: 'SecureDatabaseAccessSharedDatabase50F7B1A3',
  replicaConfiguration: 'SecureDatabaseAccessSharedReadReplica650C86E3',
  serviceNetwork: 'SecureDatabaseAccessServiceNetwork0920BFDE',
  association: 'SecureDatabaseAccessSharedDatabaseAssociationSecureDatabaseAccessStackSecureDatabaseAccessServiceNetwork4794DA33A972AB3F',
  replicaAssociation: 'SecureDatabaseAccessSharedReadReplicaAssociationSecureDatabaseAccessStackSecureDatabaseAccessServiceNetwork4794DA338E330B73',
  share: 'SecureDatabaseAccessShare1DC036E5',
  serviceNetworkShare: 'SecureDatabaseAccessServiceNetworkShare86A09942',
};

const ACCESS = {
  database: 'AccessDatabase75D508A0',
  key: 'AccessEncryptionKey301264CD',
  gateway: 'AccessResourceGateway911CD112',
  configuration: 'AccessSharedDatabase123048AD',
  replicaConfiguration: 'AccessSharedReadReplicaC0B1128F',
  serviceNetwork: 'AccessServiceNetwork9962F6B9',
  association: 'AccessSharedDatabaseAssociationProviderAccessServiceNetworkDF05BE2DC0D29042',
  replicaAssociation: 'AccessSharedReadReplicaAssociationProviderAccessServiceNetworkDF05BE2D5B18709A',
  share: 'AccessShare8129149B',
  serviceNetworkShare: 'AccessServiceNetworkShareB4833C49',
  accessLogSubscription: 'AccessSharedDatabaseAccessLogSubscription6E1AE9D3',
};

const auroraMysql = rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 });

describe('logical ids of the stateful resources', () => {
  test.each<[string, () => CfnTemplate, Record<string, string[]>]>([
    ['example stack, default context', () => exampleTemplate(), {
      'AWS::RDS::DBInstance': [EXAMPLE.database],
      'AWS::KMS::Key': [EXAMPLE.key],
      'AWS::VpcLattice::ResourceGateway': [EXAMPLE.gateway],
      'AWS::VpcLattice::ResourceConfiguration': [EXAMPLE.configuration],
      'AWS::VpcLattice::ServiceNetwork': [EXAMPLE.serviceNetwork],
      'AWS::VpcLattice::ServiceNetworkResourceAssociation': [EXAMPLE.association],
      'AWS::RAM::ResourceShare': [EXAMPLE.serviceNetworkShare, EXAMPLE.share],
    }],
    // with a replica the master secret is generated (RDS cannot replicate a managed-password source:
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations)
    ['example stack, create_read_replica=true', () => exampleTemplate({ create_read_replica: 'true' }), {
      'AWS::SecretsManager::Secret': ['SecureDatabaseAccessStackSecureDatabaseAccessDatabaseSecret165C4D833fdaad7efa858a3daf9490cf0a702aeb'],
      'AWS::RDS::DBInstance': [EXAMPLE.database, EXAMPLE.replica],
      'AWS::KMS::Key': [EXAMPLE.key],
      'AWS::VpcLattice::ResourceGateway': [EXAMPLE.gateway],
      'AWS::VpcLattice::ResourceConfiguration': [EXAMPLE.configuration, EXAMPLE.replicaConfiguration],
      'AWS::VpcLattice::ServiceNetwork': [EXAMPLE.serviceNetwork],
      'AWS::VpcLattice::ServiceNetworkResourceAssociation': [EXAMPLE.association, EXAMPLE.replicaAssociation],
      'AWS::RAM::ResourceShare': [EXAMPLE.serviceNetworkShare, EXAMPLE.share],
    }],
    ['SecureDatabaseAccess used directly', () => Template.fromStack(accessStack()).toJSON() as CfnTemplate, {
      'AWS::RDS::DBInstance': [ACCESS.database],
      'AWS::KMS::Key': [ACCESS.key],
      'AWS::VpcLattice::ResourceGateway': [ACCESS.gateway],
      'AWS::VpcLattice::ResourceConfiguration': [ACCESS.configuration],
      'AWS::VpcLattice::ServiceNetwork': [ACCESS.serviceNetwork],
      'AWS::VpcLattice::ServiceNetworkResourceAssociation': [ACCESS.association],
      'AWS::RAM::ResourceShare': [ACCESS.serviceNetworkShare, ACCESS.share],
    }],
    ['SecureDatabaseAccess with an Aurora cluster and a reader', () => Template.fromStack(accessStack({
      databaseOptions: { clusterEngine: auroraMysql, readReplica: true },
    })).toJSON() as CfnTemplate, {
      'AWS::RDS::DBCluster': [ACCESS.database],
      'AWS::RDS::DBInstance': ['AccessDatabaseReaderF68E0F6A', 'AccessDatabaseWriterAB91A8D1'],
      'AWS::KMS::Key': [ACCESS.key],
      'AWS::VpcLattice::ResourceGateway': [ACCESS.gateway],
      'AWS::VpcLattice::ResourceConfiguration': [ACCESS.configuration, ACCESS.replicaConfiguration],
      'AWS::VpcLattice::ServiceNetwork': [ACCESS.serviceNetwork],
      'AWS::VpcLattice::ServiceNetworkResourceAssociation': [ACCESS.association, ACCESS.replicaAssociation],
      'AWS::RAM::ResourceShare': [ACCESS.serviceNetworkShare, ACCESS.share],
    }],
    // in ARN mode the cluster's one configuration carries the reader endpoint (no SharedReadReplica)
    ['SecureDatabaseAccess with an Aurora cluster and a reader, ARN mode', () => Template.fromStack(accessStack({
      databaseOptions: { clusterEngine: auroraMysql, readReplica: true },
      sharingMode: DatabaseSharingMode.ARN,
    })).toJSON() as CfnTemplate, {
      'AWS::RDS::DBCluster': [ACCESS.database],
      'AWS::RDS::DBInstance': ['AccessDatabaseReaderF68E0F6A', 'AccessDatabaseWriterAB91A8D1'],
      'AWS::KMS::Key': [ACCESS.key],
      'AWS::VpcLattice::ResourceGateway': [ACCESS.gateway],
      'AWS::VpcLattice::ResourceConfiguration': [ACCESS.configuration],
      'AWS::VpcLattice::ServiceNetwork': [ACCESS.serviceNetwork],
      'AWS::VpcLattice::ServiceNetworkResourceAssociation': [ACCESS.association],
      'AWS::RAM::ResourceShare': [ACCESS.serviceNetworkShare, ACCESS.share],
    }],
  ])('%s', (_name, synth, expected) => {
    // GIVEN / WHEN
    const template = synth();

    // THEN: exactly these ids; an AWS::SecretsManager::Secret only with a replica (otherwise RDS manages the master secret)
    expect(statefulIds(template)).toEqual(expected);
  });

  test.each<[string, () => CfnTemplate, string, string]>([
    ['example instance', () => exampleTemplate(), EXAMPLE.database, EXAMPLE.key],
    ['Aurora cluster', () => Template.fromStack(accessStack({ databaseOptions: { clusterEngine: auroraMysql } })).toJSON() as CfnTemplate,
      ACCESS.database, ACCESS.key],
  ])('the master secret of the %s is owned by the database resource, encrypted with the pinned key', (_name, synth, database, key) => {
    // GIVEN / WHEN
    const template = synth();

    // THEN
    const properties = template.Resources[database].Properties!;
    expect(properties.ManageMasterUserPassword).toBe(true);
    expect(properties.MasterUserPassword).toBeUndefined();
    expect(properties.MasterUserSecret).toEqual({ KmsKeyId: { 'Fn::GetAtt': [key, 'Arn'] } });
  });
});

describe('changes a user makes over time', () => {
  /** [change, context before, context after, the property that must change, MAY_REPLACE property updates pinned] */
  test.each<[string, Record<string, string>, Record<string, string>, string, string[]]>([
    ['add a consumer account', {}, { consumer_account_id: '123456789012,222222222222' }, `${EXAMPLE.share}.Principals`, []],
    ['turn on Performance Insights (db.t3.medium)', { database_instance_class: 'db.t3.medium' },
      { database_instance_class: 'db.t3.medium', enable_performance_insights: 'true' },
      `${EXAMPLE.database}.EnablePerformanceInsights`,
      // "Update requires: some interruptions" in the resource schema; the key can be set once, in place
      [`${EXAMPLE.database}.PerformanceInsightsKMSKeyId`]],
    ['turn flow logs off', {}, { enable_vpc_flow_logs: 'false' }, '', []],
    ['turn flow logs on', { enable_vpc_flow_logs: 'false' }, {}, '', []],
    ['change backup retention 7 -> 14 days', {}, { database_backup_retention_days: '14' }, `${EXAMPLE.database}.BackupRetentionPeriod`,
      // conditional only between 0 and a non-zero value; the construct never allows 0
      [`${EXAMPLE.database}.BackupRetentionPeriod`]],
    ['add a read replica', {}, { create_read_replica: 'true' }, `${EXAMPLE.share}.ResourceArns`, []],
    ['change the environment and cost_center tags', {}, { environment: 'production', cost_center: 'finance' }, `${EXAMPLE.database}.Tags`, []],
    ['turn on deletion protection', {}, { enable_deletion_protection: 'true' }, `${EXAMPLE.database}.DeletionProtection`, []],
    ['turn on Multi-AZ', {}, { multi_az_deployment: 'true' }, `${EXAMPLE.database}.MultiAZ`,
      // RDS converts a single-AZ instance to Multi-AZ online
      [`${EXAMPLE.database}.MultiAZ`]],
    ['turn on enhanced monitoring', {}, { enable_enhanced_monitoring: 'true' }, `${EXAMPLE.database}.MonitoringInterval`, []],
  ])('%s: no stateful resource is replaced, destroyed or orphaned', (_name, before, after, changed, mayReplace) => {
    // GIVEN
    const oldTemplate = exampleTemplate(before);

    // WHEN
    const diff = fullDiff(oldTemplate, exampleTemplate(after));

    // THEN: the change did something
    expect(diff.resources.differenceCount).toBeGreaterThan(0);
    if (changed) {
      const [id, property] = changed.split('.');
      expect(diff.resources.get(id)?.propertyUpdates[property]).toBeDefined();
    }
    // no stateful resource of the deployed template is replaced, destroyed or orphaned
    const impacts = statefulImpacts(diff, oldTemplate);
    expect(Object.keys(impacts)).toEqual(expect.arrayContaining([EXAMPLE.database, EXAMPLE.key, EXAMPLE.gateway,
      EXAMPLE.configuration, EXAMPLE.serviceNetwork, EXAMPLE.share, EXAMPLE.serviceNetworkShare]));
    expect(Object.entries(impacts).filter(([, impact]) => FORBIDDEN.includes(impact))).toEqual([]);
    // nothing will be replaced at all, and "may replace" only where pinned above
    expect(propertiesWith(diff, ResourceImpact.WILL_REPLACE)).toEqual([]);
    expect(propertiesWith(diff, ResourceImpact.MAY_REPLACE)).toEqual(mayReplace);
  });

  test('turning flow logs off orphans only the retained flow log group and destroys only the flow log and its role', () => {
    // GIVEN / WHEN
    const diff = fullDiff(exampleTemplate(), exampleTemplate({ enable_vpc_flow_logs: 'false' }));

    // THEN
    expect(resourcesWith(diff, ResourceImpact.WILL_ORPHAN)).toEqual(['SecureDatabaseAccessFlowLogGroupD09CA959']);
    expect(resourcesWith(diff, ResourceImpact.WILL_DESTROY)).toEqual([
      'SecureDatabaseAccessFlowLog4ACE86D6',
      'SecureDatabaseAccessFlowLogIAMRole8A8A7F7A',
      'SecureDatabaseAccessFlowLogIAMRoleDefaultPolicy19E493D8',
    ]);
  });
});

describe('changes AWS itself replaces', () => {
  const WARNING = /cannot change after deployment: changing (it|them) later replaces the resource gateway/;

  function gatewayStack(props: Partial<ResourceGatewayProps> = {}): Stack {
    const app = new App();
    const stack = new Stack(app, 'Provider');
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      // IPv4 and IPv6 ranges, so that the gateway may be DUALSTACK (CreateResourceGateway ipAddressType)
      ipProtocol: ec2.IpProtocol.DUAL_STACK,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    });
    new ResourceGateway(stack, 'Gateway', { vpc, ...props });
    return stack;
  }

  const GATEWAY = 'Gateway43CB3636';

  test('a gateway with none of those props does not warn', () => {
    // GIVEN / WHEN
    const stack = gatewayStack();

    // THEN
    Annotations.fromStack(stack).hasNoWarning('*', Match.stringLikeRegexp(WARNING.source));
    expect(statefulIds(Template.fromStack(stack).toJSON() as CfnTemplate)['AWS::VpcLattice::ResourceGateway']).toEqual([GATEWAY]);
  });

  test.each<[string, Partial<ResourceGatewayProps>, string, ResourceImpact[]]>([
    ['ipAddressType IPV4 -> DUALSTACK', { ipAddressType: ResourceGatewayIpAddressType.DUALSTACK }, 'ipAddressType', [ResourceImpact.WILL_REPLACE]],
    ['resourceConfigDnsResolution -> PUBLIC', { resourceConfigDnsResolution: ResourceConfigDnsResolution.PUBLIC }, 'resourceConfigDnsResolution',
      [ResourceImpact.WILL_REPLACE]],
    // the CloudFormation schema does not mark it create-only, but "the value can't be changed"
    // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html): the generated
    // name, which carries it, makes the change a replacement
    ['ipv4AddressesPerEni 16 -> 32', { ipv4AddressesPerEni: 32 }, 'ipv4AddressesPerEni', [ResourceImpact.WILL_REPLACE]],
  ])('%s: the construct warns at synth time', (_name, props, prop, impacts) => {
    // GIVEN
    const before = Template.fromStack(gatewayStack()).toJSON();

    // WHEN
    const stack = gatewayStack(props);
    const diff = fullDiff(before, Template.fromStack(stack).toJSON());

    // THEN
    Annotations.fromStack(stack).hasWarning('/Provider/Gateway', Match.stringLikeRegexp(`${prop}.*${WARNING.source}`));
    expect(impacts).toContain(diff.resources.get(GATEWAY)?.changeImpact);
  });

  test('the composite passes the warning on for gatewayOptions.ipv4AddressesPerEni', () => {
    // GIVEN / WHEN
    const stack = accessStack({ gatewayOptions: { ipv4AddressesPerEni: 32 } });

    // THEN
    Annotations.fromStack(stack).hasWarning('/Provider/Access/ResourceGateway', Match.stringLikeRegexp(`ipv4AddressesPerEni.*${WARNING.source}`));
  });

  test('sharingMode DNS -> ARN replaces the resource configuration (documented as a replacing change)', () => {
    // GIVEN
    const before = Template.fromStack(accessStack()).toJSON();

    // WHEN
    const diff = fullDiff(before, Template.fromStack(accessStack({ sharingMode: DatabaseSharingMode.ARN })).toJSON());

    // THEN
    expect(diff.resources.get(ACCESS.configuration)?.changeImpact).toBe(ResourceImpact.WILL_REPLACE);
    expect(propertiesWith(diff, ResourceImpact.WILL_REPLACE)).toEqual(expect.arrayContaining([
      `${ACCESS.configuration}.ResourceConfigurationType`,
    ]));
    // the database, key, gateway, network and shares stay
    const impacts = statefulImpacts(diff, before as CfnTemplate);
    for (const id of [ACCESS.database, ACCESS.key, ACCESS.gateway, ACCESS.serviceNetwork, ACCESS.share, ACCESS.serviceNetworkShare]) {
      expect([id, FORBIDDEN.includes(impacts[id])]).toEqual([id, false]);
    }
  });
});

/*
 * Update simulation: what CloudFormation replaces when a user moves between two
 * configurations, and whether every replaced resource that carries a physical name gets
 * a new one. VPC Lattice names are unique in the account ("The name must be unique to the
 * account": https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateServiceNetwork.html)
 * and CloudFormation "usually creates the replacement resource first [...] and then deletes
 * the old resource"
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html),
 * so a replacement under the old name fails the update.
 *
 * `cdk diff` judges each resource by its own properties: a resource whose `Ref` or
 * `Fn::GetAtt` points at a replaced resource looks unchanged in the template, but at deploy
 * time it receives the replacement's new id. The simulation propagates that: it rewrites the
 * references to every replaced resource and diffs again, until nothing new is replaced.
 */
describe('update simulation: replaced resources get new physical names', () => {
  /** The property that holds the physical name, for the named types the templates contain. */
  const NAME_PROPERTY: Record<string, string> = {
    'AWS::VpcLattice::ResourceGateway': 'Name',
    'AWS::VpcLattice::ResourceConfiguration': 'Name',
    'AWS::VpcLattice::ServiceNetwork': 'Name',
    'AWS::Logs::LogGroup': 'LogGroupName',
    'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
    'AWS::RDS::DBCluster': 'DBClusterIdentifier',
    'AWS::EC2::SecurityGroup': 'GroupName',
    'AWS::SecretsManager::Secret': 'Name',
    'AWS::IAM::Role': 'RoleName',
  };

  type Json = unknown;

  /** The template with every Ref/GetAtt to a resource in `replaced` pointing at a new id. */
  function withReplacedReferences(template: CfnTemplate, replaced: Set<string>): CfnTemplate {
    const rewrite = (value: Json): Json => {
      if (Array.isArray(value)) {
        return value.map(rewrite);
      }
      if (value !== null && typeof value === 'object') {
        const obj = value as Record<string, Json>;
        if (typeof obj.Ref === 'string' && replaced.has(obj.Ref)) {
          return { Ref: `${obj.Ref}Replacement` };
        }
        const getAtt = obj['Fn::GetAtt'];
        if (Array.isArray(getAtt) && replaced.has(getAtt[0] as string)) {
          return { 'Fn::GetAtt': [`${getAtt[0]}Replacement`, getAtt[1]] };
        }
        return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, rewrite(v)]));
      }
      return value;
    };
    return { ...template, Resources: rewrite(template.Resources) as CfnTemplate['Resources'] };
  }

  /**
   * Every resource of `before` that the update replaces (`replaced`), directly or through a
   * reference, and those that it may replace (`mayReplace`: a conditional replacement, such
   * as `BackupRetentionPeriod` between 0 and a non-zero value, pinned by the tests above).
   */
  function replacedByUpdate(before: CfnTemplate, after: CfnTemplate): { replaced: string[]; mayReplace: string[] } {
    const replaced = new Set<string>();
    const inBoth = (id: string) => before.Resources[id] !== undefined && after.Resources[id] !== undefined;
    for (;;) {
      const diff = fullDiff(before, withReplacedReferences(after, replaced));
      const found = resourcesWith(diff, ResourceImpact.WILL_REPLACE).filter(id => inBoth(id) && !replaced.has(id));
      if (found.length === 0) {
        const mayReplace = resourcesWith(diff, ResourceImpact.MAY_REPLACE).filter(id => inBoth(id) && !replaced.has(id));
        return { replaced: [...replaced].sort(), mayReplace };
      }
      found.forEach(id => replaced.add(id));
    }
  }

  /** `[logicalId, old name, new name]` for each replaced resource whose name did not change. */
  function namesKept(before: CfnTemplate, after: CfnTemplate, replaced: string[]): Array<[string, Json, Json]> {
    const kept: Array<[string, Json, Json]> = [];
    for (const id of replaced) {
      const property = NAME_PROPERTY[before.Resources[id].Type];
      const oldName = property ? before.Resources[id].Properties?.[property] : undefined;
      if (oldName !== undefined && JSON.stringify(oldName) === JSON.stringify(after.Resources[id].Properties?.[property])) {
        kept.push([id, oldName, after.Resources[id].Properties?.[property]]);
      }
    }
    return kept;
  }

  interface BlocksOptions {
    readonly gatewaySubnets?: string;
    readonly ipAddressType?: ResourceGatewayIpAddressType;
    readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;
    readonly ipv4AddressesPerEni?: number;
    readonly mode?: DatabaseSharingMode;
    readonly customDomainName?: string;
    readonly customDomainNameFromDatabase?: boolean;
    readonly domainVerificationId?: string;
  }

  /** A provider stack with a VPC of two isolated subnet groups, Db and Lattice. */
  function providerWithVpc(): { stack: Stack; vpc: ec2.Vpc } {
    const app = new App();
    const stack = new Stack(app, 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      // IPv4 and IPv6 ranges, so that the gateway may be DUALSTACK (CreateResourceGateway ipAddressType)
      ipProtocol: ec2.IpProtocol.DUAL_STACK,
      subnetConfiguration: [
        { name: 'Db', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
        { name: 'Lattice', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });
    return { stack, vpc };
  }

  /** The building blocks by hand: a gateway, one shared database in a service network, one share. */
  function blocksTemplate(options: BlocksOptions = {}): CfnTemplate {
    const { stack, vpc } = providerWithVpc();
    const instance = new rds.DatabaseInstance(stack, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      vpcSubnets: { subnetGroupName: 'Db' },
    });
    const gateway = new ResourceGateway(stack, 'Gateway', {
      vpc,
      vpcSubnets: { subnetGroupName: options.gatewaySubnets ?? 'Db' },
      ipAddressType: options.ipAddressType,
      resourceConfigDnsResolution: options.resourceConfigDnsResolution,
      ipv4AddressesPerEni: options.ipv4AddressesPerEni,
    });
    const network = new ServiceNetwork(stack, 'Network');
    const shared = new LatticeSharedDatabase(stack, 'Shared', {
      resourceGateway: gateway,
      instance,
      mode: options.mode,
      customDomainName: options.customDomainName,
      customDomainNameFromDatabase: options.customDomainNameFromDatabase,
      domainVerificationId: options.domainVerificationId,
      serviceNetworks: [network],
    });
    new CrossAccountShare(stack, 'Share', { principals: [SharePrincipal.account('222222222222')], resourceConfigurations: [shared] });
    return Template.fromStack(stack).toJSON() as CfnTemplate;
  }

  const GATEWAY = 'AWS::VpcLattice::ResourceGateway';
  const CONFIGURATION = 'AWS::VpcLattice::ResourceConfiguration';
  const ASSOCIATION = 'AWS::VpcLattice::ServiceNetworkResourceAssociation';
  // a replaced configuration has a new id, and AccessLogSubscription ResourceIdentifier "Update requires:
  // Replacement" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-accesslogsubscription.html)
  const ACCESS_LOGS = ['AWS::VpcLattice::AccessLogSubscription'];

  /** [change, before, after, the types of the resources the update must replace (one of each)] */
  test.each<[string, BlocksOptions, BlocksOptions, string[]]>([
    ['gateway subnets Db -> Lattice', {}, { gatewaySubnets: 'Lattice' }, [GATEWAY, CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['gateway ipAddressType IPV4 -> DUALSTACK', {}, { ipAddressType: ResourceGatewayIpAddressType.DUALSTACK }, [GATEWAY, CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['gateway resourceConfigDnsResolution default -> PUBLIC', {}, { resourceConfigDnsResolution: ResourceConfigDnsResolution.PUBLIC },
      [GATEWAY, CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['gateway resourceConfigDnsResolution PUBLIC -> IN_VPC', { resourceConfigDnsResolution: ResourceConfigDnsResolution.PUBLIC },
      { resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC }, [GATEWAY, CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    // the schema marks it updatable, but "Once you set the number of IPv4 addresses, the value
    // can't be changed" (VPC Lattice User Guide, Resource gateways,
    // https://docs.aws.amazon.com/vpc/latest/privatelink/resource-gateway.html): the generated
    // name makes the change a replacement
    ['gateway ipv4AddressesPerEni 16 -> 32', { ipv4AddressesPerEni: 16 }, { ipv4AddressesPerEni: 32 }, [GATEWAY, CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['mode DNS -> ARN', {}, { mode: DatabaseSharingMode.ARN }, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['mode ARN -> DNS', { mode: DatabaseSharingMode.ARN }, {}, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['customDomainName none -> orders.example.com', {}, { customDomainName: 'orders.example.com' }, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['customDomainName orders.example.com -> db.example.com', { customDomainName: 'orders.example.com' }, { customDomainName: 'db.example.com' },
      [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    // CustomDomainName and DomainVerificationId: "Update requires: Replacement" (page above)
    ['customDomainNameFromDatabase off -> on', {}, { customDomainNameFromDatabase: true }, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['customDomainNameFromDatabase on -> off', { customDomainNameFromDatabase: true }, {}, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['domainVerificationId none -> dv-0123456789abcdef0', { customDomainName: 'orders.example.com' },
      { customDomainName: 'orders.example.com', domainVerificationId: 'dv-0123456789abcdef0' }, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
  ])('%s', (_name, beforeOptions, afterOptions, expectedTypes) => {
    // GIVEN
    const before = blocksTemplate(beforeOptions);
    const after = blocksTemplate(afterOptions);

    // WHEN
    const { replaced, mayReplace } = replacedByUpdate(before, after);

    // THEN: exactly the expected resources are replaced (not the database, the network or the share)
    expect(replaced.map(id => before.Resources[id].Type).sort()).toEqual([...expectedTypes].sort());
    expect(mayReplace).toEqual([]);
    // every replaced resource with a physical name gets a new one
    expect(namesKept(before, after, replaced)).toEqual([]);
  });

  interface GroupOptions {
    readonly groupDomain?: string;
    /** the ports of the members, one imported instance each */
    readonly memberPorts?: number[];
    readonly memberDomain?: string;
  }

  /** A group of imported databases in a service network, shared by one share. */
  function groupTemplate(options: GroupOptions = {}): CfnTemplate {
    const { stack, vpc } = providerWithVpc();
    const gateway = new ResourceGateway(stack, 'Gateway', { vpc, vpcSubnets: { subnetGroupName: 'Db' } });
    const network = new ServiceNetwork(stack, 'Network');
    const group = new LatticeSharedDatabaseGroup(stack, 'Group', { resourceGateway: gateway, groupDomain: options.groupDomain, serviceNetworks: [network] });
    (options.memberPorts ?? [5432]).forEach((port, index) => group.addDatabase(`Db${index}`, {
      instance: rds.DatabaseInstance.fromDatabaseInstanceAttributes(stack, `Imported${index}`, {
        instanceIdentifier: `db${index}`,
        instanceEndpointAddress: `db${index}.abcdefghijkl.us-east-1.rds.amazonaws.com`,
        port,
        securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(stack, `Sg${index}`, 'sg-0123456789abcdef0')],
      }),
      customDomainName: index === 0 ? options.memberDomain : undefined,
    }));
    new CrossAccountShare(stack, 'Share', { principals: [SharePrincipal.account('222222222222')], resourceConfigurations: [group] });
    return Template.fromStack(stack).toJSON() as CfnTemplate;
  }

  /**
   * [change, before, after, the types of the resources the update must replace]. GroupDomain and
   * CustomDomainName replace ("Update requires: Replacement",
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html);
   * PortRanges and ResourceConfigurationGroupId update in place (resource spec).
   */
  test.each<[string, GroupOptions, GroupOptions, string[]]>([
    ['group: add a member on another port', { memberPorts: [5432] }, { memberPorts: [5432, 3306] }, []],
    ['group: remove a member', { memberPorts: [5432, 3306] }, { memberPorts: [5432] }, []],
    // the group is replaced; its members move to the new group by an in-place update of their group id
    ['group: groupDomain none -> db.example.com', {}, { groupDomain: 'db.example.com' }, [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['group: groupDomain db.example.com -> data.example.com', { groupDomain: 'db.example.com' }, { groupDomain: 'data.example.com' },
      [CONFIGURATION, ASSOCIATION, ...ACCESS_LOGS]],
    ['group: a member customDomainName added', { groupDomain: 'db.example.com' }, { groupDomain: 'db.example.com', memberDomain: 'db0.db.example.com' }, [CONFIGURATION]],
  ])('%s', (_name, beforeOptions, afterOptions, expectedTypes) => {
    // GIVEN
    const before = groupTemplate(beforeOptions);
    const after = groupTemplate(afterOptions);

    // WHEN
    const { replaced, mayReplace } = replacedByUpdate(before, after);

    // THEN
    expect(replaced.map(id => before.Resources[id].Type).sort()).toEqual([...expectedTypes].sort());
    expect(mayReplace).toEqual([]);
    expect(namesKept(before, after, replaced)).toEqual([]);
  });

  test('control: the simulation finds a kept name (a fixed resourceGatewayName across a subnet change)', () => {
    // GIVEN: the same change, but with a name the user fixed
    const build = (subnetGroupName: string) => {
      const { stack, vpc } = providerWithVpc();
      new ResourceGateway(stack, 'Gateway', { vpc, vpcSubnets: { subnetGroupName }, resourceGatewayName: 'orders-gateway' });
      return Template.fromStack(stack).toJSON() as CfnTemplate;
    };
    const before = build('Db');
    const after = build('Lattice');

    // WHEN
    const { replaced } = replacedByUpdate(before, after);

    // THEN: this is the failure the generated names prevent
    expect(replaced).toEqual(['Gateway43CB3636']);
    expect(namesKept(before, after, replaced)).toEqual([['Gateway43CB3636', 'orders-gateway', 'orders-gateway']]);
  });

  /** [change, composite props before, after, the logical ids the update must replace] */
  test.each<[string, Partial<SecureDatabaseAccessProps>, Partial<SecureDatabaseAccessProps>, string[]]>([
    ['sharingMode DNS -> ARN', {}, { sharingMode: DatabaseSharingMode.ARN }, [ACCESS.configuration, ACCESS.association, ACCESS.accessLogSubscription]],
    ['gatewayOptions.ipv4AddressesPerEni none -> 32', {}, { gatewayOptions: { ipv4AddressesPerEni: 32 } },
      [ACCESS.gateway, ACCESS.configuration, ACCESS.association, ACCESS.accessLogSubscription]],
    ['readReplica off -> on', {}, { databaseOptions: { readReplica: true } }, []],
    ['readReplica on -> off', { databaseOptions: { readReplica: true } }, {}, []],
    ['Aurora reader off -> on', { databaseOptions: { clusterEngine: auroraMysql } }, { databaseOptions: { clusterEngine: auroraMysql, readReplica: true } }, []],
    // the writer's configuration is replaced (ResourceConfigurationType); the reader's is removed (next test)
    ['Aurora with a reader: sharingMode DNS -> ARN', { databaseOptions: { clusterEngine: auroraMysql, readReplica: true } },
      { databaseOptions: { clusterEngine: auroraMysql, readReplica: true }, sharingMode: DatabaseSharingMode.ARN },
      [ACCESS.configuration, ACCESS.association, ACCESS.accessLogSubscription]],
    ['Aurora reader off -> on, ARN mode', { databaseOptions: { clusterEngine: auroraMysql }, sharingMode: DatabaseSharingMode.ARN },
      { databaseOptions: { clusterEngine: auroraMysql, readReplica: true }, sharingMode: DatabaseSharingMode.ARN }, []],
    ['instance class t3.micro -> m6g.large', {}, { databaseOptions: { instanceType: new ec2.InstanceType('m6g.large') } }, []],
    ['backup retention 7 -> 30 days, deletion protection off', {}, { databaseOptions: { backupRetention: Duration.days(30), deletionProtection: false } }, []],
  ])('composite: %s', (_name, beforeProps, afterProps, expected) => {
    // GIVEN
    const before = Template.fromStack(accessStack(beforeProps)).toJSON() as CfnTemplate;
    const after = Template.fromStack(accessStack(afterProps)).toJSON() as CfnTemplate;

    // WHEN
    const { replaced, mayReplace } = replacedByUpdate(before, after);

    // THEN
    expect(replaced).toEqual([...expected].sort());
    expect(namesKept(before, after, [...replaced, ...mayReplace])).toEqual([]);
  });

  // PrivateDnsEnabled and DnsOptions of AWS::EC2::VPCEndpoint are updatable in the resource spec, but
  // "After you create a resource endpoint, you can only modify its security groups or tags"
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html): CloudFormation
  // updates in place, and whether EC2 applies the change is UNVERIFIED (README, Safe updates)
  test.each<[string, Partial<SharedDatabaseEndpointProps>, Partial<SharedDatabaseEndpointProps>]>([
    ['consumer customDomainName none -> RDS hostname', {}, { customDomainName: 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com' }],
    ['consumer outputs on -> off', {}, { outputs: false }],
  ])('%s: nothing is replaced', (_name, beforeProps, afterProps) => {
    // GIVEN
    const consumer = (props: Partial<SharedDatabaseEndpointProps>) => {
      const stack = new Stack(new App(), 'Consumer', { env: { account: '222222222222', region: 'us-east-1' } });
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      new SharedDatabaseEndpoint(stack, 'Database', {
        vpc, resourceConfigurationArn: 'arn:aws:vpc-lattice:us-east-1:111111111111:resourceconfiguration/rcfg-0123456789abcdef0', port: 5432, ...props,
      });
      return Template.fromStack(stack).toJSON() as CfnTemplate;
    };

    // WHEN
    const { replaced, mayReplace } = replacedByUpdate(consumer(beforeProps), consumer(afterProps));

    // THEN
    expect(replaced).toEqual([]);
    expect(mayReplace).toEqual([]);
  });
});

describe('an Aurora cluster with a reader moving from DNS to ARN mode', () => {
  // In DNS mode the reader endpoint has a SINGLE configuration of its own (SharedReadReplica); in ARN
  // mode the cluster's one configuration carries it: "Child resource configurations are automatically
  // managed by AWS" (AWS PrivateLink Guide, Resource configuration for VPC resources,
  // https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types)
  const props = { databaseOptions: { clusterEngine: auroraMysql, readReplica: true } };

  test('replaces the writer configuration, removes the reader configuration, keeps the cluster, its instances and the shares', () => {
    // GIVEN
    const before = Template.fromStack(accessStack(props)).toJSON() as CfnTemplate;
    const after = Template.fromStack(accessStack({ ...props, sharingMode: DatabaseSharingMode.ARN })).toJSON() as CfnTemplate;

    // WHEN
    const diff = fullDiff(before, after);

    // THEN: the writer's configuration is replaced under a new name (its type changes)
    expect(diff.resources.get(ACCESS.configuration)?.changeImpact).toBe(ResourceImpact.WILL_REPLACE);
    expect(after.Resources[ACCESS.configuration].Properties?.Name).not.toEqual(before.Resources[ACCESS.configuration].Properties?.Name);
    // the reader's configuration, its association and its access log subscription are deleted;
    // its access log group is retained (orphaned), so the records stay
    expect(resourcesWith(diff, ResourceImpact.WILL_DESTROY)).toEqual([
      ACCESS.replicaConfiguration, ACCESS.replicaAssociation, 'AccessSharedReadReplicaAccessLogSubscription9AFD30A6',
    ].sort());
    expect(resourcesWith(diff, ResourceImpact.WILL_ORPHAN)).toEqual(['AccessSharedReadReplicaAccessLogsB0FD1D58']);
    // the cluster, its writer and reader, the key, the gateway, the network and the shares stay
    const impacts = statefulImpacts(diff, before);
    for (const id of [ACCESS.database, 'AccessDatabaseReaderF68E0F6A', 'AccessDatabaseWriterAB91A8D1', ACCESS.key, ACCESS.gateway,
      ACCESS.serviceNetwork, ACCESS.share, ACCESS.serviceNetworkShare]) {
      expect([id, FORBIDDEN.includes(impacts[id])]).toEqual([id, false]);
    }
    // the share now lists the one configuration
    expect(after.Resources[ACCESS.share].Properties?.ResourceArns).toEqual([{ 'Fn::GetAtt': [ACCESS.configuration, 'Arn'] }]);
  });
});

describe('the generated names are pinned', () => {
  // The name scheme is contract: changing it renames, and so replaces, every deployed gateway
  // and service network (a resource configuration is renamed in place). These are the names
  // the example stack deploys with its default context.
  test('example stack, default context', () => {
    // GIVEN / WHEN
    const template = exampleTemplate();

    // THEN
    const names = Object.fromEntries([EXAMPLE.gateway, EXAMPLE.configuration, EXAMPLE.serviceNetwork]
      .map(id => [id, template.Resources[id].Properties?.Name]));
    expect(names).toEqual({
      [EXAMPLE.gateway]: 'securedatabaseacresourcegateway-46692454',
      [EXAMPLE.configuration]: 'securedatabaseac-shareddatabase-d6e9d073',
      [EXAMPLE.serviceNetwork]: 'securedatabaseaccessstack-stabaseaccess-servicenetwork-4293d6ad',
    });
  });
});
