import { Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct, IConstruct } from 'constructs';
import { throwIfAny, ValidationRule } from './rules';
import { show, validateEntries } from './validation';

/**
 * The security groups of a gateway or an endpoint: the user's (1 to 5, the service
 * limit), or a new group with id `SecurityGroup` that allows no egress until a rule is
 * added through `connections`. Refuses a list that is no list, an empty entry and an
 * entry that is no security group (such as a bare id string), naming `securityGroups`.
 */
export function ownSecurityGroups(scope: Construct, vpc: ec2.IVpc, given: ec2.ISecurityGroup[] | undefined,
  description: string): ec2.ISecurityGroup[] {
  if (given !== undefined) {
    validateSecurityGroupList('securityGroups', given, scope);
    throwIfAny(scope.node.path, [securityGroupCountRule(given, scope)]);
    return given;
  }
  return [new ec2.SecurityGroup(scope, 'SecurityGroup', {
    vpc,
    description,
    allowAllOutbound: false,
    allowAllIpv6Outbound: false,
  })];
}

/**
 * The rule that `securityGroups` holds 1 to 5 security groups (the service limit of a
 * resource gateway and of a resource endpoint). Run `validateSecurityGroupList` first.
 *
 * @param given the security groups given, if any (none given: the rule holds)
 * @param scope any construct of the stack, to show token ids in
 */
export function securityGroupCountRule(given: ec2.ISecurityGroup[] | undefined, scope: IConstruct): ValidationRule {
  return {
    condition: () => given !== undefined && (given.length < 1 || given.length > 5),
    message: () => `securityGroups must hold 1 to 5 security groups, got ${given!.length}: ${show(given!.map(sg => sg.securityGroupId), scope)}`,
  };
}

/**
 * Checks that `value` is a list of security groups: no empty entry (`null`, `undefined`)
 * and no entry without a `securityGroupId`, such as the id string itself.
 */
export function validateSecurityGroupList(prop: string, value: unknown, scope?: IConstruct): void {
  if (value !== undefined && !Array.isArray(value) && !Token.isUnresolved(value)) {
    throw new Error(`${prop} must be a list of ec2.ISecurityGroup, got ${Construct.isConstruct(value) ? `the construct ${show(value.node.path)} (write [group])` : show(value, scope)}`);
  }
  validateEntries(prop, value, 'an ec2.ISecurityGroup');
  if (value === undefined || !Array.isArray(value)) {
    return;
  }
  value.forEach((entry, index) => {
    if (typeof entry !== 'object' || typeof (entry as ec2.ISecurityGroup).securityGroupId !== 'string') {
      throw new Error(`${prop}[${index}] must be an ec2.ISecurityGroup (import an existing group with ec2.SecurityGroup.fromSecurityGroupId), got ${Construct.isConstruct(entry) ? `the construct ${show(entry.node.path)}` : show(entry, scope)}`);
    }
  });
}

/** A security group that is certainly in another VPC than the one it is used in. */
export interface ForeignSecurityGroup {
  /** its index in the list */
  readonly index: number;
  /** the security group */
  readonly securityGroup: ec2.ISecurityGroup;
  /** the id of its VPC, as given to the group (may be a token) */
  readonly vpcId: string;
}

/**
 * The security groups of `groups` that are certainly in another VPC than `vpc`: groups
 * created in this app (`ec2.SecurityGroup`, which know their VPC) whose VPC id differs
 * from `vpc.vpcId` as two literal ids, or as the ids of two VPCs created in this app.
 * Imported groups, and ids that are only known at deploy time otherwise, are not judged.
 */
export function securityGroupsInOtherVpc(groups: ec2.ISecurityGroup[], vpc: ec2.IVpc): ForeignSecurityGroup[] {
  let createdVpcIds: Set<string> | undefined;
  const vpcIdOfCreatedVpc = (id: string) => {
    createdVpcIds ??= new Set(vpc.node.root.node.findAll()
      .filter(c => ec2.CfnVPC.isCfnVPC(c.node.defaultChild) && 'vpcId' in c)
      .map(v => (v as unknown as ec2.IVpc).vpcId));
    return createdVpcIds.has(id);
  };
  const foreign: ForeignSecurityGroup[] = [];
  groups.forEach((securityGroup, index) => {
    const cfn = securityGroup.node.defaultChild;
    if (!ec2.CfnSecurityGroup.isCfnSecurityGroup(cfn) || typeof cfn.vpcId !== 'string') {
      return;
    }
    const sgVpcId = cfn.vpcId;
    if (sgVpcId === vpc.vpcId) {
      return;
    }
    const bothLiteral = !Token.isUnresolved(sgVpcId) && !Token.isUnresolved(vpc.vpcId);
    const bothCreated = Token.isUnresolved(sgVpcId) && Token.isUnresolved(vpc.vpcId)
      && vpcIdOfCreatedVpc(sgVpcId) && vpcIdOfCreatedVpc(vpc.vpcId);
    if (bothLiteral || bothCreated) {
      foreign.push({ index, securityGroup, vpcId: sgVpcId });
    }
  });
  return foreign;
}
