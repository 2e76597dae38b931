import { Aws, Fn, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Case, CONFIGURATION_ARN, errorOf, Fixture, PROVIDER, runCases, runWarningCases, WarningCase } from './fixture';
import {
  ClusterEndpointType,
  DatabaseSharingMode,
  LatticeSharedDatabase,
  LatticeSharedDatabaseProps,
  ResourceConfigDnsResolution,
  ResourceGateway,
  ResourceGatewayIpAddressType,
  ServiceNetwork,
} from '../../src';

/** `new LatticeSharedDatabase` sharing the fixture's instance through its gateway, with `props` on top. */
const shared = (f: Fixture, props: Partial<LatticeSharedDatabaseProps>) =>
  new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway, instance: f.instance, ...props });
/** the same, sharing the fixture's Aurora cluster */
const sharedCluster = (f: Fixture, props: Partial<LatticeSharedDatabaseProps>) =>
  new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway, cluster: f.cluster, ...props });
/** a service network of the fixture's stack */
const network = (f: Fixture, id = 'Network') => new ServiceNetwork(f.stack, id);
/** an instance imported with the given port */
const importedInstance = (f: Fixture, port: number) => rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Imported', {
  instanceIdentifier: 'orders',
  instanceEndpointAddress: 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com',
  port,
  securityGroups: [ec2.SecurityGroup.fromSecurityGroupId(f.stack, 'DbSg', 'sg-0123456789abcdef0')],
});
const configurationArn = (arn: string) => (f: Fixture) => LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C', arn);
const label63 = 'a'.repeat(63);

const cases: Case[] = [
  // moved from test/bad-input.test.ts

  // Name, Pattern ^(?!rcfg-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$, 3-40 characters
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html)
  ['name with the reserved prefix', (f, v) => shared(f, { resourceConfigurationName: v }), 'rcfg-orders', 'orders-rcfg', 'resourceConfigurationName', "'rcfg-orders'"],
  ['name with two hyphens in a row', (f, v) => shared(f, { resourceConfigurationName: v }), 'orders--db', 'orders-db', 'resourceConfigurationName', "'orders--db'"],
  ['name of 41 characters', (f, v) => shared(f, { resourceConfigurationName: v }), 'a'.repeat(41), 'a'.repeat(40), 'resourceConfigurationName', `'${'a'.repeat(41)}'`],
  // PortRanges: "The TCP port ranges that a consumer can use to access a resource configuration (for
  // example: 1-65535)" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  ['port 0', (f, v) => shared(f, { port: v }), 0, 5432, 'port', 'got 0'],
  ['port 65536', (f, v) => shared(f, { port: v }), 65536, 65535, 'port', 'got 65536'],
  ['DNS mode through an IPv6-only gateway', (f, v) => shared(f, {
    resourceGateway: new ResourceGateway(f.stack, 'V6', { vpc: f.vpc, ipAddressType: v }),
  }), ResourceGatewayIpAddressType.IPV6, ResourceGatewayIpAddressType.IPV4, 'resourceGateway', 'ipAddressType IPV6'],
  ['ARN mode with a port the database does not use', (f, v) => shared(f, { mode: DatabaseSharingMode.ARN, port: v }), 5433, 5432, 'port', 'got 5433'],
  ['clusterEndpoint with an instance', (f, v) => shared(f, { clusterEndpoint: v }), ClusterEndpointType.READER, undefined, 'clusterEndpoint', "'READER'"],
  // an ARN configuration of a cluster carries the reader endpoint already: "Child resource configurations
  // are automatically managed by AWS" (https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types)
  ['reader endpoint in ARN mode', (f, v) => sharedCluster(f, { clusterEndpoint: ClusterEndpointType.READER, mode: v }),
    DatabaseSharingMode.ARN, DatabaseSharingMode.DNS, 'clusterEndpoint', "mode 'ARN'"],
  ['both instance and cluster', (f, v) => shared(f, { cluster: v(f) }), (f: Fixture) => f.cluster, () => undefined, 'instance and cluster', "instance 'Provider/Db'"],
  ['neither instance nor cluster', (f, v) => shared(f, { instance: v(f) }), () => undefined, (f: Fixture) => f.instance, 'instance, cluster', 'got none'],
  ['customDomainName that is no domain', (f, v) => shared(f, { customDomainName: v }), 'Orders DB', 'orders.example.com', 'customDomainName', "'Orders DB'"],
  // allowAssociationToShareableServiceNetwork: "Specifies whether the resource configuration can be
  // associated with a sharable service network" (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  ['non-sharable configuration in a shareable network', (f, v) => shared(f, {
    allowAssociationToSharableServiceNetwork: v, serviceNetworks: [network(f)],
  }), false, true, 'allowAssociationToSharableServiceNetwork', 'got false'],
  // arn:${Partition}:vpc-lattice:${Region}:${Account}:resourceconfiguration/${ResourceConfigurationId}
  // (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html)
  ['import by a configuration id instead of an ARN', (f, v) => LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C', v),
    'rcfg-0123456789abcdef0', CONFIGURATION_ARN, 'resourceConfigurationArn', "'rcfg-0123456789abcdef0'"],
  ['import with port 99999', (f, v) => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
    resourceConfigurationArn: CONFIGURATION_ARN, port: v,
  }), 99999, 5432, 'port', 'got 99999'],

  // enum values that are no members: 'dns' used to give an ARN configuration silently
  ['mode in lowercase', (f, v) => shared(f, { mode: v }), 'dns', DatabaseSharingMode.DNS, 'mode', "got 'dns'"],
  ['mode arn in lowercase', (f, v) => shared(f, { mode: v }), 'arn', DatabaseSharingMode.ARN, 'mode', "got 'arn'"],
  ['mode that is no mode', (f, v) => shared(f, { mode: v }), 'SINGLE', undefined, 'mode', "got 'SINGLE'"],
  ['clusterEndpoint in lowercase', (f, v) => sharedCluster(f, { clusterEndpoint: v }), 'reader', ClusterEndpointType.READER, 'clusterEndpoint', "got 'reader'"],
  ['clusterEndpoint that is no endpoint type', (f, v) => sharedCluster(f, { clusterEndpoint: v }), 'INSTANCE', ClusterEndpointType.WRITER, 'clusterEndpoint', "got 'INSTANCE'"],

  // ports that are no TCP ports ("for example: 1-65535", page above)
  ['port NaN', (f, v) => shared(f, { port: v }), NaN, 5432, 'port', 'got NaN'],
  ['port Infinity', (f, v) => shared(f, { port: v }), Infinity, 5432, 'port', 'got Infinity'],
  ['port 5432.5', (f, v) => shared(f, { port: v }), 5432.5, 5432, 'port', 'got 5432.5'],
  ['port as a string', (f, v) => shared(f, { port: v }), '5432', 5432, 'port', "got '5432'"],
  ['imported database with port 0 and no port given', (f, v) => shared(f, { instance: importedInstance(f, v) }), 0, 5432, 'instance', 'has port 0'],
  ['imported database with port NaN and no port given', (f, v) => shared(f, { instance: importedInstance(f, v) }), NaN, 5432, 'instance', 'has port NaN'],
  // DNS mode needs the database's endpoint name: DnsResource DomainName, "Required: Yes"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-dnsresource.html)
  ['imported instance without endpoint address in DNS mode', (f, v) => shared(f, {
    instance: rds.DatabaseInstance.fromDatabaseInstanceAttributes(f.stack, 'Imported', {
      instanceIdentifier: 'orders', instanceEndpointAddress: v, port: 5432, securityGroups: [],
    }),
  }), undefined, 'orders.abcdefghijkl.us-east-1.rds.amazonaws.com', 'instance', "'Provider/Imported' has no endpoint address"],
  ['imported cluster without writer address in DNS mode', (f, v) => new LatticeSharedDatabase(f.stack, 'S', {
    resourceGateway: f.gateway,
    cluster: rds.DatabaseCluster.fromDatabaseClusterAttributes(f.stack, 'Imported', {
      clusterIdentifier: 'orders', clusterEndpointAddress: v, port: 3306, engine: rds.DatabaseClusterEngine.AURORA_MYSQL,
    }),
  }), undefined, 'orders.cluster-abcdefghijkl.us-east-1.rds.amazonaws.com', 'cluster', 'clusterEndpointAddress'],
  ['import with port NaN', (f, v) => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
    resourceConfigurationArn: CONFIGURATION_ARN, port: v,
  }), NaN, 5432, 'port', 'got NaN'],
  ['import with port 3306.5', (f, v) => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
    resourceConfigurationArn: CONFIGURATION_ARN, port: v,
  }), 3306.5, 3306, 'port', 'got 3306.5'],

  // booleans as strings ('false' is true in JavaScript): AllowAssociationToSharableServiceNetwork
  // "Type: Boolean" (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html),
  // PrivateDnsEnabled "Type: Boolean"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-servicenetworkresourceassociation.html)
  ['allowAssociationToSharableServiceNetwork as a string', (f, v) => shared(f, { allowAssociationToSharableServiceNetwork: v }),
    'false', false, 'allowAssociationToSharableServiceNetwork', "got 'false'"],
  ['privateDnsEnabled as a string', (f, v) => shared(f, { privateDnsEnabled: v, serviceNetworks: [network(f)] }),
    'false', false, 'privateDnsEnabled', "got 'false'"],
  ['privateDnsEnabled as a number', (f, v) => shared(f, { privateDnsEnabled: v }), 0, true, 'privateDnsEnabled', 'got 0'],

  // lists with empty entries, and what is no list
  ['serviceNetworks with a null entry', (f, v) => shared(f, { serviceNetworks: v(f) }), () => [null], (f: Fixture) => [network(f)], 'serviceNetworks[0]', 'got null'],
  ['serviceNetworks with an undefined entry after a network', (f, v) => shared(f, { serviceNetworks: v(f) }),
    (f: Fixture) => [network(f), undefined], (f: Fixture) => [network(f)], 'serviceNetworks[1]', 'got undefined'],
  ['serviceNetworks that is a single network ARN, not a list', (f, v) => shared(f, { serviceNetworks: v }),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, [], 'serviceNetworks',
    `'arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0'`],
  ['serviceNetworks that is a single network, not a list', (f, v) => shared(f, { serviceNetworks: v(network(f)) }),
    (n: ServiceNetwork) => n, (n: ServiceNetwork) => [n], 'serviceNetworks', "'Provider/Network'"],
  ['serviceNetworks holding an ARN string', (f, v) => shared(f, { serviceNetworks: v(f) }),
    () => [`arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`], (f: Fixture) => [network(f)], 'serviceNetworks[0]',
    `'arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0'`],
  ['serviceNetworks holding one network twice', (f, v) => shared(f, { serviceNetworks: v(network(f)) }),
    (n: ServiceNetwork) => [n, n], (n: ServiceNetwork) => [n], 'serviceNetworks[1]', "'Provider/Network'"],

  // required construct props missing or of the wrong kind (JavaScript, Python)
  ['no props', (f, v) => new LatticeSharedDatabase(f.stack, 'S', v(f)), () => undefined,
    (f: Fixture) => ({ resourceGateway: f.gateway, instance: f.instance }), 'LatticeSharedDatabase props', 'got undefined'],
  ['no resourceGateway', (f, v) => shared(f, { resourceGateway: v(f) }), () => undefined, (f: Fixture) => f.gateway, 'resourceGateway', 'got undefined'],
  ['resourceGateway as its id string', (f, v) => shared(f, { resourceGateway: v(f) }), () => 'rgw-0123456789abcdef0', (f: Fixture) => f.gateway,
    'resourceGateway', "got 'rgw-0123456789abcdef0'"],
  ['a cluster given as instance', (f, v) => shared(f, { instance: v(f) }), (f: Fixture) => f.cluster, (f: Fixture) => f.instance, 'instance', "'Provider/Cluster'"],
  ['an instance given as cluster', (f, v) => new LatticeSharedDatabase(f.stack, 'S', { resourceGateway: f.gateway, cluster: v(f) }),
    (f: Fixture) => f.instance, (f: Fixture) => f.cluster, 'cluster', "'Provider/Db'"],
  ['instance as its identifier string', (f, v) => shared(f, { instance: v(f) }), () => 'orders', (f: Fixture) => f.instance, 'instance', "got 'orders'"],
  ['resourceConfigurationName as a number', (f, v) => shared(f, { resourceConfigurationName: v }), 123, 'orders-db', 'resourceConfigurationName', 'got 123'],

  // CustomDomainName: "Minimum: 3, Maximum: 255"
  // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourceconfiguration.html);
  // "Each label can be up to 63 bytes long" (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/DomainNameFormat.html)
  ['customDomainName of 2 characters', (f, v) => shared(f, { customDomainName: v }), 'db', 'db.io', 'customDomainName', "got 'db'"],
  ['customDomainName of 256 characters', (f, v) => shared(f, { customDomainName: v }),
    `${label63}.${label63}.${label63}.${'a'.repeat(60)}.com`, `${label63}.${label63}.${label63}.${'a'.repeat(59)}.com`,
    'customDomainName', 'it has 256'],
  ['customDomainName with a label of 64 characters', (f, v) => shared(f, { customDomainName: v }),
    `${'a'.repeat(64)}.example.com`, `${label63}.example.com`, 'customDomainName', `'${'a'.repeat(64)}' has 64`],
  ['customDomainName with an empty label', (f, v) => shared(f, { customDomainName: v }), 'db..example.com', 'db.example.com', 'customDomainName', "'db..example.com'"],
  ['customDomainName as a number', (f, v) => shared(f, { customDomainName: v }), 42, 'db.example.com', 'customDomainName', 'got 42'],

  // associateWith
  ['associateWith(null)', (f, v) => shared(f, {}).associateWith(v(f)), () => null, (f: Fixture) => network(f), 'associateWith(serviceNetwork)', 'got null'],
  ['associateWith an ARN string', (f, v) => shared(f, {}).associateWith(v(f)),
    () => `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, (f: Fixture) => network(f), 'associateWith(serviceNetwork)',
    `'arn:aws:vpc-lattice:us-east-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0'`],
  ['associateWith a network twice', (f, v) => {
    const s = shared(f, { serviceNetworks: [network(f)] });
    return s.associateWith(v(f));
  }, (f: Fixture) => f.stack.node.findChild('Network'), (f: Fixture) => network(f, 'Other'), 'associateWith(serviceNetwork)', "'Provider/Network'"],
  ['associateWith an id already used', (f, v) => {
    const s = shared(f, {});
    s.associateWith(network(f, 'A'), 'Association');
    return s.associateWith(network(f, 'B'), v);
  }, 'Association', 'Other', 'associateWith(id)', "'Association'"],
  ['associateWith an empty id', (f, v) => shared(f, {}).associateWith(network(f), v), '', 'Orders', 'associateWith(id)', "got ''"],

  // ARNs that only look right (page above; partitions: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html)
  ['import by an ARN with a misspelt partition', (f, v) => configurationArn(v)(f),
    `arn:aws-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`,
    `arn:aws-us-gov:vpc-lattice:us-gov-west-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, 'resourceConfigurationArn', "partition 'aws-gov'"],
  ['import by an ARN with an Availability Zone for its region', (f, v) => configurationArn(v)(f),
    `arn:aws:vpc-lattice:us-east-1a:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, CONFIGURATION_ARN, 'resourceConfigurationArn', "region 'us-east-1a'"],
  ['import by an ARN of another service', (f, v) => configurationArn(v)(f),
    `arn:aws:vpclattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, CONFIGURATION_ARN, 'resourceConfigurationArn', "service is 'vpclattice'"],
  ['import by the ARN of a resource gateway', (f, v) => configurationArn(v)(f),
    `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourcegateway/rgw-0123456789abcdef0`, CONFIGURATION_ARN, 'resourceConfigurationArn',
    "'resourcegateway/rgw-0123456789abcdef0'"],
  ['import by an ARN built with a token and an 11-digit account', (f, v) => configurationArn(v)(f),
    `arn:aws:vpc-lattice:${Aws.REGION}:11111111111:resourceconfiguration/rcfg-0123456789abcdef0`,
    `arn:aws:vpc-lattice:${Aws.REGION}:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef0`, 'resourceConfigurationArn', '{"Ref":"AWS::Region"}'],
  ['import with no attributes', (f, v) => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', v),
    undefined, { resourceConfigurationArn: CONFIGURATION_ARN }, 'fromResourceConfigurationAttributes', 'got undefined'],
  ['import by an undefined ARN', (f, v) => configurationArn(v)(f), undefined, CONFIGURATION_ARN, 'resourceConfigurationArn', 'got undefined'],

  // the custom domain name that keeps TLS verification working, and domain verification
  ['customDomainNameFromDatabase as a string', (f, v) => shared(f, { customDomainNameFromDatabase: v }), 'true', true,
    'customDomainNameFromDatabase', "got 'true'"],
  // "A resource configuration can only have one custom domain"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html)
  ['customDomainNameFromDatabase with customDomainName', (f, v) => shared(f, { customDomainNameFromDatabase: true, customDomainName: v }),
    'orders.example.com', undefined, 'customDomainNameFromDatabase and customDomainName', "customDomainName 'orders.example.com'"],
  // custom domain names are for SINGLE configurations; an ARN configuration's children are "automatically managed by AWS"
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/create-resource-configuration.html,
  // https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html)
  ['customDomainNameFromDatabase in ARN mode', (f, v) => shared(f, { customDomainNameFromDatabase: true, mode: v }),
    DatabaseSharingMode.ARN, DatabaseSharingMode.DNS, 'customDomainNameFromDatabase', "mode 'ARN'"],
  // "VPC Lattice does not create a resource endpoint if [...] DNS resolution is set to IN_VPC on the resource
  // gateway. The custom domain name or group domain is the same or higher-level domain of the domain-name target"
  // (https://docs.aws.amazon.com/vpc/latest/privatelink/use-resource-endpoint.html)
  ['customDomainNameFromDatabase on an IN_VPC gateway', (f, v) => shared(f, {
    customDomainNameFromDatabase: true,
    resourceGateway: new ResourceGateway(f.stack, 'InVpc', { vpc: f.vpc, resourceConfigDnsResolution: v }),
  }), ResourceConfigDnsResolution.IN_VPC, ResourceConfigDnsResolution.PUBLIC, 'customDomainNameFromDatabase', "resourceGateway 'Provider/InVpc' resolves it IN_VPC"],
  ['customDomainName that parents the database hostname, on an IN_VPC gateway', (f, v) => shared(f, {
    instance: importedInstance(f, 5432),
    customDomainName: v,
    resourceGateway: new ResourceGateway(f.stack, 'InVpc', { vpc: f.vpc, resourceConfigDnsResolution: ResourceConfigDnsResolution.IN_VPC }),
  }), 'us-east-1.rds.amazonaws.com', 'orders.example.com', 'customDomainName', "'orders.abcdefghijkl.us-east-1.rds.amazonaws.com'"],
  // domainVerificationIdentifier "Pattern: ((dv-[0-9a-z]{17})|...)"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_GetDomainVerification.html)
  ['domainVerificationId that is no id', (f, v) => shared(f, { customDomainName: 'orders.example.com', domainVerificationId: v }),
    'dv-123', 'dv-0123456789abcdef0', 'domainVerificationId', "got 'dv-123'"],
  ['domainVerificationId as a number', (f, v) => shared(f, { customDomainName: 'orders.example.com', domainVerificationId: v }),
    42, 'dv-0123456789abcdef0', 'domainVerificationId', 'got 42'],
  // "The domain verification ID of your verified custom domain name"
  // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceConfiguration.html)
  ['domainVerificationId without customDomainName', (f, v) => shared(f, { customDomainName: v, domainVerificationId: 'dv-0123456789abcdef0' }),
    undefined, 'orders.example.com', 'domainVerificationId needs customDomainName', "'dv-0123456789abcdef0'"],
  // a verification is a TXT record "in your DNS zone" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-and-verify.html)
  ['domainVerificationId of the database hostname', (f, v) => shared(f, { ...v, domainVerificationId: 'dv-0123456789abcdef0' }),
    { customDomainNameFromDatabase: true }, { customDomainName: 'orders.example.com' }, 'domainVerificationId', 'customDomainNameFromDatabase'],
  ['domainVerificationId of an amazonaws.com name', (f, v) => shared(f, { customDomainName: v, domainVerificationId: 'dv-0123456789abcdef0' }),
    'orders.abcdefghijkl.us-east-1.rds.amazonaws.com', 'orders.example.com', 'domainVerificationId', "'orders.abcdefghijkl.us-east-1.rds.amazonaws.com'"],
];

describe('LatticeSharedDatabase refuses bad input', () => {
  runCases(cases);
});

const warnings: WarningCase[] = [
  ['a port the database does not listen on, in DNS mode', (f, v) => shared(f, { port: v }), 6432, 5432, 'portDiffersFromDatabase', 'port 6432'],
  // messages show a token as the CloudFormation expression it stands for
  ['a gateway without security groups, with an imported port', (f, v) => shared(f, {
    resourceGateway: v(f), port: Token.asNumber(Fn.importValue('Port')),
  }), (f: Fixture) => ResourceGateway.fromResourceGatewayId(f.stack, 'Imported', 'rgw-0123456789abcdef0'), (f: Fixture) => f.gateway,
  'gatewayWithoutSecurityGroups', 'TCP {"Fn::ImportValue":"Port"}'],
  ['an imported custom domain name', (f, v) => shared(f, { customDomainName: v }), Fn.importValue('Domain'), undefined,
    'customDomainNameReplaces', '{"Fn::ImportValue":"Domain"}'],
  ['an imported configuration name', (f, v) => shared(f, { resourceConfigurationName: v }), Fn.importValue('Name'), undefined,
    'fixedConfigurationName', '{"Fn::ImportValue":"Name"}'],
  ['the database hostname as custom domain name', (f, v) => shared(f, { customDomainNameFromDatabase: v }), true, false,
    'customDomainNameReplaces', '{"Fn::GetAtt":["Db5D02A0A9","Endpoint.Address"]}'],
];

describe('LatticeSharedDatabase reports every bad prop at once', () => {
  test('two bad props in one call are both reported, one per line', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => shared(f, { port: 0, resourceConfigurationName: 'rcfg-orders' }));

    // THEN
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message.split('\n')).toEqual([
      'port must be a whole number from 1 to 65535, got 0',
      "resourceConfigurationName must not start with 'rcfg-'; got 'rcfg-orders'",
    ]);
  });

  test('a value rule and a rule of the database are both reported', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => shared(f, { mode: DatabaseSharingMode.ARN, port: 5433, customDomainName: 'Orders DB' }));

    // THEN
    expect(error.message).toMatch(/^port must equal the port of database 'Provider\/Db' \(5432\) in ARN mode/m);
    expect(error.message).toMatch(/^customDomainName must be a lowercase fully qualified domain name .*got 'Orders DB'$/m);
    expect(error.message.split('\n')).toHaveLength(2);
  });

  test('both bad attributes of an import are reported', () => {
    // GIVEN
    const f = new Fixture();

    // WHEN
    const error = errorOf(() => LatticeSharedDatabase.fromResourceConfigurationAttributes(f.stack, 'C', {
      resourceConfigurationArn: 'rcfg-0123456789abcdef0', port: 99999,
    }));

    // THEN
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^resourceConfigurationArn must be an ARN .*got 'rcfg-0123456789abcdef0'$/);
    expect(lines[1]).toBe('port must be a whole number from 1 to 65535, got 99999');
  });
});

describe('LatticeSharedDatabase warns of doubtful input', () => {
  runWarningCases(warnings);
});
