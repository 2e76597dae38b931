import { Duration, Fn, Lazy, Token } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { access, CONSUMER, Fixture } from './fixture';
import {
  CrossAccountShare,
  DatabaseConsumerAccess,
  LatticeSharedDatabase,
  ResourceGateway,
  ServiceNetwork,
  SharedDatabaseEndpoint,
  SharedServiceNetworkConnection,
  SharePrincipal,
} from '../../src';

/*
 * Values only known at deploy time (imports, Lazy values, references) are never
 * refused for what they might turn out to be.
 */

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
        // the account of a principal ARN must be literal; the partition may be a token
        principalArns: [`arn:${f.stack.partition}:iam::${CONSUMER}:role/reporting-app`],
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
