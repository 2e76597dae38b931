/**
 * The stacks of the two-account example (test/cross-account.integ.ts).
 */
import { CfnOutput, Stack, StackProps, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct, IConstruct } from 'constructs';
import {
  DatabaseConsumerAccess,
  LatticeSharedDatabase,
  SecureDatabaseAccess,
  SharedDatabaseEndpoint,
  SharePrincipal,
} from '../../src';

export const PROVIDER_ACCOUNT = '111111111111';
export const CONSUMER_ACCOUNT = '222222222222';
export const REGION = 'us-east-1';
const ACCESS_ROLE_NAME = 'shared-db-reporting';
/** The consumer's application role: the only principal of the consumer account the provider trusts. */
const APP_ROLE_NAME = 'shared-db-reporting-app';
const EXTERNAL_ID = 'shared-db-example';
export const PLACEHOLDER_ARN = `arn:aws:vpc-lattice:${REGION}:${PROVIDER_ACCOUNT}:resourceconfiguration/rcfg-00000000000000000`;
/** The placeholder of the second configuration, whose custom domain name is the RDS hostname. */
export const PLACEHOLDER_TLS_ARN = `arn:aws:vpc-lattice:${REGION}:${PROVIDER_ACCOUNT}:resourceconfiguration/rcfg-00000000000000001`;
/** The placeholder of the database's RDS endpoint hostname, which RDS chooses at deploy time. */
export const PLACEHOLDER_HOSTNAME = `shared-db-placeholder.abcdefghijkl.${REGION}.rds.amazonaws.com`;

/**
 * The database account: the whole provider side from `SecureDatabaseAccess` (a
 * PostgreSQL instance here), plus the IAM role the consumer's application role (and only
 * that role) assumes for IAM database authentication as the database user `reporting`.
 * The master credentials never leave this account.
 */
export class ProviderStack extends Stack {
  /** The provider side. */
  public readonly access: SecureDatabaseAccess;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);

    const consumer = SharePrincipal.account(CONSUMER_ACCOUNT);
    this.access = new SecureDatabaseAccess(this, 'Access', {
      consumers: [consumer],
      databaseOptions: {
        engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_9 }),
        instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
        masterUsername: 'postgres',
      },
      // the consumer uses a resource endpoint, not the service network
      createServiceNetwork: false,
      environment: 'example',
    });

    const consumerAccess = new DatabaseConsumerAccess(this, 'ConsumerAccess', {
      consumers: [consumer],
      // the application role of the consumer stack below, by the name it gives it
      principalArns: [`arn:${this.partition}:iam::${CONSUMER_ACCOUNT}:role/${APP_ROLE_NAME}`],
      databaseUsers: ['reporting'],
      instance: this.access.database,
      externalId: EXTERNAL_ID,
      roleName: ACCESS_ROLE_NAME,
    });

    new CfnOutput(this, 'AccessRoleArn', { value: consumerAccess.roleArn! });

    // The same database once more, under a configuration whose custom domain name is its RDS
    // endpoint hostname: consumers that resolve that name to their endpoint verify the server
    // certificate (sslmode=verify-full). A second configuration leaves the first one, and the
    // endpoints consumers already have to it, as they are.
    const byRdsHostname = new LatticeSharedDatabase(this, 'SharedByRdsHostname', {
      resourceGateway: this.access.resourceGateway,
      instance: this.access.database!,
      customDomainNameFromDatabase: true,
      accessLogGroup: this.access.sharedDatabase.accessLogGroup,
    });
    this.access.share.addResourceConfiguration(byRdsHostname);
    new CfnOutput(this, 'TlsResourceConfigurationArn', {
      value: byRdsHostname.resourceConfigurationArn,
      description: 'Resource configuration whose custom domain name is the RDS endpoint hostname',
    });
    new CfnOutput(this, 'DatabaseHostname', {
      value: byRdsHostname.domainName!,
      description: 'RDS endpoint hostname: the custom domain name of TlsResourceConfigurationArn and the name the server certificate covers',
    });
  }
}

export interface ConsumerStackProps extends StackProps {
  /** The provider's resource configuration ARN, read from context. */
  readonly resourceConfigurationArn: string;

  /**
   * The provider's `TlsResourceConfigurationArn` output, read from context.
   * @default PLACEHOLDER_TLS_ARN
   */
  readonly tlsResourceConfigurationArn?: string;

  /**
   * The provider's `DatabaseHostname` output, read from context.
   * @default PLACEHOLDER_HOSTNAME
   */
  readonly databaseHostname?: string;
}

/** The application account: the resource endpoint and an application that may use it. */
export class ConsumerStack extends Stack {
  constructor(scope: Construct, id: string, props: ConsumerStackProps) {
    super(scope, id, props);

    const vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 0,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
      flowLogs: {
        all: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(new logs.LogGroup(this, 'FlowLogs', {
            retention: logs.RetentionDays.ONE_YEAR,
            encryptionKey: logsKey(this),
          })),
        },
      },
    });
    acknowledge(vpc.node.defaultChild!, ['NIST.800.53.R5::NIST.800.53.R5-VPCDefaultSecurityGroupClosed', 'HIPAA.Security::HIPAA.Security-VPCDefaultSecurityGroupClosed'],
      'Closing the default security group needs a Lambda-backed custom resource; nothing in this VPC uses the default group.');
    acknowledge(vpc.node.findChild('all').node.findChild('IAMRole').node.findChild('DefaultPolicy').node.defaultChild!,
      ['NIST.800.53.R5::NIST.800.53.R5-IAMNoInlinePolicy', 'HIPAA.Security::HIPAA.Security-IAMNoInlinePolicy'],
      'The policy aws-cdk-lib gives the flow log role only lets it deliver logs to this one log group.');
    const appSecurityGroup = new ec2.SecurityGroup(this, 'AppSecurityGroup', {
      vpc,
      description: 'The application that reads the shared database',
      allowAllOutbound: false,
    });

    const endpoint = new SharedDatabaseEndpoint(this, 'Database', {
      vpc,
      resourceConfigurationArn: props.resourceConfigurationArn,
      port: 5432,
    });
    endpoint.connections.allowDefaultPortFrom(appSecurityGroup);

    // The application's role may assume the provider's access role for IAM database authentication.
    const appRole = new iam.Role(this, 'AppRole', {
      // the provider's trust policy names this role by its ARN
      roleName: APP_ROLE_NAME,
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    });
    new iam.ManagedPolicy(this, 'AssumeProviderRole', {
      roles: [appRole],
      statements: [new iam.PolicyStatement({
        actions: ['sts:AssumeRole'],
        resources: [`arn:${this.partition}:iam::${PROVIDER_ACCOUNT}:role/${ACCESS_ROLE_NAME}`],
      })],
    });

    new CfnOutput(this, 'EndpointDnsName', { value: endpoint.dnsName });
    new CfnOutput(this, 'EndpointId', { value: endpoint.vpcEndpointId });

    // The second configuration: its custom domain name is the RDS hostname, which private DNS
    // resolves to this endpoint in this VPC, so the application connects by the name the
    // certificate covers and verifies it.
    const byRdsHostname = SharedDatabaseEndpoint.fromProviderOutputs(this, 'DatabaseByRdsHostname', {
      resourceConfigurationArn: props.tlsResourceConfigurationArn ?? PLACEHOLDER_TLS_ARN,
      databasePort: '5432',
      customDomainName: props.databaseHostname ?? PLACEHOLDER_HOSTNAME,
    }, { vpc });
    byRdsHostname.connections.allowDefaultPortFrom(appSecurityGroup);
    new CfnOutput(this, 'PsqlCommand', {
      value: `psql "host=${byRdsHostname.hostname} port=${byRdsHostname.port} dbname=postgres user=reporting sslmode=verify-full sslrootcert=global-bundle.pem"`,
      description: 'How the application connects with IAM authentication (PGPASSWORD from aws rds generate-db-auth-token --hostname <the same host>): global-bundle.pem from https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem',
    });
  }
}

/** A key CloudWatch Logs of this account and region may use for log groups. */
function logsKey(scope: Stack): kms.Key {
  const key = new kms.Key(scope, 'LogsKey', { enableKeyRotation: true });
  key.addToResourcePolicy(new iam.PolicyStatement({
    principals: [new iam.ServicePrincipal(`logs.${scope.region}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${scope.partition}:logs:${scope.region}:${scope.account}:log-group:*` } },
  }));
  return key;
}

function acknowledge(scope: IConstruct, ids: string[], reason: string): void {
  for (const id of ids) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}
