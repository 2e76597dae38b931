import { fullDiff, ResourceImpact, TemplateDiff } from '@aws-cdk/cloudformation-diff';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import {
  DatabaseSharingMode,
  ResourceConfigDnsResolution,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  ResourceGatewayProps,
  SecureDatabaseAccess,
  SecureDatabaseAccessProps,
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
    ['example stack, create_read_replica=true', () => exampleTemplate({ create_read_replica: 'true' }), {
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
  ])('%s', (_name, synth, expected) => {
    // GIVEN / WHEN
    const template = synth();

    // THEN: exactly these ids, and no AWS::SecretsManager::Secret (RDS manages the master secret)
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
    // the CloudFormation schema does not mark it create-only, so cdk diff shows an update,
    // but the VPC Lattice API cannot change it on an existing gateway: the warning is what protects
    ['ipv4AddressesPerEni 16 -> 32', { ipv4AddressesPerEni: 32 }, 'ipv4AddressesPerEni', [ResourceImpact.WILL_REPLACE, ResourceImpact.WILL_UPDATE]],
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
