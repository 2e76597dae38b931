import { Annotations, Arn, ArnFormat, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { latticeName } from './private/names';
import { addResourceLimitValidation } from './private/resource-limit';
import { ownSecurityGroups } from './private/security-groups';
import { selectPrivateSubnets } from './private/subnets';
import { show, validateArn, validateExactlyOne, validateLatticeName, validateRange } from './private/validation';

/**
 * The IP address types a resource gateway can use.
 */
export enum ResourceGatewayIpAddressType {
  /** IPv4 addresses only. */
  IPV4 = 'IPV4',
  /** IPv6 addresses only. */
  IPV6 = 'IPV6',
  /** Both IPv4 and IPv6 addresses. */
  DUALSTACK = 'DUALSTACK',
}

/**
 * Where a resource gateway resolves the domain names of DNS-type resource configurations.
 */
export enum ResourceConfigDnsResolution {
  /** Resolve through the VPC's own resolver (private hosted zones apply). */
  IN_VPC = 'IN_VPC',
  /** Resolve through public DNS. */
  PUBLIC = 'PUBLIC',
}

/**
 * A VPC Lattice resource gateway: the point where traffic from consumers enters the
 * VPC that holds the database.
 */
export interface IResourceGateway extends IResource, ec2.IConnectable {
  /**
   * The id of the resource gateway, such as `rgw-0123456789abcdef0`.
   * @attribute
   */
  readonly resourceGatewayId: string;

  /**
   * The ARN of the resource gateway.
   * @attribute
   */
  readonly resourceGatewayArn: string;

  /**
   * Where the gateway resolves the domain names of its resource configurations, when
   * known. `LatticeSharedDatabase` refuses an ARN-type configuration on an `IN_VPC`
   * gateway, which AWS does not allow.
   */
  readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;

  /**
   * The IP address type of the gateway, when known. `LatticeSharedDatabase` refuses a
   * DNS-type configuration of an RDS endpoint (IPv4 addresses) on an IPv6-only gateway.
   */
  readonly ipAddressType?: ResourceGatewayIpAddressType;
}

/**
 * What identifies an existing resource gateway. Give exactly one of
 * `resourceGatewayId` and `resourceGatewayArn`.
 */
export interface ResourceGatewayAttributes {
  /**
   * The id of the resource gateway, such as `rgw-0123456789abcdef0`.
   * @default - derived from `resourceGatewayArn`
   */
  readonly resourceGatewayId?: string;

  /**
   * The ARN of the resource gateway.
   * @default - built from `resourceGatewayId` in this stack's account and region
   */
  readonly resourceGatewayArn?: string;

  /**
   * The security groups of the resource gateway, so that `connections` can open
   * database ports to it.
   * @default - no security groups: `connections` adds no rules for this gateway
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * Where the gateway resolves the domain names of its resource configurations, so
   * that `LatticeSharedDatabase` can refuse what AWS rejects.
   * @default - unknown: not checked
   */
  readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;

  /**
   * The IP address type of the gateway, so that `LatticeSharedDatabase` can refuse
   * what AWS rejects.
   * @default - unknown: not checked
   */
  readonly ipAddressType?: ResourceGatewayIpAddressType;
}

/**
 * Properties of a `ResourceGateway`.
 */
export interface ResourceGatewayProps {
  /**
   * The VPC the gateway lives in: the VPC of the database it exposes.
   */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets the gateway places its network interfaces in. They must span at
   * least two Availability Zones: a consumer's resource endpoint only works in an
   * Availability Zone the gateway also uses. Changing the selected subnets replaces
   * the gateway (and the resource configurations behind it).
   * @default - the VPC's isolated subnets if it has any, otherwise its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the gateway (at most 5). They control traffic out of the
   * gateway to the database.
   * @default - a new security group that allows no egress until a database is connected
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * The IP address type of the gateway. Changing it replaces the gateway (and the
   * resource configurations behind it).
   * @default ResourceGatewayIpAddressType.IPV4
   */
  readonly ipAddressType?: ResourceGatewayIpAddressType;

  /**
   * How many IPv4 addresses the gateway assigns to each network interface (1-62).
   * Each address carries a limited number of concurrent connections. Changing it
   * replaces the gateway: VPC Lattice fixes it at creation, so the construct gives the
   * gateway a new name. Not allowed with `ResourceGatewayIpAddressType.IPV6`.
   * @default - the service default (16)
   */
  readonly ipv4AddressesPerEni?: number;

  /**
   * Where the gateway resolves the domain names of DNS-type resource configurations.
   * Changing it replaces the gateway (and the resource configurations behind it). An
   * `IN_VPC` gateway cannot carry ARN-type configurations (`DatabaseSharingMode.ARN`),
   * nor be IPv6-only.
   * @default - the service default (`PUBLIC`)
   */
  readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;

  /**
   * The name of the gateway: 3-40 lowercase letters, digits and single hyphens, not
   * starting with `rgw-`. Names are unique in the account, and CloudFormation creates a
   * replacement before it deletes the old gateway: with a fixed name, a change that
   * replaces the gateway fails unless the name changes in the same deployment (synth
   * warns).
   * @default - a name derived from the construct path, ending in a hash of the values
   * whose change replaces the gateway (so a replacement gets a new name)
   */
  readonly resourceGatewayName?: string;
}

const GATEWAY_ARN = /^arn:aws[a-z-]*:vpc-lattice:[a-z0-9-]+:\d{12}:resourcegateway\/rgw-[0-9a-z]+$/;
const GATEWAY_ID = /^rgw-[0-9a-z]+$/;

/**
 * What a resource gateway has, whether created here or imported.
 */
export abstract class ResourceGatewayBase extends Resource implements IResourceGateway {
  /** The id of the resource gateway. */
  public abstract readonly resourceGatewayId: string;
  /** The ARN of the resource gateway. */
  public abstract readonly resourceGatewayArn: string;
  /** The network connections of the gateway's security groups. */
  public abstract readonly connections: ec2.Connections;
  /** Where the gateway resolves the domain names of its resource configurations, when known. */
  public abstract readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;
  /** The IP address type of the gateway, when known. */
  public abstract readonly ipAddressType?: ResourceGatewayIpAddressType;
}

/**
 * A VPC Lattice resource gateway (`AWS::VpcLattice::ResourceGateway`) with its own
 * security group.
 *
 * The security group starts with no egress at all: each `LatticeSharedDatabase`
 * adds egress to its database's port, and the matching ingress on the database.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * const gateway = new ResourceGateway(this, 'Gateway', { vpc });
 */
export class ResourceGateway extends ResourceGatewayBase {
  /**
   * Imports an existing resource gateway by id or ARN.
   */
  public static fromResourceGatewayAttributes(scope: Construct, id: string, attrs: ResourceGatewayAttributes): IResourceGateway {
    validateExactlyOne({
      resourceGatewayId: attrs.resourceGatewayId,
      resourceGatewayArn: attrs.resourceGatewayArn,
    });
    if (attrs.resourceGatewayArn !== undefined) {
      validateArn('resourceGatewayArn', attrs.resourceGatewayArn, GATEWAY_ARN,
        'arn:aws:vpc-lattice:us-east-1:111111111111:resourcegateway/rgw-0123456789abcdef0');
    }
    if (attrs.resourceGatewayId !== undefined && !Token.isUnresolved(attrs.resourceGatewayId)
      && !GATEWAY_ID.test(attrs.resourceGatewayId)) {
      throw new Error(`resourceGatewayId must look like 'rgw-0123456789abcdef0', got ${show(attrs.resourceGatewayId)}`);
    }

    class Import extends ResourceGatewayBase {
      public readonly resourceGatewayId: string;
      public readonly resourceGatewayArn: string;
      public readonly connections = new ec2.Connections({ securityGroups: attrs.securityGroups });
      public readonly resourceConfigDnsResolution = attrs.resourceConfigDnsResolution;
      public readonly ipAddressType = attrs.ipAddressType;

      constructor() {
        super(scope, id, attrs.resourceGatewayArn ? { environmentFromArn: attrs.resourceGatewayArn } : {});
        if (attrs.resourceGatewayArn !== undefined) {
          this.resourceGatewayArn = attrs.resourceGatewayArn;
          this.resourceGatewayId = Arn.split(attrs.resourceGatewayArn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!;
        } else {
          this.resourceGatewayId = attrs.resourceGatewayId!;
          this.resourceGatewayArn = Stack.of(this).formatArn({
            service: 'vpc-lattice',
            resource: 'resourcegateway',
            resourceName: this.resourceGatewayId,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          });
        }
      }
    }
    return new Import();
  }

  /**
   * Imports an existing resource gateway by id, in this stack's account and region.
   */
  public static fromResourceGatewayId(scope: Construct, id: string, resourceGatewayId: string): IResourceGateway {
    return ResourceGateway.fromResourceGatewayAttributes(scope, id, { resourceGatewayId });
  }

  /**
   * Imports an existing resource gateway by ARN.
   */
  public static fromResourceGatewayArn(scope: Construct, id: string, resourceGatewayArn: string): IResourceGateway {
    return ResourceGateway.fromResourceGatewayAttributes(scope, id, { resourceGatewayArn });
  }

  /** The id of the resource gateway. */
  public readonly resourceGatewayId: string;
  /** The ARN of the resource gateway. */
  public readonly resourceGatewayArn: string;
  /** The name of the resource gateway. */
  public readonly resourceGatewayName: string;
  /** The network connections of the gateway's security groups. */
  public readonly connections: ec2.Connections;
  /** The VPC the gateway lives in. */
  public readonly vpc: ec2.IVpc;
  /** The Availability Zones the gateway has network interfaces in (tokens when the VPC is imported without them). */
  public readonly availabilityZones: string[];
  /** The security group the gateway created, when none was given. */
  public readonly securityGroup?: ec2.ISecurityGroup;
  /**
   * The IP address type of the gateway. Always set on a `ResourceGateway` (optional
   * only because jsii forbids narrowing `IResourceGateway.ipAddressType`).
   */
  public readonly ipAddressType?: ResourceGatewayIpAddressType;
  /** Where the gateway resolves the domain names of its resource configurations (undefined: the service default). */
  public readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;

  constructor(scope: Construct, id: string, props: ResourceGatewayProps) {
    const name = props.resourceGatewayName;
    validateLatticeName('resourceGatewayName', name, { minLength: 3, maxLength: 40, reservedPrefix: 'rgw-' });
    super(scope, id, { physicalName: name });
    addResourceLimitValidation(this);

    validateRange('ipv4AddressesPerEni', props.ipv4AddressesPerEni, 1, 62);
    if (props.ipv4AddressesPerEni !== undefined && props.ipAddressType === ResourceGatewayIpAddressType.IPV6) {
      throw new Error(`ipv4AddressesPerEni cannot be set when ipAddressType is IPV6, got ${show(props.ipv4AddressesPerEni)}`);
    }
    // "You cannot set DNS Resolution to IN_VPC if the resource gateway uses IPv6-only subnets"
    // (VPC Lattice User Guide, Resource gateways, Resource Config DNS Resolution,
    // https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
    if (props.resourceConfigDnsResolution === ResourceConfigDnsResolution.IN_VPC && props.ipAddressType === ResourceGatewayIpAddressType.IPV6) {
      throw new Error(`resourceConfigDnsResolution IN_VPC is not allowed for an IPv6-only gateway (ipAddressType IPV6), got resourceConfigDnsResolution ${show(props.resourceConfigDnsResolution)}`);
    }
    this.vpc = props.vpc;
    const ipAddressType = this.ipAddressType = props.ipAddressType ?? ResourceGatewayIpAddressType.IPV4;
    const subnets = selectPrivateSubnets(props.vpc, props.vpcSubnets, 'the resource gateway');
    const knownAzs = subnets.knownAvailabilityZones;
    if (knownAzs !== undefined && knownAzs.length < 2) {
      throw new Error(`vpcSubnets must select subnets in at least two Availability Zones, got ${show(knownAzs)} (subnets ${show(subnets.subnetIds)})`);
    }
    this.availabilityZones = subnets.availabilityZones;

    const securityGroups = ownSecurityGroups(this, props.vpc, props.securityGroups,
      'VPC Lattice resource gateway: egress only to the databases it exposes');
    this.securityGroup = props.securityGroups ? undefined : securityGroups[0];
    this.connections = new ec2.Connections({ securityGroups });

    this.resourceConfigDnsResolution = props.resourceConfigDnsResolution;
    const replacing = [
      props.vpcSubnets !== undefined ? 'vpcSubnets' : undefined,
      props.ipAddressType !== undefined ? 'ipAddressType' : undefined,
      props.ipv4AddressesPerEni !== undefined ? 'ipv4AddressesPerEni' : undefined,
      props.resourceConfigDnsResolution !== undefined ? 'resourceConfigDnsResolution' : undefined,
    ].filter((p): p is string => p !== undefined);
    if (replacing.length > 0) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:gatewayReplacingProps',
        `${replacing.join(', ')} cannot change after deployment: changing ${replacing.length > 1 ? 'them' : 'it'} later replaces the resource gateway `
        + '(under a new generated name) and with it every resource configuration behind it: consumers lose their connections and must recreate their endpoints for the new configuration ARNs.');
    }
    if (name !== undefined) {
      Annotations.of(this).addWarningV2('cdk-lattice-shared-database:fixedGatewayName',
        `resourceGatewayName ${show(name)} is fixed: a change that replaces the gateway (vpc, vpcSubnets, ipAddressType, ipv4AddressesPerEni, resourceConfigDnsResolution) fails `
        + 'because VPC Lattice names are unique in the account and CloudFormation creates the replacement before it deletes the old gateway. Give a new name in the same deployment as such a change, or leave the name to the construct.');
    }

    // The values whose change replaces the gateway ("Update requires: Replacement" in the
    // AWS::VpcLattice::ResourceGateway reference,
    // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourcegateway.html):
    // VpcIdentifier, SubnetIds, IpAddressType and ResourceConfigDnsResolution. Ipv4AddressesPerEni
    // is marked updatable there, but "Once you set the number of IPv4 addresses, the value can't
    // be changed" (VPC Lattice User Guide, https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html;
    // UpdateResourceGateway takes only securityGroupIds), and what a CloudFormation update of it
    // does is UNVERIFIED: it is part of the generated name too, so a change deploys as a
    // replacement under a new name whatever CloudFormation would have done.
    const replacedBy = {
      vpcIdentifier: props.vpc.vpcId,
      subnetIds: subnets.subnetIds,
      ipAddressType,
      ipv4AddressesPerEni: props.ipv4AddressesPerEni,
      resourceConfigDnsResolution: props.resourceConfigDnsResolution,
    };
    const resource = new vpclattice.CfnResourceGateway(this, 'Resource', {
      name: name ?? latticeName(this, 40, 'rgw-', replacedBy),
      ...replacedBy,
      securityGroupIds: this.connections.securityGroups.map(sg => sg.securityGroupId),
    });

    this.resourceGatewayId = resource.attrId;
    this.resourceGatewayArn = resource.attrArn;
    this.resourceGatewayName = resource.name;
  }
}
