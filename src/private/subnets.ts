import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { ruleFromCheck, throwIfAny } from './rules';
import { isUnresolved, show, validateBoolean, validateEntries, validateEnum } from './validation';

/**
 * The subnets the library places a gateway, a database or an endpoint in when the user
 * picks none: the VPC's isolated subnets if it has any, otherwise its private subnets.
 * Throws naming `vpcSubnets` (and what needs placing) when the VPC has neither.
 *
 * @param what what the subnets are for, as the error message names it
 */
export function defaultPrivateSubnets(vpc: ec2.IVpc, what: string): ec2.SubnetSelection {
  validateVpc(vpc);
  if (vpc.isolatedSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  }
  if (vpc.privateSubnets.length > 0) {
    return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
  }
  throw new Error(`vpc ${show(vpc.node.path)} has no isolated or private subnets: pass vpcSubnets to place ${what} (the VPC has ${describeVpcSubnets(vpc)})`);
}

/** Subnets chosen by `selectPrivateSubnets`. */
export interface PrivateSubnets {
  /** the ids of the selected subnets */
  readonly subnetIds: string[];
  /** the selected subnets */
  readonly subnets: ec2.ISubnet[];
  /**
   * the distinct Availability Zones of the subnets whose zone is known (tokens where the
   * VPC's zones are only known at deploy time, as in an environment-agnostic stack)
   */
  readonly availabilityZones: string[];
  /**
   * the distinct Availability Zones, when every subnet's zone is known at synth time;
   * undefined when any is a token or missing
   */
  readonly knownAvailabilityZones?: string[];
  /**
   * true when the subnets are certainly all in one Availability Zone: a single subnet, or
   * subnets whose zones are all the same string (a literal, or the same token: in an
   * environment-agnostic stack a VPC with one zone gives every subnet the same token).
   * False when they span two or more zones or when that cannot be known at synth time.
   */
  readonly singleAvailabilityZone: boolean;
  /** the selection as the error messages show it */
  readonly selectionShown: string;
}

/**
 * Selects `selection` (default: `defaultPrivateSubnets`) in `vpc`, refusing, before
 * aws-cdk-lib's own errors, a selection that is malformed, that asks for a subnet type or
 * subnet group the VPC does not have, names an Availability Zone the VPC does not use, or
 * matches no subnet. Every message names `vpcSubnets`, shows the selection and says what
 * the VPC has.
 */
export function selectPrivateSubnets(vpc: ec2.IVpc, selection: ec2.SubnetSelection | undefined, what: string): PrivateSubnets {
  validateVpc(vpc);
  if (selection !== undefined) {
    validateSelection(vpc, selection);
  }
  const chosen = selection ?? defaultPrivateSubnets(vpc, what);
  let selected: ec2.SelectedSubnets;
  try {
    selected = vpc.selectSubnets(chosen);
  } catch (e) {
    throw new Error(`vpcSubnets ${showSubnetSelection(chosen, vpc)} cannot be selected in VPC ${show(vpc.node.path)} (it has ${describeVpcSubnets(vpc)}): ${(e as Error).message}`);
  }
  const shown = showSubnetSelection(chosen, vpc);
  if (selected.subnetIds.length === 0) {
    throw new Error(`vpcSubnets ${shown} selects no subnets in VPC ${show(vpc.node.path)}, which has ${describeVpcSubnets(vpc)}`);
  }
  const azs = selected.subnets.map(availabilityZoneOf);
  const allKnown = azs.every(az => az !== undefined && !Token.isUnresolved(az));
  const distinct = [...new Set(azs.filter((az): az is string => az !== undefined))];
  const distinctSubnets = new Set(selected.subnetIds);
  const singleAvailabilityZone = distinctSubnets.size === 1
    || (azs.every(az => az !== undefined) && distinct.length === 1);
  return {
    subnetIds: selected.subnetIds,
    subnets: selected.subnets,
    availabilityZones: distinct,
    knownAvailabilityZones: allKnown ? distinct : undefined,
    singleAvailabilityZone,
    selectionShown: shown,
  };
}

/** The Availability Zone of a subnet, undefined when it was imported without one. */
export function availabilityZoneOf(subnet: ec2.ISubnet): string | undefined {
  try {
    // an ImportedSubnet without availabilityZone throws on access
    return subnet.availabilityZone || undefined;
  } catch {
    return undefined;
  }
}

/** Refuses a `vpc` that is missing or no `ec2.IVpc` (JavaScript, JSON), before anything reads it. */
export function validateVpc(vpc: unknown): void {
  const candidate = vpc as Partial<ec2.IVpc> | null | undefined;
  if (candidate === undefined || candidate === null || typeof candidate !== 'object'
    || typeof candidate.selectSubnets !== 'function' || candidate.vpcId === undefined || candidate.node === undefined) {
    throw new Error(`vpc must be an ec2.IVpc (such as new ec2.Vpc(...) or ec2.Vpc.fromLookup(...)), got ${show(vpc)}`);
  }
}

/** The keys of a `SubnetSelection` that pick the subnets; aws-cdk-lib takes only one of them. */
const PICKS = ['subnets', 'subnetType', 'subnetGroupName', 'subnetName'] as const;

/**
 * Refuses a malformed selection (type guards first, at once), then every value problem of
 * it at once: an enum or boolean of the wrong value, several picks, a subnet type, subnet
 * group or Availability Zone the VPC does not have.
 */
function validateSelection(vpc: ec2.IVpc, selection: ec2.SubnetSelection): void {
  // type guards: what the rules below read must be there and of its type
  if (selection === null || typeof selection !== 'object' || Array.isArray(selection)) {
    throw new Error(`vpcSubnets must be an ec2.SubnetSelection such as { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }, got ${show(selection, vpc)}`);
  }
  validateEntries('vpcSubnets.subnets', selection.subnets, 'an ec2.ISubnet');
  validateEntries('vpcSubnets.availabilityZones', selection.availabilityZones, 'an Availability Zone name');
  validateEntries('vpcSubnets.subnetFilters', selection.subnetFilters, 'an ec2.SubnetFilter');

  const loose = selection as Record<string, unknown>;
  const picks = PICKS.filter(k => loose[k] !== undefined);
  const incomplete = (vpc as unknown as { incompleteSubnetDefinition?: boolean }).incompleteSubnetDefinition === true;
  const knownType = selection.subnetType !== undefined && (Object.values(ec2.SubnetType) as unknown[]).includes(selection.subnetType);
  // subnetName: the deprecated alias aws-cdk-lib still reads at run time
  const groupName = selection.subnetGroupName ?? loose.subnetName as string | undefined;
  const vpcAzs = safeAvailabilityZones(vpc);
  const unknownAzs = () => (selection.availabilityZones !== undefined && !isUnresolved(selection.availabilityZones)
    && vpcAzs !== undefined && !incomplete && vpcAzs.every(az => !Token.isUnresolved(az))
    ? selection.availabilityZones.filter(az => !isUnresolved(az) && !vpcAzs.includes(az))
    : []);
  throwIfAny('vpcSubnets', [
    ruleFromCheck(() => validateEnum('vpcSubnets.subnetType', selection.subnetType, ec2.SubnetType, 'ec2.SubnetType')),
    ruleFromCheck(() => validateBoolean('vpcSubnets.onePerAz', selection.onePerAz)),
    {
      condition: () => picks.length > 1,
      message: () => `vpcSubnets must pick subnets by only one of subnets, subnetType and subnetGroupName; got ${picks.join(' and ')} in vpcSubnets ${showSubnetSelection(selection, vpc)}`,
    },
    {
      condition: () => knownType && !incomplete && subnetsOfType(vpc, selection.subnetType!).length === 0,
      message: () => `vpcSubnets ${showSubnetSelection(selection, vpc)} asks for ${typeName(selection.subnetType!)} subnets, but VPC ${show(vpc.node.path)} has none: it has ${describeVpcSubnets(vpc)}`,
    },
    {
      condition: () => groupName !== undefined && !isUnresolved(groupName) && !incomplete && !subnetGroups(vpc).some(g => g.name === groupName),
      message: () => `vpcSubnets ${showSubnetSelection(selection, vpc)} names the subnet group ${show(groupName)}, but VPC ${show(vpc.node.path)} has no such group: it has ${describeVpcSubnets(vpc)}`,
    },
    {
      condition: () => unknownAzs().length > 0,
      message: () => {
        const unknown = unknownAzs();
        return `vpcSubnets.availabilityZones ${show(unknown)} ${unknown.length > 1 ? 'are' : 'is'} not among the Availability Zones of VPC ${show(vpc.node.path)} (${show(vpcAzs)}); got vpcSubnets ${showSubnetSelection(selection, vpc)}`;
      },
    },
  ]);
}

function safeAvailabilityZones(vpc: ec2.IVpc): string[] | undefined {
  try {
    return vpc.availabilityZones;
  } catch {
    return undefined;
  }
}

/** The subnets aws-cdk-lib selects for a subnet type (the deprecated members map like their successors). */
function subnetsOfType(vpc: ec2.IVpc, subnetType: ec2.SubnetType): ec2.ISubnet[] {
  switch (subnetType) {
    case ec2.SubnetType.PUBLIC:
      return vpc.publicSubnets;
    case ec2.SubnetType.PRIVATE_ISOLATED:
      return vpc.isolatedSubnets;
    default:
      return vpc.privateSubnets;
  }
}

/** How users write a subnet type: `PRIVATE_ISOLATED ('Isolated')`. */
function typeName(subnetType: ec2.SubnetType): string {
  const name = Object.entries(ec2.SubnetType).find(([, v]) => v === subnetType)?.[0];
  return name ? `${name} (${show(subnetType)})` : show(subnetType);
}

interface SubnetGroup {
  readonly name: string;
  readonly type: string;
  readonly subnets: ec2.ISubnet[];
}

/**
 * The subnet groups of a VPC, named the way aws-cdk-lib matches `subnetGroupName`: the
 * construct id of each subnet without its `Subnet<n>` suffix.
 */
function subnetGroups(vpc: ec2.IVpc): SubnetGroup[] {
  const groups = new Map<string, SubnetGroup>();
  const add = (subnets: ec2.ISubnet[], type: string) => {
    for (const subnet of subnets) {
      const name = subnet.node.id.replace(/Subnet\d+$/, '');
      const key = `${type}/${name}`;
      const group = groups.get(key) ?? { name, type, subnets: [] };
      group.subnets.push(subnet);
      groups.set(key, group);
    }
  };
  add(vpc.publicSubnets, 'PUBLIC');
  add(vpc.privateSubnets, 'PRIVATE_WITH_EGRESS');
  add(vpc.isolatedSubnets, 'PRIVATE_ISOLATED');
  return [...groups.values()];
}

/**
 * What subnets a VPC has, for error messages:
 * `subnet groups 'Isolated' (PRIVATE_ISOLATED, 2 subnets in ["dummy1a","dummy1b"])`.
 */
export function describeVpcSubnets(vpc: ec2.IVpc): string {
  const groups = subnetGroups(vpc);
  if (groups.length === 0) {
    return 'no subnets';
  }
  return `subnet group${groups.length > 1 ? 's' : ''} ` + groups.map(g => {
    const azs = [...new Set(g.subnets.map(availabilityZoneOf).filter((az): az is string => az !== undefined))];
    const where = azs.length > 0 ? ` in ${show(azs, vpc)}` : '';
    return `${show(g.name)} (${g.type}, ${g.subnets.length} subnet${g.subnets.length > 1 ? 's' : ''}${where})`;
  }).join(', ');
}

/**
 * A subnet selection as the user wrote it, for error messages: subnets show as their ids
 * (tokens as the CloudFormation expression, resolved in the stack of `scope`) and subnet
 * filters by count.
 */
export function showSubnetSelection(selection: ec2.SubnetSelection, scope: ec2.IVpc): string {
  if (selection === null || typeof selection !== 'object') {
    return show(selection, scope);
  }
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(selection)) {
    if (value === undefined) {
      continue;
    }
    if (key === 'subnets' && Array.isArray(value)) {
      plain[key] = value.map(s => (s && typeof s === 'object' && 'subnetId' in s ? (s as ec2.ISubnet).subnetId : s));
    } else if (key === 'subnetFilters' && Array.isArray(value)) {
      plain[key] = `<${value.length} subnet filter${value.length === 1 ? '' : 's'}>`;
    } else {
      plain[key] = value;
    }
  }
  return show(plain, scope);
}
