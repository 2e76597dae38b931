import { Aws } from 'aws-cdk-lib';
import { Case, CONFIGURATION_ARN, CONSUMER, Fixture, PROVIDER, runCases, SERVICE_NETWORK_ARN } from './fixture';
import {
  CrossAccountShare,
  IServiceNetwork,
  LatticeSharedDatabase,
  ServiceNetwork,
  SharePrincipal,
  SharePrincipalType,
} from '../../src';
import { iamPrincipalFor } from '../../src/private/principals';

/*
 * Sources of the AWS rules the cases check (each case names its own):
 * - [RAM-API] AWS RAM API Reference, CreateResourceShare (principals: an account id, an
 *   organization ARN, an OU ARN; name: String, required):
 *   https://docs.aws.amazon.com/ram/latest/APIReference/API_CreateResourceShare.html
 * - [CFN] AWS::RAM::ResourceShare (AllowExternalPrincipals: Boolean; Name: String, required):
 *   https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ram-resourceshare.html
 * - [ACCOUNT] "The regex pattern for an account ID string requires exactly 12 digits",
 *   AWS Organizations API Reference, DescribeAccount:
 *   https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeAccount.html
 * - [ORG-ARN] arn:${Partition}:organizations::${Account}:organization/o-... and .../ou/o-.../ou-...,
 *   no region: https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsorganizations.html;
 *   ids: https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 * - [RAM-ARN] arn:${Partition}:ram:${Region}:${Account}:resource-share/...:
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsresourceaccessmanagerram.html
 * - [LATTICE-ARN] resourceconfiguration/rcfg-..., servicenetwork/sn-...:
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonvpclattice.html
 * - [PARTITION] the partitions an ARN can name (IAM identifiers, ARNs):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html; partitions are a hard
 *   boundary: https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html
 * - [REGIONAL] "AWS RAM resource shares exist in specific AWS Regions":
 *   https://docs.aws.amazon.com/ram/latest/userguide/working-with-shared-view-principals.html
 */

const ORG_ARN = `arn:aws:organizations::${PROVIDER}:organization/o-exampleorg1`;
const OU_ARN = `arn:aws:organizations::${PROVIDER}:ou/o-exampleorg1/ou-abcd-exampleou`;
const SHARE_ARN = `arn:aws:ram:us-east-1:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`;

const configuration = (f: Fixture) => LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C', CONFIGURATION_ARN);
const otherConfiguration = (f: Fixture) => LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'C2',
  `arn:aws:vpc-lattice:us-east-1:${PROVIDER}:resourceconfiguration/rcfg-0123456789abcdef1`);
const network = (f: Fixture) => ServiceNetwork.fromServiceNetworkArn(f.stack, 'N', SERVICE_NETWORK_ARN);

/** A share with one account and (unless the props give theirs) one configuration, and the given props. */
const share = (f: Fixture, props: object) => new CrossAccountShare(f.stack, 'S', {
  principals: [SharePrincipal.account(CONSUMER)],
  ...('resourceConfigurations' in props ? {} : { resourceConfigurations: [configuration(f)] }),
  ...props,
});

/** The same share, with one principal added afterwards. */
const added = (f: Fixture, principal: unknown) => share(f, {}).addPrincipal(principal as SharePrincipal);

const principalCases: Case[] = [
  // [ACCOUNT]
  ['account id of 5 digits', (f, v) => share(f, { principals: [SharePrincipal.account(v)] }),
    '12345', CONSUMER, 'SharePrincipal.account', "'12345'"],
  // [ACCOUNT]
  ['empty account id', (f, v) => share(f, { principals: [SharePrincipal.account(v)] }),
    '', CONSUMER, 'SharePrincipal.account', "got ''"],
  // [ACCOUNT]: a number from JavaScript loses nothing here, but is no account id string
  ['account id given as a number', (f, v) => share(f, { principals: [SharePrincipal.account(v)] }),
    222222222222, CONSUMER, 'SharePrincipal.account', 'got 222222222222'],
  // [RAM-API]: an organization is named by its ARN, not its id
  ['organization id instead of its ARN', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    'o-exampleorg1', ORG_ARN, 'SharePrincipal.organization', "'o-exampleorg1'"],
  // [RAM-API]: an OU is named by its ARN, not its id
  ['OU id instead of its ARN', (f, v) => share(f, { principals: [SharePrincipal.organizationalUnit(v)] }),
    'ou-abcd-exampleou', OU_ARN, 'SharePrincipal.organizationalUnit', "'ou-abcd-exampleou'"],
  // [ORG-ARN] [PARTITION]
  ['organization ARN with a misspelt partition', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:aws-gov:organizations::${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'SharePrincipal.organization', "partition 'aws-gov'"],
  // [ORG-ARN]: an organizations ARN has no region
  ['organization ARN with a region', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:aws:organizations:us-east-1:${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'SharePrincipal.organization', "region 'us-east-1'"],
  // [ORG-ARN]
  ['organization ARN of another service', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:aws:iam::${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'SharePrincipal.organization', "service is 'iam'"],
  // [ORG-ARN]: Organization.Id is o- and 10 to 32 lowercase letters or digits
  ['organization ARN with a short organization id', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:aws:organizations::${PROVIDER}:organization/o-abc`, ORG_ARN, 'SharePrincipal.organization', "'organization/o-abc'"],
  // [ORG-ARN]
  ['OU ARN as the organization', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    OU_ARN, ORG_ARN, 'SharePrincipal.organization', "'ou/o-exampleorg1/ou-abcd-exampleou'"],
  // [ORG-ARN] [PARTITION]
  ['OU ARN with a misspelt partition', (f, v) => share(f, { principals: [SharePrincipal.organizationalUnit(v)] }),
    `arn:aws-gov:organizations::${PROVIDER}:ou/o-exampleorg1/ou-abcd-exampleou`, OU_ARN, 'SharePrincipal.organizationalUnit', "partition 'aws-gov'"],
  // [ORG-ARN]: an organizations ARN has no region
  ['OU ARN with a region', (f, v) => share(f, { principals: [SharePrincipal.organizationalUnit(v)] }),
    `arn:aws:organizations:us-east-1:${PROVIDER}:ou/o-exampleorg1/ou-abcd-exampleou`, OU_ARN, 'SharePrincipal.organizationalUnit', "region 'us-east-1'"],
  // [ORG-ARN]
  ['organization ARN as the OU', (f, v) => share(f, { principals: [SharePrincipal.organizationalUnit(v)] }),
    ORG_ARN, OU_ARN, 'SharePrincipal.organizationalUnit', "'organization/o-exampleorg1'"],
  // [PARTITION]: an organization in GovCloud cannot be given a us-east-1 resource
  ['organization of another partition than the stack', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:aws-us-gov:organizations::${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'principals[0].principal', "'aws-us-gov'"],
  // [PARTITION]
  ['OU of another partition than the stack', (f, v) => share(f, { principals: [SharePrincipal.organizationalUnit(v)] }),
    `arn:aws-cn:organizations::${PROVIDER}:ou/o-exampleorg1/ou-abcd-exampleou`, OU_ARN, 'principals[0].principal', "'aws-cn'"],
  // [PARTITION], through addPrincipal
  ['organization of another partition, added later', (f, v) => added(f, SharePrincipal.organization(v)),
    `arn:aws-cn:organizations::${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'addPrincipal(principal).principal', "'aws-cn'"],
  // [ORG-ARN]: a token inside the ARN, checked by the share and shown as its expression
  ['organization ARN with a token partition and a region', (f, v) => share(f, { principals: [SharePrincipal.organization(v)] }),
    `arn:${Aws.PARTITION}:organizations:us-east-1:${PROVIDER}:organization/o-exampleorg1`,
    `arn:${Aws.PARTITION}:organizations::${PROVIDER}:organization/o-exampleorg1`, 'principals[0].principal', '{"Ref":"AWS::Partition"}'],
  // the library's rule: a share names the accounts it shares with, not its own
  ['its own account as principal', (f, v) => share(f, { principals: [SharePrincipal.account(v)] }),
    PROVIDER, CONSUMER, 'principals[0].principal', `'${PROVIDER}'`],
  ['its own account, added later', (f, v) => added(f, SharePrincipal.account(v)),
    PROVIDER, '333333333333', 'addPrincipal(principal).principal', `'${PROVIDER}'`],
];

/** Principals that type-check (object literals) or come from JavaScript / JSON, bypassing SharePrincipal's factories. */
const bypassCases: Case[] = [
  // [ACCOUNT]
  ['object literal account of 3 digits', (f, v) => share(f, { principals: [{ type: SharePrincipalType.ACCOUNT, principal: v }] }),
    '123', CONSUMER, 'principals[0].principal', "'123'"],
  // [RAM-API] [ORG-ARN]
  ['object literal organization by its id', (f, v) => share(f, { principals: [{ type: SharePrincipalType.ORGANIZATION, principal: v }] }),
    'o-exampleorg1', ORG_ARN, 'principals[0].principal', "'o-exampleorg1'"],
  // [ORG-ARN]
  ['object literal OU holding an organization ARN', (f, v) => share(f, { principals: [{ type: SharePrincipalType.ORGANIZATIONAL_UNIT, principal: v }] }),
    ORG_ARN, OU_ARN, 'principals[0].principal', "'organization/o-exampleorg1'"],
  // [ORG-ARN]: partition misspelt in an object literal too
  ['object literal organization with a misspelt partition', (f, v) => share(f, { principals: [{ type: SharePrincipalType.ORGANIZATION, principal: v }] }),
    `arn:aws-gov:organizations::${PROVIDER}:organization/o-exampleorg1`, ORG_ARN, 'principals[0].principal', "partition 'aws-gov'"],
  // [RAM-API]: a principal is an account, an organization or an OU
  ['unknown principal type', (f, v) => share(f, { principals: [{ type: v, principal: CONSUMER }] }),
    'account', SharePrincipalType.ACCOUNT, 'principals[0].type', "got 'account'"],
  ['principal without a type', (f, v) => share(f, { principals: [{ type: v, principal: CONSUMER }] }),
    undefined, SharePrincipalType.ACCOUNT, 'principals[0].type', 'got undefined'],
  // [ACCOUNT]
  ['object literal account without its id', (f, v) => share(f, { principals: [{ type: SharePrincipalType.ACCOUNT, principal: v }] }),
    undefined, CONSUMER, 'principals[0].principal', 'got undefined'],
  ['null principal', (f, v) => share(f, { principals: [SharePrincipal.account(CONSUMER), v] }),
    null, SharePrincipal.account('333333333333'), 'principals[1]', 'got null'],
  ['account id string instead of a SharePrincipal', (f, v) => share(f, { principals: [v] }),
    CONSUMER, SharePrincipal.account(CONSUMER), 'principals[0]', `got '${CONSUMER}'`],
  ['one principal instead of a list', (f, v) => share(f, { principals: v }),
    SharePrincipal.account(CONSUMER), [SharePrincipal.account(CONSUMER)], 'principals', `{"type":"ACCOUNT","principal":"${CONSUMER}"}`],
  ['principals left out (JavaScript)', (f, v) => share(f, { principals: v }),
    undefined, [SharePrincipal.account(CONSUMER)], 'principals', 'got undefined'],
  ['no principals (found by synth)', (f, v) => share(f, { principals: v }),
    [], [SharePrincipal.account(CONSUMER)], 'principals', 'got none'],
  ['addPrincipal(null)', (f, v) => added(f, v),
    null, SharePrincipal.account('333333333333'), 'addPrincipal(principal)', 'got null'],
  // [ACCOUNT]
  ['addPrincipal with an object literal account of 11 digits', (f, v) => added(f, { type: SharePrincipalType.ACCOUNT, principal: v }),
    '33333333333', '333333333333', 'addPrincipal(principal).principal', "'33333333333'"],
  ['addPrincipal with an unknown type', (f, v) => added(f, { type: v, principal: '333333333333' }),
    'USER', SharePrincipalType.ACCOUNT, 'addPrincipal(principal).type', "got 'USER'"],
  // the IAM principal of a consumer refuses the same, never with a TypeError
  ['IAM principal of a consumer of an unknown type', (_f, v) => iamPrincipalFor(v),
    { type: 'ROLE', principal: CONSUMER }, SharePrincipal.account(CONSUMER), 'consumer.type', "got 'ROLE'"],
  ['IAM principal of a null consumer', (_f, v) => iamPrincipalFor(v),
    null, SharePrincipal.organizationalUnit(OU_ARN), 'consumer', 'got null'],
];

const resourceCases: Case[] = [
  // [LATTICE-ARN]: AWS RAM shares what this account owns
  ['a configuration of another account', (f, v) => share(f, {
    resourceConfigurations: [LatticeSharedDatabase.fromResourceConfigurationArn(f.stack, 'Foreign', v)],
  }), 'arn:aws:vpc-lattice:us-east-1:333333333333:resourceconfiguration/rcfg-0123456789abcdef0', CONFIGURATION_ARN,
  'resourceConfigurations[0]', "'333333333333'"],
  // [REGIONAL]
  ['a service network of another region', (f, v) => share(f, {
    serviceNetworks: [ServiceNetwork.fromServiceNetworkArn(f.stack, 'Foreign', v)],
  }), `arn:aws:vpc-lattice:eu-west-1:${PROVIDER}:servicenetwork/sn-0123456789abcdef0`, SERVICE_NETWORK_ARN,
  'serviceNetworks[0]', "'eu-west-1'"],
  ['null among the resource configurations', (f, v) => share(f, { resourceConfigurations: [configuration(f), v(f)] }),
    () => null, otherConfiguration, 'resourceConfigurations[1]', 'got null'],
  ['one resource configuration instead of a list', (f, v) => share(f, { resourceConfigurations: v(f) }),
    configuration, (f: Fixture) => [configuration(f)], 'resourceConfigurations', "got 'Provider/C'"],
  ['a resource configuration given as its ARN', (f, v) => share(f, { resourceConfigurations: [v(f)] }),
    () => CONFIGURATION_ARN, configuration, 'resourceConfigurations[0]', `'${CONFIGURATION_ARN}'`],
  // [LATTICE-ARN]: a resource configuration that holds the ARN of a service network
  ['a resource configuration whose ARN is a service network ARN', (f, v) => share(f, { resourceConfigurations: [{ resourceConfigurationArn: v }] }),
    SERVICE_NETWORK_ARN, CONFIGURATION_ARN, 'resourceConfigurations[0].resourceConfigurationArn', "'servicenetwork/sn-0123456789abcdef0'"],
  ['null among the service networks', (f, v) => share(f, { serviceNetworks: [v(f)] }),
    () => undefined, network, 'serviceNetworks[0]', 'got undefined'],
  ['a service network id instead of a list', (f, v) => share(f, { serviceNetworks: v }),
    'sn-0123456789abcdef0', [], 'serviceNetworks', "'sn-0123456789abcdef0'"],
  ['addResourceConfiguration(undefined)', (f, v) => share(f, {}).addResourceConfiguration(v(f)),
    () => undefined, otherConfiguration, 'addResourceConfiguration(configuration)', 'got undefined'],
  ['addServiceNetwork(null)', (f, v) => share(f, {}).addServiceNetwork(v(f)),
    () => null, network, 'addServiceNetwork(serviceNetwork)', 'got null'],
  // [LATTICE-ARN]
  ['addServiceNetwork with a configuration ARN', (f, v) => share(f, {}).addServiceNetwork({ serviceNetworkArn: v } as IServiceNetwork),
    CONFIGURATION_ARN, SERVICE_NETWORK_ARN, 'addServiceNetwork(serviceNetwork).serviceNetworkArn', "'resourceconfiguration/rcfg-0123456789abcdef0'"],
];

const shareCases: Case[] = [
  // [CFN] AllowExternalPrincipals is a Boolean: 'false' would be taken as true
  ['allowExternalPrincipals as a string', (f, v) => share(f, { allowExternalPrincipals: v }),
    'false', false, 'allowExternalPrincipals', "got 'false'"],
  // [RAM-API] [CFN] name: String, Required: Yes (no length or characters are documented)
  ['empty share name', (f, v) => share(f, { resourceShareName: v }),
    '', 'orders-database', 'resourceShareName', "got ''"],
  ['blank share name', (f, v) => share(f, { resourceShareName: v }),
    '  ', 'orders-database', 'resourceShareName', "'  '"],
  // [CFN] Name: String
  ['share name as a number', (f, v) => share(f, { resourceShareName: v }),
    42, 'orders-database', 'resourceShareName', 'got 42'],
  ['no props (JavaScript)', (f, v) => new CrossAccountShare(f.stack, 'S', v(f)),
    () => undefined, (f: Fixture) => ({ principals: [SharePrincipal.account(CONSUMER)], resourceConfigurations: [configuration(f)] }),
    'props', 'got undefined'],
  // [RAM-ARN]
  ['import by a malformed ARN', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    'resource-share/123', SHARE_ARN, 'resourceShareArn', "'resource-share/123'"],
  // [RAM-ARN] [PARTITION]
  ['import by an ARN with a misspelt partition', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    `arn:aws-gov:ram:us-gov-west-1:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`,
    `arn:aws-us-gov:ram:us-gov-west-1:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`, 'resourceShareArn', "partition 'aws-gov'"],
  // [RAM-ARN]: a regional ARN names a region, not an Availability Zone
  ['import by an ARN with an Availability Zone for its region', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    `arn:aws:ram:us-east-1a:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`, SHARE_ARN, 'resourceShareArn', "region 'us-east-1a'"],
  // [RAM-ARN]
  ['import by the ARN of a resource configuration', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    CONFIGURATION_ARN, SHARE_ARN, 'resourceShareArn', "service is 'vpc-lattice'"],
  // [RAM-ARN] [ACCOUNT]
  ['import by an ARN with an 11-digit account', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    'arn:aws:ram:us-east-1:11111111111:resource-share/0123abcd-4567-89ef-0123-456789abcdef', SHARE_ARN, 'resourceShareArn', "'11111111111'"],
  // [RAM-ARN]: a token inside the ARN shows as its expression
  ['import by an ARN with a token partition and an Availability Zone', (f, v) => CrossAccountShare.fromResourceShareArn(f.stack, 'S', v),
    `arn:${Aws.PARTITION}:ram:us-east-1a:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`,
    `arn:${Aws.PARTITION}:ram:us-east-1:${PROVIDER}:resource-share/0123abcd-4567-89ef-0123-456789abcdef`, 'resourceShareArn', '{"Ref":"AWS::Partition"}'],
];

describe('CrossAccountShare and SharePrincipal refuse bad input', () => {
  describe('principals', () => runCases(principalCases));
  describe('principals that bypass SharePrincipal', () => runCases(bypassCases));
  describe('resources', () => runCases(resourceCases));
  describe('the share', () => runCases(shareCases));
});
