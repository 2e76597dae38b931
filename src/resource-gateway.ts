import { Annotations, IResource, Resource, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as vpclattice from 'aws-cdk-lib/aws-vpclattice';
import { Construct } from 'constructs';
import { RESOURCE_GATEWAY_ARN } from './private/arns';
import { idAndArn } from './private/imports';
import { latticeName } from './private/names';
import { ruleFromCheck, throwIfAny, ValidationRule } from './private/rules';
import {
  ownSecurityGroups, securityGroupCountRule, securityGroupsInOtherVpc, validateSecurityGroupList,
} from './private/security-groups';
import { PrivateSubnets, selectPrivateSubnets, validateVpc } from './private/subnets';
import { isUnresolved, show, validateEnum, validateLatticeName, validateRange } from './private/validation';

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

  /**
   * The id of the VPC the gateway lives in, when known. A consumer's resource endpoint
   * cannot be created in that VPC.
   */
  readonly vpcId?: string;
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

  /**
   * The id of the VPC the gateway lives in, such as `vpc-0123456789abcdef0`, so that a
   * consumer's resource endpoint in that same VPC can be refused.
   * @default - unknown: not checked
   */
  readonly vpcId?: string;
}

/**
 * The options of a resource gateway that do not say where it lives: what
 * `SecureDatabaseAccess` passes on to its gateway as `gatewayOptions`.
 */
export interface ResourceGatewayOptions {
  /**
   * How many IPv4 addresses the gateway assigns to each network interface (1-62).
   * Each address carries a limited number of concurrent connections. Changing it
   * replaces the gateway: VPC Lattice fixes it at creation, so the construct gives the
   * gateway a new name. Not allowed with `ResourceGatewayIpAddressType.IPV6`.
   * @default - the service default (16)
   */
  readonly ipv4AddressesPerEni?: number;

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

/**
 * Properties of a `ResourceGateway`.
 */
export interface ResourceGatewayProps extends ResourceGatewayOptions {
  /**
   * The VPC the gateway lives in: the VPC of the database it exposes.
   */
  readonly vpc: ec2.IVpc;

  /**
   * The subnets the gateway places its network interfaces in. They must span at
   * least two Availability Zones (in an environment-agnostic stack: at least two
   * subnets whose zones are not the same token): a consumer's resource endpoint only
   * works in an Availability Zone the gateway also uses. Changing the selected subnets
   * replaces the gateway (and the resource configurations behind it).
   * @default - the VPC's isolated subnets if it has any, otherwise its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the gateway (1 to 5, all in `vpc`). They control traffic out
   * of the gateway to the database.
   * @default - a new security group that allows no egress until a database is connected
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * The IP address type of the gateway. Changing it replaces the gateway (and the
   * resource configurations behind it). It must suit every selected subnet: `IPV4`
   * needs IPv4 address ranges, `DUALSTACK` both IPv4 and IPv6 ranges (a VPC with
   * `ipProtocol: ec2.IpProtocol.DUAL_STACK`), `IPV6` IPv6-only subnets; synth refuses a
   * subnet created in this app that does not suit.
   * @default ResourceGatewayIpAddressType.IPV4
   */
  readonly ipAddressType?: ResourceGatewayIpAddressType;

  /**
   * Where the gateway resolves the domain names of DNS-type resource configurations.
   * Changing it replaces the gateway (and the resource configurations behind it). An
   * `IN_VPC` gateway cannot carry ARN-type configurations (`DatabaseSharingMode.ARN`),
   * nor be IPv6-only.
   * @default - the service default (`PUBLIC`)
   */
  readonly resourceConfigDnsResolution?: ResourceConfigDnsResolution;

}

/**
 * A resource gateway id: `rgw-` and 17 lowercase letters or digits (the
 * resourceGatewayIdentifier pattern `rgw-[0-9a-z]{17}` of UpdateResourceGateway,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html).
 */
const GATEWAY_ID = /^rgw-[0-9a-z]{17}$/;

/**
 * A security group id: `sg-` and 8 or 17 lowercase letters or digits (the securityGroupIds
 * pattern `sg-(([0-9a-z]{8})|([0-9a-z]{17}))` of UpdateResourceGateway,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html).
 */
const SECURITY_GROUP_ID = /^sg-([0-9a-z]{8}|[0-9a-z]{17})$/;

/**
 * The most security groups a resource gateway takes: "Array Members: Minimum number of 0
 * items. Maximum number of 5 items" (UpdateResourceGateway securityGroupIds,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html;
 * "choose up to five security groups", https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-resource-gateway.html).
 */
const MAX_SECURITY_GROUPS = 5;

/**
 * A VPC id: `vpc-` and 8 or 17 lowercase letters or digits (EC2 resource ids have "8
 * characters after the hyphen" or, since 2016-2018, "17 characters after the hyphen",
 * Amazon EC2 User Guide, Resource IDs, https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/resource-ids.html).
 */
const VPC_ID = /^vpc-([0-9a-z]{8}|[0-9a-z]{17})$/;

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
  /** The id of the VPC the gateway lives in, when known. */
  public abstract readonly vpcId?: string;
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
    // type guards: what the rules below read must be there and of its type
    if (attrs !== undefined && (attrs === null || typeof attrs !== 'object')) {
      throw new Error(`attrs must be ResourceGatewayAttributes with resourceGatewayId or resourceGatewayArn, got ${show(attrs)}`);
    }
    const given: ResourceGatewayAttributes = attrs ?? {};
    if (given.securityGroups !== undefined) {
      validateSecurityGroupList('securityGroups', given.securityGroups, scope);
    }

    const imported = idAndArn(scope, {
      construct: 'ResourceGateway.fromResourceGatewayAttributes',
      idProp: 'resourceGatewayId',
      arnProp: 'resourceGatewayArn',
      id: given.resourceGatewayId,
      arn: given.resourceGatewayArn,
      service: 'vpc-lattice',
      resourceType: 'resourcegateway',
      what: 'resource gateway',
      // the id, alone and inside the ARN, follows the id pattern (UpdateResourceGateway,
      // `rgw-[0-9a-z]{17}` and `arn:...:resourcegateway/rgw-[0-9a-z]{17}`,
      // https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html)
      idPattern: GATEWAY_ID,
      idExample: 'rgw-0123456789abcdef0',
      idShape: 'rgw- and 17 lowercase letters or digits',
      arnRules: RESOURCE_GATEWAY_ARN,
    }, [
      ...gatewayEnumRules(given),
      {
        // at most MAX_SECURITY_GROUPS (5): see its source above
        condition: () => given.securityGroups !== undefined && given.securityGroups.length > MAX_SECURITY_GROUPS,
        message: () => `securityGroups of an existing resource gateway hold at most ${MAX_SECURITY_GROUPS} security groups, got ${given.securityGroups!.length}: `
          + `${show(given.securityGroups!.map(sg => sg.securityGroupId), scope)}`,
      },
      ...securityGroupIdRules(given.securityGroups, scope),
      {
        // VPC_ID: see its source above
        condition: () => given.vpcId !== undefined && !isUnresolved(given.vpcId) && (typeof given.vpcId !== 'string' || !VPC_ID.test(given.vpcId)),
        message: () => `vpcId must look like 'vpc-0123456789abcdef0' (vpc- and 8 or 17 lowercase letters or digits), got ${show(given.vpcId, scope)}`,
      },
    ]);

    class Import extends ResourceGatewayBase {
      public readonly resourceGatewayId = imported.id;
      public readonly resourceGatewayArn = imported.arn;
      public readonly connections = new ec2.Connections({ securityGroups: given.securityGroups });
      public readonly resourceConfigDnsResolution = given.resourceConfigDnsResolution;
      public readonly ipAddressType = given.ipAddressType;
      public readonly vpcId = given.vpcId;

      constructor() {
        super(scope, id, { environmentFromArn: imported.environmentFromArn });
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
  /**
   * The Availability Zones the gateway has network interfaces in (tokens in an
   * environment-agnostic stack; subnets imported without their zone are left out).
   */
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
  /**
   * The id of the VPC the gateway lives in (`vpc.vpcId`). Always set on a
   * `ResourceGateway` (optional only because jsii forbids narrowing `IResourceGateway.vpcId`).
   */
  public readonly vpcId?: string;

  constructor(scope: Construct, id: string, props: ResourceGatewayProps) {
    // type guards: what the rules below read must be there and of its type
    if (props === undefined || props === null || typeof props !== 'object') {
      throw new Error(`vpc is required: ResourceGateway takes props such as { vpc }, got props ${show(props)}`);
    }
    validateVpc(props.vpc);
    const name = props.resourceGatewayName;
    if (name !== undefined && !isUnresolved(name) && typeof name !== 'string') {
      throw new Error(`resourceGatewayName must be a string, got ${show(name)}`);
    }
    if (props.securityGroups !== undefined) {
      validateSecurityGroupList('securityGroups', props.securityGroups, scope);
    }

    // the value rules, all reported at once; the subnet rules read what the selection found
    const selected: { subnets?: PrivateSubnets } = {};
    throwIfAny('ResourceGateway', [
      ruleFromCheck(() => validateLatticeName('resourceGatewayName', name, { minLength: 3, maxLength: 40, reservedPrefix: 'rgw-' })),
      ...gatewayEnumRules(props),
      ruleFromCheck(() => validateRange('ipv4AddressesPerEni', props.ipv4AddressesPerEni, 1, 62)),
      {
        // "If you selected IPv4 or Dualstack for the IP address type, you can enter the number of
        // IPv4 addresses per ENI" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/create-resource-gateway.html)
        condition: () => props.ipv4AddressesPerEni !== undefined && props.ipAddressType === ResourceGatewayIpAddressType.IPV6,
        message: () => `ipv4AddressesPerEni cannot be set when ipAddressType is IPV6, got ${show(props.ipv4AddressesPerEni)}`,
      },
      ruleFromCheck(() => {
        selected.subnets = selectPrivateSubnets(props.vpc, props.vpcSubnets, 'the resource gateway');
      }),
      {
        // The library's rule, from AWS's: "At least one Availability Zone of the VPC endpoint and
        // the resource gateway have to overlap", and a resource gateway "spans multiple Availability
        // Zones" (https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html). Subnets
        // whose zones are all the same token are in one zone too (an environment-agnostic stack).
        condition: () => selected.subnets?.singleAvailabilityZone === true,
        message: () => singleZoneMessage(selected.subnets!, props, scope),
      },
      // 1 to MAX_SECURITY_GROUPS (5) groups: see its source above
      securityGroupCountRule(props.securityGroups, scope),
      ...securityGroupIdRules(props.securityGroups, scope),
      ...foreignSecurityGroupRules(props.securityGroups, props.vpc, scope),
    ]);
    const subnets = selected.subnets!;

    super(scope, id, { physicalName: name });

    this.vpc = props.vpc;
    this.vpcId = props.vpc.vpcId;
    const ipAddressType = this.ipAddressType = props.ipAddressType ?? ResourceGatewayIpAddressType.IPV4;
    this.node.addValidation({ validate: () => ipAddressTypeProblems(ipAddressType, props.ipAddressType === undefined, subnets, props.vpc) });
    this.availabilityZones = subnets.availabilityZones;

    // the given security groups (checked above), or a new one
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

/** The rules of the enum props of a gateway and its imports, and of the pair AWS refuses. Tokens are accepted as they are. */
function gatewayEnumRules(props: { ipAddressType?: unknown; resourceConfigDnsResolution?: unknown }): ValidationRule[] {
  return [
    // IpAddressType allowed values IPV4 | IPV6 | DUALSTACK, ResourceConfigDnsResolution PUBLIC | IN_VPC
    // (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-vpclattice-resourcegateway.html)
    ruleFromCheck(() => validateEnum('ipAddressType', props.ipAddressType, ResourceGatewayIpAddressType, 'ResourceGatewayIpAddressType')),
    ruleFromCheck(() => validateEnum('resourceConfigDnsResolution', props.resourceConfigDnsResolution, ResourceConfigDnsResolution, 'ResourceConfigDnsResolution')),
    {
      // "You cannot set DNS Resolution to IN_VPC if the resource gateway uses IPv6-only subnets"
      // (VPC Lattice User Guide, Resource gateways, Resource Config DNS Resolution,
      // https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-gateway.html)
      condition: () => props.resourceConfigDnsResolution === ResourceConfigDnsResolution.IN_VPC
        && props.ipAddressType === ResourceGatewayIpAddressType.IPV6,
      message: () => `resourceConfigDnsResolution IN_VPC is not allowed for an IPv6-only gateway (ipAddressType IPV6), got resourceConfigDnsResolution ${show(props.resourceConfigDnsResolution)}`,
    },
  ];
}

/** A rule for each given security group: its id, when literal, must be one a security group can have. */
function securityGroupIdRules(groups: ec2.ISecurityGroup[] | undefined, scope: Construct): ValidationRule[] {
  return (groups ?? []).map((sg, index) => ({
    // UpdateResourceGateway securityGroupIds pattern sg-(([0-9a-z]{8})|([0-9a-z]{17}))
    // (https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_UpdateResourceGateway.html)
    condition: () => !Token.isUnresolved(sg.securityGroupId) && !SECURITY_GROUP_ID.test(sg.securityGroupId),
    message: () => `securityGroups[${index}] has the id ${show(sg.securityGroupId, scope)}, but security group ids are sg- and 8 or 17 lowercase letters or digits, such as 'sg-0123456789abcdef0'`,
  }));
}

/**
 * A rule for each given security group that is certainly in another VPC than the
 * gateway: "The security groups must be in the same VPC" (CreateResourceGateway
 * securityGroupIds, https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html).
 */
function foreignSecurityGroupRules(groups: ec2.ISecurityGroup[] | undefined, vpc: ec2.IVpc, scope: Construct): ValidationRule[] {
  if (groups === undefined) {
    return [];
  }
  return securityGroupsInOtherVpc(groups, vpc).map(f => ({
    condition: () => true,
    message: () => `securityGroups must be in the gateway's vpc ${show(vpc.node.path)} (${show(vpc.vpcId, scope)}), `
      + `but securityGroups[${f.index}] ${show(f.securityGroup.node.path)} is in VPC ${show(f.vpcId, scope)}`,
  }));
}

/** The message of subnets that are all in one Availability Zone. */
function singleZoneMessage(subnets: PrivateSubnets, props: ResourceGatewayProps, scope: Construct): string {
  const selects = subnets.subnetIds.length === 1 ? `the one subnet ${show(subnets.subnetIds, scope)}` : `the ${subnets.subnetIds.length} subnets ${show(subnets.subnetIds, scope)}`;
  const where = subnets.availabilityZones.length > 0
    ? `all in ${show(subnets.availabilityZones, scope)}`
    : '(its Availability Zone is not known: a subnet is in one zone)';
  return `vpcSubnets must select subnets in at least two Availability Zones, but ${props.vpcSubnets === undefined ? 'the default selection' : 'vpcSubnets'} `
    + `${subnets.selectionShown} selects ${selects} of VPC ${show(props.vpc.node.path)}, ${where}`;
}

/** What each IP address type needs of every subnet. */
const IP_ADDRESS_TYPE_NEEDS: Record<ResourceGatewayIpAddressType, { readonly needs: string; readonly fits: (s: SubnetAddresses) => boolean }> = {
  [ResourceGatewayIpAddressType.IPV4]: { needs: 'an IPv4 address range', fits: s => s.ipv4 },
  [ResourceGatewayIpAddressType.IPV6]: { needs: 'to be IPv6-only (Ipv6Native)', fits: s => s.ipv6Only },
  [ResourceGatewayIpAddressType.DUALSTACK]: { needs: 'both an IPv4 and an IPv6 address range', fits: s => s.ipv4 && s.ipv6 },
};

/** The address ranges of a subnet, as far as its template says. */
interface SubnetAddresses {
  readonly ipv4: boolean;
  readonly ipv6: boolean;
  readonly ipv6Only: boolean;
}

/**
 * The IP address type must suit every subnet: "IPv4 ... supported only if all selected subnets
 * have IPv4 address ranges", "IPv6 ... only if all selected subnets are IPv6 only subnets",
 * "Dualstack ... only if all selected subnets have both IPv4 and IPv6 address ranges"
 * (CreateResourceGateway ipAddressType,
 * https://docs.aws.amazon.com/vpc-lattice/latest/APIReference/API_CreateResourceGateway.html).
 * Judged only for subnets created in this app, from their AWS::EC2::Subnet properties
 * (CidrBlock, Ipv4IpamPoolId, Ipv4NetmaskLength, Ipv6CidrBlock, Ipv6IpamPoolId,
 * Ipv6NetmaskLength, Ipv6Native) and any AWS::EC2::SubnetCidrBlock of the app that adds an
 * IPv6 range to them; run at synth, after every escape hatch.
 */
function ipAddressTypeProblems(ipAddressType: ResourceGatewayIpAddressType, byDefault: boolean, subnets: PrivateSubnets, vpc: ec2.IVpc): string[] {
  const rule = IP_ADDRESS_TYPE_NEEDS[ipAddressType];
  if (rule === undefined) {
    return [];
  }
  let withAddedIpv6: Set<string> | undefined;
  const hasAddedIpv6 = (subnetId: string) => {
    withAddedIpv6 ??= new Set(vpc.node.root.node.findAll()
      .filter((c): c is ec2.CfnSubnetCidrBlock => ec2.CfnSubnetCidrBlock.isCfnSubnetCidrBlock(c))
      .filter(c => c.ipv6CidrBlock !== undefined || c.ipv6IpamPoolId !== undefined || c.ipv6NetmaskLength !== undefined)
      .map(c => c.subnetId));
    return withAddedIpv6.has(subnetId);
  };
  // only DUALSTACK asks about IPv6 ranges added apart from the subnet: look for them only then
  const addedIpv6 = ipAddressType === ResourceGatewayIpAddressType.DUALSTACK ? hasAddedIpv6 : () => false;
  const misfits = subnets.subnets.filter(subnet => {
    const addresses = subnetAddresses(subnet, addedIpv6);
    return addresses !== undefined && !rule.fits(addresses);
  });
  if (misfits.length === 0) {
    return [];
  }
  const hint = ipAddressType === ResourceGatewayIpAddressType.DUALSTACK
    ? ' (create the VPC with ipProtocol: ec2.IpProtocol.DUAL_STACK)'
    : ipAddressType === ResourceGatewayIpAddressType.IPV6 ? ' (ec2.Vpc creates no IPv6-only subnets: use IPV4 or DUALSTACK)' : '';
  return [`ipAddressType ${show(ipAddressType)}${byDefault ? ' (the default)' : ''} needs every subnet of vpcSubnets to have ${rule.needs}, but ${misfits.length === 1 ? 'the subnet' : 'the subnets'} `
    + `${show(misfits.map(m => m.node.path))} of VPC ${show(vpc.node.path)} ${misfits.length === 1 ? 'does' : 'do'} not${hint}`];
}

/** The address ranges of a subnet created in this app; undefined for an imported subnet or one that cannot be told. */
function subnetAddresses(subnet: ec2.ISubnet, hasAddedIpv6: (subnetId: string) => boolean): SubnetAddresses | undefined {
  const cfn = subnet.node.defaultChild;
  if (!ec2.CfnSubnet.isCfnSubnet(cfn)) {
    return undefined;
  }
  let properties: Record<string, unknown>;
  try {
    // the rendered template of the subnet, property overrides included
    const rendered = Stack.of(cfn).resolve((cfn as unknown as { _toCloudFormation(): unknown })._toCloudFormation()) as
      { Resources?: Record<string, { Properties?: Record<string, unknown> }> };
    properties = Object.values(rendered.Resources ?? {})[0]?.Properties ?? {};
  } catch {
    return undefined;
  }
  const given = (key: string) => properties[key] !== undefined;
  const ipv6Native = properties.Ipv6Native;
  if (ipv6Native !== undefined && typeof ipv6Native !== 'boolean') {
    return undefined;
  }
  const ipv6Only = ipv6Native === true;
  const ipv4 = !ipv6Only && (given('CidrBlock') || given('Ipv4IpamPoolId') || given('Ipv4NetmaskLength'));
  const ipv6 = ipv6Only || given('Ipv6CidrBlock') || given('Ipv6IpamPoolId') || given('Ipv6NetmaskLength') || hasAddedIpv6(subnet.subnetId);
  return { ipv4, ipv6, ipv6Only };
}
