import { ValidationRule } from './rules';

/*
 * What an ARN resource configuration on an Aurora cluster serves, and so how many
 * configurations a cluster with a reader needs.
 *
 * An ARN configuration names the cluster itself (its ArnResource is the cluster ARN,
 * AWS::VpcLattice::ResourceConfiguration ResourceConfigurationDefinition,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-resourceconfigurationdefinition.html),
 * and VPC Lattice makes the configurations of its endpoints itself: "ARN resource configuration:
 * Represents a supported resource-type that is provisioned by an AWS service. For example, an
 * Amazon RDS database. Child resource configurations are automatically managed by AWS"
 * (AWS PrivateLink Guide, Resource configuration for VPC resources, Types of resource configurations,
 * https://docs.aws.amazon.com/vpc/latest/privatelink/resource-configuration.html#resource-configuration-types;
 * "Any group-child relationship is automatically taken care of" in the VPC Lattice User Guide,
 * https://docs.aws.amazon.com/vpc-lattice/latest/ug/resource-configuration.html#resource-configuration-types).
 * AWS's own example of a resource endpoint for such a configuration lists the cluster's reader
 * endpoint (`database-5-test.cluster-ro-example.us-east-1.rds.amazonaws.com`) among the
 * endpoint's DNS names, with a parent and a child configuration ARN (AWS PrivateLink Guide,
 * Access VPC resources, DNS hostnames,
 * https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-resources.html#resource-endpoint-dns).
 * A tested public setup (mizzy/playground, cross-account-rds-pattern-a and -b; evidence, not
 * AWS authority) saw one CHILD configuration for the writer and one for the reader endpoint,
 * each with the RDS hostname as its domain, both reachable by those names.
 *
 * So in ARN mode one configuration carries the writer and the reader endpoint, and a second
 * configuration for the reader would only name the same cluster again. In DNS mode a SINGLE
 * configuration names one hostname, so the reader endpoint needs its own.
 */

/**
 * Whether the reader endpoint of a cluster needs a resource configuration of its own, next to
 * the writer's: in DNS mode yes, in ARN mode no (the cluster's one configuration carries it).
 *
 * @param arnMode whether the mode is ARN
 */
export function readerNeedsOwnConfiguration(arnMode: boolean): boolean {
  return !arnMode;
}

/** How a caller names the two props of `readerInArnModeRule` in its message. */
export interface ReaderRuleNames {
  /** what asks for the reader endpoint, such as `clusterEndpoint 'READER'` */
  readonly reader: string;
  /** the prop that chooses the mode, such as `mode` */
  readonly mode: string;
}

/**
 * The rule of `LatticeSharedDatabase`: a configuration of a cluster's reader endpoint on its
 * own exists in DNS mode only. In ARN mode the configuration of the cluster already carries the
 * reader endpoint (see above), so a `clusterEndpoint: READER` configuration in ARN mode would be
 * a second ARN configuration of the same cluster (whether VPC Lattice accepts two is not
 * documented): it is refused with the way to share the reader.
 *
 * @param reader whether the reader endpoint is asked for
 * @param arnMode whether the mode is ARN
 * @param names how the message names the props
 */
export function readerInArnModeRule(reader: boolean, arnMode: boolean, names: ReaderRuleNames): ValidationRule {
  return {
    condition: () => reader && arnMode,
    message: () => `${names.reader} needs ${names.mode} DNS: in ARN mode the configuration of the cluster ARN already carries the reader endpoint `
      + '(VPC Lattice makes a child configuration for the writer and for the reader endpoint), so share the cluster once, without clusterEndpoint; '
      + `got ${names.mode} 'ARN'`,
  };
}
