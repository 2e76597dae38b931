import { CfnResource, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The cdk-nag 3 rule packs whose findings the library acknowledges. */
const PACKS: Record<string, string> = {
  AwsSolutions: 'AwsSolutions',
  NIST: 'NIST.800.53.R5',
  HIPAA: 'HIPAA.Security',
};

/**
 * Acknowledges cdk-nag findings on one construct (the narrowest one that carries
 * them), with the reason. `rules` are `Pack:Rule` pairs such as `AwsSolutions:RDS11`
 * or `NIST:RDSInBackupPlan`. Every acknowledgement is listed in the README's
 * Security section.
 */
export function acknowledgeNag(scope: IConstruct | undefined, rules: string[], reason: string): void {
  if (scope === undefined) {
    return;
  }
  const validations = Validations.of(scope);
  for (const rule of rules) {
    const colon = rule.indexOf(':');
    const pack = rule.slice(0, colon);
    const name = colon > 0 ? rule.slice(colon + 1) : undefined;
    const packId = PACKS[pack];
    if (packId === undefined || name === undefined) {
      throw new Error(`Unknown cdk-nag rule ${rule}`);
    }
    validations.acknowledge({ id: `${packId}::${packId}-${name}`, reason });
  }
}

/**
 * Skips checkov checks on one CloudFormation resource, with the reason, in the
 * resource's template metadata (`Metadata.checkov.skip`), where checkov reads them.
 * Adds to skips already there. Every skip is listed in the README's Security section.
 */
export function skipCheckov(resource: IConstruct | undefined, checks: string[], reason: string): void {
  if (resource === undefined || !CfnResource.isCfnResource(resource)) {
    return;
  }
  const existing = (resource.getMetadata('checkov') as { skip?: Array<{ id: string; comment: string }> } | undefined)?.skip ?? [];
  const skip = [...existing.filter(s => !checks.includes(s.id)), ...checks.map(id => ({ id, comment: reason }))];
  resource.addMetadata('checkov', { skip });
}
