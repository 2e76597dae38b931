import { Aws, Fn } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { Case, CONFIGURATION_ARN, errorOf, Fixture, PROVIDER, runCases, SERVICE_NETWORK_ARN } from './fixture';
import {
  DatabaseSharingMode,
  LatticeSharedDatabase,
  PrivateDnsPreference,
  ProviderOutputs,
  ResourceConfigurationBase,
  ServiceNetwork,
  ServiceNetworkConnectionType,
  SharedDatabaseEndpoint,
  SharedDatabaseEndpointProps,
  SharedServiceNetworkConnection,
  SharedServiceNetworkConnectionProps,
} from '../../src';

/** `new SharedDatabaseEndpoint` in the consumer VPC to the fixture's configuration ARN on 5432, with `props` on top. */
const endpoint = (f: Fixture, props: Partial<SharedDatabaseEndpointProps>) =>
  new SharedDatabaseEndpoint(f.stack, 'E', { vpc: f.consumerVpc, resourceConfigurationArn: CONFIGURATION_ARN, port: 5432, ...props });
/** the same, to the fixture's `LatticeSharedDatabase` (port 5432) */
const endpointToShared = (f: Fixture, props: Partial<SharedDatabaseEndpointProps>) =>
  new SharedDatabaseEndpoint(f.stack, 'E', { vpc: f.consumerVpc, resourceConfiguration: f.shared, ...props });
/** `new SharedServiceNetworkConnection` of the consumer VPC to the fixture's service network ARN, with `props` on top. */
const connection = (f: Fixture, props: Partial<SharedServiceNetworkConnectionProps>) =>
  new SharedServiceNetworkConnection(f.stack, 'C', { vpc: f.consumerVpc, serviceNetworkArn: SERVICE_NETWORK_ARN, ...props });
/** the same, as a VPC association */
const association = (f: Fixture, props: Partial<SharedServiceNetworkConnectionProps>) =>
  connection(f, { connectionType: ServiceNetworkConnectionType.VPC_ASSOCIATION, ...props });
const specified = (domains: unknown) => ({
  privateDnsPreference: PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY,
  privateDnsSpecifiedDomains: domains as string[],
});
const RDS_HOSTNAME = 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com';
/** `SharedDatabaseEndpoint.fromProviderOutputs` in the consumer VPC with the fixture's configuration ARN on '5432', with `outputs` on top. */
const fromOutputs = (f: Fixture, outputs: Partial<ProviderOutputs>) => SharedDatabaseEndpoint.fromProviderOutputs(f.stack, 'E',
  { resourceConfigurationArn: CONFIGURATION_ARN, databasePort: '5432', ...outputs }, { vpc: f.consumerVpc });
const domains = (count: number) => Array.from({ length: count }, (_, i) => `db${i}.example.com`);
const label63 = 'a'.repeat(63);

/** A resource configuration of this app that says its port. */
class Configuration extends ResourceConfigurationBase {
  public readonly resourceConfigurationId = 'rcfg-0123456789abcdef0';
  public readonly resourceConfigurationArn = CONFIGURATION_ARN;
  public readonly resourceGateway = undefined;
  constructor(scope: Construct, id: string, public readonly port?: number) {
    super(scope, id);
  }
}

const cases: Case[] = [
  // moved from test/bad-input.test.ts

  // arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}
  // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
  ['empty configuration ARN', (f, v) => endpoint(f, { resourceConfigurationArn: v }), '', CONFIGURATION_ARN, 'resourceConfigurationArn', "got ''"],
  ['configuration ARN of a service network', (f, v) => endpoint(f, { resourceConfigurationArn: v }), SERVICE_NETWORK_ARN, CONFIGURATION_ARN,
    'resourceConfigurationArn', `'${SERVICE_NETWORK_ARN}'`],
  ['configuration ARN without port', (f, v) => endpoint(f, { port: v }), undefined, 5432, 'port', `'${CONFIGURATION_ARN}'`],
  // "for example: 1-65535" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  ['port -1', (f, v) => endpoint(f, { port: v }), -1, 5432, 'port', 'got -1'],
  ['both configuration and its ARN', (f, v) => endpointToShared(f, { resourceConfigurationArn: v }), CONFIGURATION_ARN, undefined,
    'resourceConfiguration and resourceConfigurationArn', `resourceConfigurationArn '${CONFIGURATION_ARN}'`],
  // "VPC Lattice does not create a resource endpoint if ... Resource gateway is in the same VPC as the
  // resource endpoint" (https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html)
  ['endpoint in the gateway VPC', (f, v) => endpointToShared(f, { vpc: v(f) }), (f: Fixture) => f.vpc, (f: Fixture) => f.consumerVpc, 'vpc', "'Provider/Vpc'"],
  // PrivateDnsSpecifiedDomains: "Only supported when private DNS is enabled and the private DNS preference is
  // VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS or SPECIFIED_DOMAINS_ONLY"; PrivateDnsPreference "Only supported when
  // private DNS is enabled" (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DnsOptionsSpecification.html)
  ['specified domains without the preference', (f, v) => endpoint(f, { privateDnsPreference: v, privateDnsSpecifiedDomains: ['db.example.com'] }),
    undefined, PrivateDnsPreference.SPECIFIED_DOMAINS_ONLY, 'privateDnsSpecifiedDomains', "'none'"],
  ['preference without private DNS', (f, v) => endpoint(f, { privateDnsEnabled: v, privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS }),
    false, true, 'privateDnsPreference', "'ALL_DOMAINS'"],
  // arn:${Partition}:vpc-lattice:${Region}:${Account}:servicenetwork/${ServiceNetworkId} (page above)
  ['service network ARN of a configuration', (f, v) => connection(f, { serviceNetworkArn: v }), CONFIGURATION_ARN, SERVICE_NETWORK_ARN,
    'serviceNetworkArn', `'${CONFIGURATION_ARN}'`],
  ['VPC association with subnets', (f, v) => connection(f, { connectionType: v, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }),
    ServiceNetworkConnectionType.VPC_ASSOCIATION, ServiceNetworkConnectionType.ENDPOINT, 'vpcSubnets', "'VPC_ASSOCIATION'"],
  ['connection port 70000', (f, v) => connection(f, { port: v }), 70000, 5432, 'port', 'got 70000'],

  // the consumer's port must be the configuration's: PortRanges are "The TCP port ranges that a consumer
  // can use to access a resource configuration"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html),
  // so the resource endpoint forwards no other port
  ['endpoint port other than the LatticeSharedDatabase port', (f, v) => endpointToShared(f, { port: v }), 5433, 5432, 'port', 'port 5433 differs'],
  ['endpoint port other than the LatticeSharedDatabase port, with both shown', (f, v) => endpointToShared(f, { port: v }), 5433, undefined,
    'port', "resourceConfiguration 'Provider/Shared' (5432)"],
  ['endpoint port other than the port of an ARN-mode configuration', (f, v) => new SharedDatabaseEndpoint(f.stack, 'E', {
    vpc: f.consumerVpc,
    resourceConfiguration: new LatticeSharedDatabase(f.stack, 'ArnShared', { resourceGateway: f.gateway, instance: f.instance, mode: DatabaseSharingMode.ARN }),
    port: v,
  }), 3306, 5432, 'port', 'port 3306 differs'],
  ['endpoint port other than the port of an imported configuration', (f, v) => endpointToShared(f, {
    resourceConfiguration: LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'Imported', { resourceConfigurationArn: CONFIGURATION_ARN, port: 3306 }),
    port: v,
  }), 5432, 3306, 'port', "'Provider/Imported' (3306)"],
  ['configuration of this app with port 0', (f, v) => endpointToShared(f, { resourceConfiguration: new Configuration(f.stack, 'Config', v) }),
    0, 5432, 'resourceConfiguration.port', 'got 0'],

  // ports that are no TCP ports
  ['endpoint port NaN', (f, v) => endpoint(f, { port: v }), NaN, 5432, 'port', 'got NaN'],
  ['endpoint port Infinity', (f, v) => endpoint(f, { port: v }), Infinity, 5432, 'port', 'got Infinity'],
  ['endpoint port 5432.5', (f, v) => endpoint(f, { port: v }), 5432.5, 5432, 'port', 'got 5432.5'],
  ['endpoint port as a string', (f, v) => endpoint(f, { port: v }), '5432', 5432, 'port', "got '5432'"],
  ['connection port NaN', (f, v) => connection(f, { port: v }), NaN, 3306, 'port', 'got NaN'],

  // enum values that are no members: 'endpoint' used to give a VPC association silently
  // (PrivateDnsPreference, "Allowed values: VERIFIED_DOMAINS_ONLY | ALL_DOMAINS | VERIFIED_DOMAINS_AND_SPECIFIED_DOMAINS |
  // SPECIFIED_DOMAINS_ONLY", https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
  ['connectionType in lowercase', (f, v) => connection(f, { connectionType: v }), 'endpoint', ServiceNetworkConnectionType.ENDPOINT, 'connectionType', "got 'endpoint'"],
  ['connectionType vpc_association in lowercase', (f, v) => connection(f, { connectionType: v }), 'vpc_association',
    ServiceNetworkConnectionType.VPC_ASSOCIATION, 'connectionType', "got 'vpc_association'"],
  ['connectionType that is no type', (f, v) => connection(f, { connectionType: v }), 'ASSOCIATION', undefined, 'connectionType', "got 'ASSOCIATION'"],
  ['privateDnsPreference in lowercase', (f, v) => endpoint(f, { privateDnsPreference: v }), 'all_domains', PrivateDnsPreference.ALL_DOMAINS,
    'privateDnsPreference', "got 'all_domains'"],
  ['privateDnsPreference of a VPC association that is no preference', (f, v) => association(f, { privateDnsPreference: v }), 'VERIFIED',
    PrivateDnsPreference.VERIFIED_DOMAINS_ONLY, 'privateDnsPreference', "got 'VERIFIED'"],

  // booleans as strings: PrivateDnsEnabled "Type: Boolean"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpoint.html)
  ['endpoint privateDnsEnabled as a string', (f, v) => endpoint(f, { privateDnsEnabled: v }), 'false', false, 'privateDnsEnabled', "got 'false'"],
  ['connection privateDnsEnabled as a string', (f, v) => association(f, { privateDnsEnabled: v }), 'true', true, 'privateDnsEnabled', "got 'true'"],

  // private DNS names: null entries, no list, no names, too many, too long
  ['privateDnsSpecifiedDomains with a null entry', (f, v) => endpoint(f, specified(v)), [null], ['db.example.com'], 'privateDnsSpecifiedDomains[0]', 'got null'],
  ['privateDnsSpecifiedDomains that is one string, not a list', (f, v) => endpoint(f, specified(v)), 'db.example.com', ['db.example.com'],
    'privateDnsSpecifiedDomains', "got 'db.example.com'"],
  ['privateDnsSpecifiedDomains holding a number', (f, v) => endpoint(f, specified(v)), ['db.example.com', 42], ['db.example.com'],
    'privateDnsSpecifiedDomains[1]', 'got 42'],
  ['privateDnsSpecifiedDomains with private DNS off', (f, v) => endpoint(f, { privateDnsEnabled: false, privateDnsSpecifiedDomains: v }),
    ['db.example.com'], undefined, 'privateDnsSpecifiedDomains', 'privateDnsEnabled false'],
  ['privateDnsSpecifiedDomains of a VPC association with private DNS off', (f, v) => association(f, { privateDnsEnabled: false, privateDnsSpecifiedDomains: v }),
    ['db.example.com'], undefined, 'privateDnsSpecifiedDomains', '["db.example.com"]'],
  // "The total length of a domain name cannot exceed 255 bytes, including the dots"
  // (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html)
  ['privateDnsSpecifiedDomains with a name of 256 characters', (f, v) => endpoint(f, specified([v])),
    `${label63}.${label63}.${label63}.${'a'.repeat(60)}.com`, `${label63}.${label63}.${label63}.${'a'.repeat(59)}.com`,
    'privateDnsSpecifiedDomains', `'${label63}.`],
  ['privateDnsSpecifiedDomains with a space', (f, v) => endpoint(f, specified(['db.example.com', v])), 'orders db.example.com', 'orders.example.com',
    'privateDnsSpecifiedDomains[1]', "'orders db.example.com'"],
  // PrivateDnsSpecifiedDomains of a VPC association: "Maximum: 255 | 10"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
  ['11 specified domains on a VPC association', (f, v) => association(f, specified(domains(v))), 11, 10, 'privateDnsSpecifiedDomains', 'got 11'],

  // required props missing or of the wrong kind (JavaScript, Python)
  ['endpoint without props', (f, v) => new SharedDatabaseEndpoint(f.stack, 'E', v(f)), () => undefined,
    (f: Fixture) => ({ vpc: f.consumerVpc, resourceConfigurationArn: CONFIGURATION_ARN, port: 5432 }), 'SharedDatabaseEndpoint props', 'got undefined'],
  ['endpoint without vpc', (f, v) => endpoint(f, { vpc: v(f) }), () => undefined, (f: Fixture) => f.consumerVpc, 'vpc', 'got undefined'],
  ['endpoint to a configuration without vpc', (f, v) => endpointToShared(f, { vpc: v(f) }), () => undefined, (f: Fixture) => f.consumerVpc, 'vpc', 'got undefined'],
  ['VPC association without vpc', (f, v) => association(f, { vpc: v(f) }), () => undefined, (f: Fixture) => f.consumerVpc, 'vpc', 'got undefined'],
  ['connection without props', (f, v) => new SharedServiceNetworkConnection(f.stack, 'C', v(f)), () => null,
    (f: Fixture) => ({ vpc: f.consumerVpc, serviceNetworkArn: SERVICE_NETWORK_ARN }), 'SharedServiceNetworkConnection props', 'got null'],
  ['resourceConfiguration given as an ARN string', (f, v) => endpointToShared(f, { resourceConfiguration: v(f), port: 5432 }),
    () => CONFIGURATION_ARN, (f: Fixture) => f.shared, 'resourceConfiguration', `got '${CONFIGURATION_ARN}'`],
  ['serviceNetwork given as an ARN string', (f, v) => new SharedServiceNetworkConnection(f.stack, 'C', { vpc: f.consumerVpc, serviceNetwork: v(f) }),
    () => SERVICE_NETWORK_ARN, (f: Fixture) => new ServiceNetwork(f.stack, 'Network'), 'serviceNetwork', `got '${SERVICE_NETWORK_ARN}'`],
  ['endpoint securityGroups with a null entry', (f, v) => endpoint(f, { securityGroups: v(f) }), () => [null],
    (f: Fixture) => [new ec2.SecurityGroup(f.stack, 'Sg', { vpc: f.consumerVpc })], 'securityGroups[0]', 'got null'],
  ['connection securityGroups holding an id string', (f, v) => association(f, { securityGroups: v(f) }), () => ['sg-0123456789abcdef0'],
    (f: Fixture) => [ec2.SecurityGroup.fromSecurityGroupId(f.stack, 'Sg', 'sg-0123456789abcdef0')], 'securityGroups[0]', "'sg-0123456789abcdef0'"],

  // ARNs that only look right (page above; partitions: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html)
  ['configuration ARN with a misspelt partition', (f, v) => endpoint(f, { resourceConfigurationArn: v }),
    `arn:aws-cn-north:vpc-lattice:cn-north-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`,
    `arn:aws-cn:vpc-lattice:cn-north-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, 'resourceConfigurationArn', "partition 'aws-cn-north'"],
  ['configuration ARN with an Availability Zone for its region', (f, v) => endpoint(f, { resourceConfigurationArn: v }),
    `arn:aws:vpc-lattice:us-east-1b:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, CONFIGURATION_ARN, 'resourceConfigurationArn', "region 'us-east-1b'"],
  ['service network ARN with an Availability Zone for its region', (f, v) => connection(f, { serviceNetworkArn: v }),
    `arn:aws:vpc-lattice:eu-west-1a:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`,
    `arn:aws:vpc-lattice:eu-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, 'serviceNetworkArn', "region 'eu-west-1a'"],
  ['service network ARN with a misspelt partition', (f, v) => connection(f, { serviceNetworkArn: v }),
    `arn:aws-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`,
    `arn:aws-us-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, 'serviceNetworkArn', "partition 'aws-gov'"],
  ['service network ARN of a VPC Lattice service', (f, v) => connection(f, { serviceNetworkArn: v }),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:service/svc-0123456789abcdef0`, SERVICE_NETWORK_ARN, 'serviceNetworkArn', "'service/svc-0123456789abcdef0'"],

  // tokens show as the CloudFormation expression the code made
  ['configuration ARN built with a token and an 11-digit account', (f, v) => endpoint(f, { resourceConfigurationArn: v }),
    `arn:aws:vpc-lattice:${Aws.REGION}:11111111111:resourceconfiguration/rcfg-0123456789abcdef0`,
    `arn:aws:vpc-lattice:${Aws.REGION}:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, 'resourceConfigurationArn', '{"Ref":"AWS::Region"}'],
  ['imported configuration ARN without port', (f, v) => endpoint(f, { resourceConfigurationArn: Fn.importValue('ConfigurationArn'), port: v }),
    undefined, 5432, 'port', '{"Fn::ImportValue":"ConfigurationArn"}'],
  ['service network ARN built with a token and the service of a configuration', (f, v) => connection(f, { serviceNetworkArn: v }),
    `arn:${Aws.PARTITION}:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`,
    `arn:${Aws.PARTITION}:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, 'serviceNetworkArn', '{"Ref":"AWS::Partition"}'],

  // the name applications connect by: a domain name of at most 255 characters, labels of at most 63
  // (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html), one name, no wildcard
  ['customDomainName that is no domain name', (f, v) => endpoint(f, { customDomainName: v }), 'orders db', RDS_HOSTNAME, 'customDomainName', "got 'orders db'"],
  ['customDomainName with a wildcard', (f, v) => endpoint(f, { customDomainName: v }), '*.us-east-1.rds.amazonaws.com', RDS_HOSTNAME,
    'customDomainName', "got '*.us-east-1.rds.amazonaws.com'"],
  ['customDomainName as a number', (f, v) => endpoint(f, { customDomainName: v }), 42, RDS_HOSTNAME, 'customDomainName', 'got 42'],
  ['customDomainName empty', (f, v) => endpoint(f, { customDomainName: v }), '', RDS_HOSTNAME, 'customDomainName', "got ''"],
  // a configuration "can only have one custom domain" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
  ['customDomainName other than the one of the configuration', (f, v) => endpointToShared(f, {
    resourceConfiguration: new LatticeSharedDatabase(f.stack, 'Named', { resourceGateway: f.gateway, instance: f.instance, customDomainName: 'orders.example.com' }),
    customDomainName: v,
  }), 'reports.example.com', 'orders.example.com', 'customDomainName', "('orders.example.com')"],
  // "ensure that the attributes Enable DNS hostnames and Enable DNS support are enabled for your VPC"
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html)
  ['private DNS for customDomainName in a VPC without DNS hostnames', (f, v) => endpoint(f, {
    vpc: new ec2.Vpc(f.stack, 'NoDns', {
      maxAzs: 2, natGateways: 0, enableDnsHostnames: v, subnetConfiguration: [{ name: 'I', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
    }),
    customDomainName: RDS_HOSTNAME,
  }), false, undefined, 'vpc', "'Provider/NoDns' has enableDnsHostnames false"],
  ['customDomainNames entry that is no domain name', (f, v) => connection(f, { customDomainNames: [RDS_HOSTNAME, v] }), 'orders db', 'orders.example.com',
    'customDomainNames[1]', "got 'orders db'"],
  ['customDomainNames with a null entry', (f, v) => connection(f, { customDomainNames: [v] }), null, RDS_HOSTNAME, 'customDomainNames[0]', 'got null'],
  // PrivateDnsSpecifiedDomains of a VPC association: "Maximum: 255 | 10"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-servicenetworkvpcassociation-dnsoptions.html)
  ['11 customDomainNames on a VPC association', (f, v) => association(f, { customDomainNames: domains(v) }), 11, 10, 'customDomainNames', 'got 11'],

  // the provider's printed values
  ['fromProviderOutputs with a port that is no number', (f, v) => fromOutputs(f, { databasePort: v }), 'postgres', '5432', 'providerOutputs.databasePort', "got 'postgres'"],
  ['fromProviderOutputs with port 70000', (f, v) => fromOutputs(f, { databasePort: v }), '70000', '5432', 'providerOutputs.databasePort', "got '70000'"],
  ['fromProviderOutputs without a port', (f, v) => fromOutputs(f, { databasePort: v }), undefined, '5432', 'providerOutputs.databasePort', 'got undefined'],
  ['fromProviderOutputs with a malformed ARN', (f, v) => fromOutputs(f, { resourceConfigurationArn: v }), 'rcfg-0123456789abcdef0', CONFIGURATION_ARN,
    'resourceConfigurationArn', "'rcfg-0123456789abcdef0'"],
  ['fromProviderOutputs with a port in the options too', (f, v) => SharedDatabaseEndpoint.fromProviderOutputs(f.stack, 'E',
    { resourceConfigurationArn: CONFIGURATION_ARN, databasePort: '5432' }, { vpc: f.consumerVpc, ...v }), { port: 5432 }, {}, 'options.port', 'got 5432'],
  ['fromProviderOutputs without outputs', (f, v) => SharedDatabaseEndpoint.fromProviderOutputs(f.stack, 'E', v, { vpc: f.consumerVpc }),
    null, { resourceConfigurationArn: CONFIGURATION_ARN, databasePort: '5432' }, 'fromProviderOutputs needs providerOutputs', 'got null'],
];

describe('SharedDatabaseEndpoint and SharedServiceNetworkConnection refuse bad input', () => {
  runCases(cases);
});

describe('SharedDatabaseEndpoint and SharedServiceNetworkConnection report every bad prop at once', () => {
  test('two bad props of an endpoint in one call are both reported, one per line', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => endpoint(f, { port: -1, privateDnsEnabled: false, privateDnsPreference: PrivateDnsPreference.ALL_DOMAINS }));

    // THEN
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message.split('\n')).toEqual([
      'port must be a whole number from 1 to 65535, got -1',
      "privateDnsPreference needs privateDnsEnabled, got privateDnsPreference 'ALL_DOMAINS' with privateDnsEnabled false",
    ]);
  });

  test('an endpoint in the gateway VPC with a port the configuration does not forward reports both', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => endpointToShared(f, { vpc: f.vpc, port: 5433 }));

    // THEN
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^port 5433 differs from the port of resourceConfiguration 'Provider\/Shared' \(5432\)/);
    expect(lines[1]).toMatch(/^vpc must not be the VPC of the resource gateway of resourceConfiguration 'Provider\/Shared' \('Provider\/Vpc'\)/);
  });

  test('two bad props of a connection in one call are both reported, one per line', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => connection(f, { port: 70000, connectionType: 'endpoint' as ServiceNetworkConnectionType }));

    // THEN
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('port must be a whole number from 1 to 65535, got 70000');
    expect(lines[1]).toMatch(/^connectionType must be one of ServiceNetworkConnectionType\.ENDPOINT \('ENDPOINT'\).*; got 'endpoint'$/);
  });
});
