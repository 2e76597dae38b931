import { ValidationRule } from './rules';

/** How a caller names the two props of `readerNeedsDnsRule` in its message. */
export interface ReaderRuleNames {
  /** what asks for the reader endpoint, such as `clusterEndpoint 'READER'` */
  readonly reader: string;
  /** the prop that chooses the mode, such as `mode` or `sharingMode` */
  readonly mode: string;
}

/**
 * A cluster's reader endpoint is shared in DNS mode only: an ARN resource configuration names
 * the whole cluster (its ArnResource is the cluster ARN, AWS::VpcLattice::ResourceConfiguration
 * ResourceConfigurationDefinition,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-vpclattice-resourceconfiguration-resourceconfigurationdefinition.html),
 * so there is no ARN configuration of its reader endpoint. The rule of `LatticeSharedDatabase`;
 * `SecureDatabaseAccess` states it through this function for its own props, before it builds.
 *
 * @param reader whether the reader endpoint is asked for
 * @param arnMode whether the mode is ARN
 * @param names how the message names the props
 */
export function readerNeedsDnsRule(reader: boolean, arnMode: boolean, names: ReaderRuleNames): ValidationRule {
  return {
    condition: () => reader && arnMode,
    message: () => `${names.reader} needs ${names.mode} DNS: an ARN resource configuration names the whole cluster, not its reader endpoint; got ${names.mode} 'ARN'`,
  };
}
