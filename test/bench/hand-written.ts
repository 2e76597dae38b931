/**
 * The benchmark's baseline: the infrastructure of the example's default template
 * (test/example/stack.ts with no context) written the way a user would write it without
 * this library, with aws-cdk-lib L1 and L2 classes only. It must stay free of imports from
 * src/: the point is to measure what the library costs on top of aws-cdk-lib.
 */
import { ArnFormat, CfnOutput, Duration, RemovalPolicy, SecretValue, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ram from 'aws-cdk-lib/aws-ram';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';

/** The consumer account of the example's default context (a documentation placeholder). */
const CONSUMER_ACCOUNT = '123456789012';
const PORT = 3306;

/**
 * VPC, flow logs, KMS key, MySQL 8.4 with TLS, audit plugin and an RDS-managed secret,
 * VPC Lattice resource gateway, resource configuration, service network with access logs,
 * two RAM shares and a CloudTrail trail: one stack, written by hand.
 */
export class HandWrittenStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, props);

    const key = new kms.Key(this, 'EncryptionKey', {
      description: 'Encrypts the shared database, its secret and logs',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudWatchLogsOfThisAccount',
      principals: [new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      conditions: {
        ArnLike: {
          'kms:EncryptionContext:aws:logs:arn': this.formatArn({ service: 'logs', resource: 'log-group', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
        },
      },
    }));
    key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'AllowCloudTrailOfThisAccount',
      principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
      actions: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
      resources: ['*'],
      conditions: { StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${this.partition}:cloudtrail:*:${this.account}:trail/*` } },
    }));

    // ------------------------------------------------------------ network
    const vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.0.0.0/16'),
      maxAzs: 2,
      natGateways: 0,
      createInternetGateway: false,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [{ name: 'Database', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
    });
    const flowLogGroup = new logs.LogGroup(this, 'FlowLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new ec2.FlowLog(this, 'FlowLog', {
      resourceType: ec2.FlowLogResourceType.fromVpc(vpc),
      destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    const subnetIds = vpc.isolatedSubnets.map(s => s.subnetId);

    const gatewaySg = new ec2.SecurityGroup(this, 'GatewaySecurityGroup', {
      vpc,
      description: 'VPC Lattice resource gateway: egress only to the database',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    const databaseSg = new ec2.SecurityGroup(this, 'DatabaseSecurityGroup', {
      vpc,
      description: 'Shared database: admits its port from the VPC Lattice resource gateway only',
      allowAllOutbound: false,
      allowAllIpv6Outbound: false,
    });
    databaseSg.connections.allowFrom(gatewaySg, ec2.Port.tcp(PORT), 'VPC Lattice resource gateway to database');

    // ------------------------------------------------------------ database
    const engine = rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_8 });
    const parameterGroup = new rds.ParameterGroup(this, 'ParameterGroup', {
      engine,
      description: 'Requires TLS for every connection',
      parameters: { require_secure_transport: '1' },
    });
    const optionGroup = new rds.OptionGroup(this, 'OptionGroup', {
      engine,
      description: 'Audit log of connections and DDL/DCL statements',
      configurations: [{ name: 'MARIADB_AUDIT_PLUGIN', settings: { SERVER_AUDIT_EVENTS: 'CONNECT,QUERY_DDL,QUERY_DCL' } }],
    });
    const database = new rds.DatabaseInstance(this, 'Database', {
      engine,
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups: [databaseSg],
      // replaced below by a password RDS manages in Secrets Manager
      credentials: rds.Credentials.fromPassword('dbadmin', SecretValue.unsafePlainText('replaced')),
      allocatedStorage: 20,
      storageType: rds.StorageType.GP3,
      storageEncrypted: true,
      storageEncryptionKey: key,
      multiAz: false,
      publiclyAccessible: false,
      backupRetention: Duration.days(7),
      deleteAutomatedBackups: false,
      deletionProtection: false,
      removalPolicy: RemovalPolicy.SNAPSHOT,
      parameterGroup,
      optionGroup,
      iamAuthentication: true,
      cloudwatchLogsExports: ['error', 'general', 'slowquery', 'audit'],
      enablePerformanceInsights: false,
      autoMinorVersionUpgrade: true,
      copyTagsToSnapshot: true,
      caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
    });
    const cfnDatabase = database.node.defaultChild as rds.CfnDBInstance;
    cfnDatabase.masterUserPassword = undefined;
    cfnDatabase.manageMasterUserPassword = true;
    cfnDatabase.masterUserSecret = { kmsKeyId: key.keyArn };

    // ------------------------------------------------------------ VPC Lattice
    const gateway = new vpclattice.CfnResourceGateway(this, 'ResourceGateway', {
      name: 'shared-database-gateway',
      vpcIdentifier: vpc.vpcId,
      subnetIds,
      securityGroupIds: [gatewaySg.securityGroupId],
      ipAddressType: 'IPV4',
    });
    const configuration = new vpclattice.CfnResourceConfiguration(this, 'ResourceConfiguration', {
      name: 'shared-database',
      resourceGatewayId: gateway.attrId,
      resourceConfigurationType: 'SINGLE',
      resourceConfigurationDefinition: { dnsResource: { domainName: database.dbInstanceEndpointAddress, ipAddressType: 'IPV4' } },
      portRanges: [String(PORT)],
      protocolType: 'TCP',
      allowAssociationToSharableServiceNetwork: true,
    });
    const serviceNetwork = new vpclattice.CfnServiceNetwork(this, 'ServiceNetwork', {
      name: 'shared-database-network',
      authType: 'NONE',
      sharingConfig: { enabled: true },
    });
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      logGroupName: '/aws/vendedlogs/vpclattice/shared-database-network',
      retention: logs.RetentionDays.ONE_YEAR,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new vpclattice.CfnAccessLogSubscription(this, 'AccessLogSubscription', {
      resourceIdentifier: serviceNetwork.attrId,
      destinationArn: accessLogs.logGroupArn,
      serviceNetworkLogType: 'RESOURCE',
    });
    new vpclattice.CfnServiceNetworkResourceAssociation(this, 'Association', {
      resourceConfigurationId: configuration.attrId,
      serviceNetworkId: serviceNetwork.attrId,
      privateDnsEnabled: true,
    });

    // ------------------------------------------------------------ RAM
    const share = new ram.CfnResourceShare(this, 'Share', {
      name: 'shared-database',
      principals: [CONSUMER_ACCOUNT],
      resourceArns: [configuration.attrArn],
      permissionArns: [`arn:${this.partition}:ram::aws:permission/AWSRAMPermissionVpcLatticeResourceConfiguration`],
      allowExternalPrincipals: true,
    });
    new ram.CfnResourceShare(this, 'ServiceNetworkShare', {
      name: 'shared-database-network',
      principals: [CONSUMER_ACCOUNT],
      resourceArns: [serviceNetwork.attrArn],
      permissionArns: [`arn:${this.partition}:ram::aws:permission/AWSRAMPermissionVpcLatticeServiceNetworkReadWrite`],
      allowExternalPrincipals: true,
    });

    // ------------------------------------------------------------ audit trail
    const trailAccessLogs = new s3.Bucket(this, 'TrailAccessLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trailBucket = new s3.Bucket(this, 'TrailBucket', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: trailAccessLogs,
      serverAccessLogsPrefix: 'trail-bucket/',
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trailLogGroup = new logs.LogGroup(this, 'TrailLogGroup', {
      retention: logs.RetentionDays.ONE_YEAR,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new cloudtrail.Trail(this, 'Trail', {
      bucket: trailBucket,
      encryptionKey: key,
      enableFileValidation: true,
      includeGlobalServiceEvents: true,
      isMultiRegionTrail: true,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: trailLogGroup,
    });

    // ------------------------------------------------------------ tags and outputs
    Tags.of(this).add('Environment', 'development');
    Tags.of(this).add('CostCenter', 'engineering');
    new CfnOutput(this, 'ResourceConfigurationArn', { value: configuration.attrArn });
    new CfnOutput(this, 'ServiceNetworkArn', { value: serviceNetwork.attrArn });
    new CfnOutput(this, 'ResourceShareArn', { value: share.attrArn });
    new CfnOutput(this, 'DatabaseSecretArn', { value: cfnDatabase.attrMasterUserSecretSecretArn });
    new CfnOutput(this, 'DatabasePort', { value: String(PORT) });
  }
}
