import { Arn, ArnFormat, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ruleFromCheck, throwIfAny, ValidationRule } from './rules';
import { ArnRules, isUnresolved, show, validateArn, validateExactlyOne } from './validation';

/**
 * What `idAndArn` needs to know of a resource imported by exactly one of its id and its
 * ARN, such as a VPC Lattice resource gateway (`resourceGatewayId`, `resourceGatewayArn`).
 */
export interface IdAndArnOptions {
  /** the construct that imports, as a crashing rule names it (`'ResourceGateway.fromResourceGatewayAttributes'`) */
  readonly construct: string;
  /** the attribute that holds the id (`'resourceGatewayId'`) */
  readonly idProp: string;
  /** the attribute that holds the ARN (`'resourceGatewayArn'`) */
  readonly arnProp: string;
  /** the id given, if any */
  readonly id?: string;
  /** the ARN given, if any */
  readonly arn?: string;
  /** the service part of the ARN (`'vpc-lattice'`) */
  readonly service: string;
  /** the resource type of the ARN, before the slash and the id (`'resourcegateway'`) */
  readonly resourceType: string;
  /** what the resource is called in messages (`'resource gateway'`) */
  readonly what: string;
  /** the whole id (`/^rgw-[0-9a-z]{17}$/`), also checked where it ends a literal ARN */
  readonly idPattern: RegExp;
  /** an example of a good id (`'rgw-0123456789abcdef0'`) */
  readonly idExample: string;
  /** the id pattern in words (`'rgw- and 17 lowercase letters or digits'`) */
  readonly idShape: string;
  /** what `validateArn` expects of the ARN */
  readonly arnRules: ArnRules;
  /**
   * whether the messages name the ARN before the id (`Give exactly one of
   * serviceNetworkArn, serviceNetworkId`) and check it first, as the attributes list them
   * @default false
   */
  readonly arnFirst?: boolean;
}

/** The id and the ARN of an imported resource, one given and the other derived. */
export interface IdAndArn {
  /** the id: given, or the resource name of the given ARN (`Arn.split`) */
  readonly id: string;
  /** the ARN: given, or built from the id in the stack of the scope (`Stack.formatArn`) */
  readonly arn: string;
  /** the given ARN, for `ResourceProps.environmentFromArn`; undefined when the id was given */
  readonly environmentFromArn?: string;
}

/**
 * The rules of an import by id or ARN: exactly one of them given, the id of the id
 * pattern, the ARN of `arnRules` and ending in an id of the id pattern. Tokens are
 * accepted as they are, a literal ARN with a token inside is checked where it is literal.
 * Values are shown with their tokens resolved in the stack of `scope`.
 */
export function idAndArnRules(scope: IConstruct, options: IdAndArnOptions): ValidationRule[] {
  const { idProp, arnProp, id, arn } = options;
  const idLike = `like ${show(options.idExample)} (${options.idShape})`;
  const exactlyOne = ruleFromCheck(() => validateExactlyOne(options.arnFirst ? { [arnProp]: arn, [idProp]: id } : { [idProp]: id, [arnProp]: arn }));
  const idRule: ValidationRule = {
    condition: () => id !== undefined && !isUnresolved(id) && (typeof id !== 'string' || !options.idPattern.test(id)),
    message: () => `${idProp} must look ${idLike}, got ${show(id, scope)}`,
  };
  const arnRule = ruleFromCheck(() => {
    if (arn === undefined) {
      return;
    }
    validateArn(arnProp, arn, options.arnRules, scope);
    // the id inside a literal ARN follows the id pattern too
    const inArn = new RegExp(`${options.resourceType}/([^/]*)$`).exec(arn)?.[1];
    if (inArn !== undefined && !isUnresolved(inArn) && !options.idPattern.test(inArn)) {
      throw new Error(`${arnProp} must end in a ${options.what} id ${idLike}, got ${show(arn, scope)}`);
    }
  });
  return options.arnFirst ? [exactlyOne, arnRule, idRule] : [exactlyOne, idRule, arnRule];
}

/**
 * Checks an import by exactly one of an id and an ARN (`idAndArnRules`) together with the
 * import's other rules, all reported at once, then derives what was not given: the id
 * from the ARN, or the ARN from the id in the account and region of the stack of
 * `scope`.
 *
 * @param scope the scope the import is created in
 * @param options the id, the ARN and what they must look like
 * @param otherRules the import's other rules (its further attributes)
 */
export function idAndArn(scope: IConstruct, options: IdAndArnOptions, otherRules: readonly ValidationRule[] = []): IdAndArn {
  throwIfAny(options.construct, [...idAndArnRules(scope, options), ...otherRules]);
  if (options.arn !== undefined) {
    return {
      id: Arn.split(options.arn, ArnFormat.SLASH_RESOURCE_NAME).resourceName!,
      arn: options.arn,
      environmentFromArn: options.arn,
    };
  }
  const id = options.id!;
  return {
    id,
    arn: Stack.of(scope).formatArn({
      service: options.service,
      resource: options.resourceType,
      resourceName: id,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    }),
  };
}
