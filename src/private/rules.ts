/**
 * Validation as a table of rules, every failure reported at once, in the style of
 * aws-cdk-lib's `aws-rds/lib/validate-database-cluster-props.ts` (`validateAllProps`).
 *
 * A construct first runs its type guards, the checks that must stop at once (props that
 * are no object, a value of the wrong JavaScript type that later rules would crash on),
 * as immediate throws. Then it lists its value rules and hands them to `throwIfAny`,
 * which evaluates all of them and throws one Error naming every rule that fails:
 *
 * ```ts
 * throwIfAny('ResourceGateway', [
 *   {
 *     // https://docs.aws.amazon.com/... (the AWS rule's source)
 *     condition: () => props.subnets.length > 20,
 *     message: () => `subnets must hold at most 20 subnets, got ${props.subnets.length}`,
 *   },
 *   // an existing check of ./validation that throws joins the table as it is
 *   ruleFromCheck(() => validateRange('port', props.port, 1, 65535)),
 * ]);
 * ```
 *
 * Rules are evaluated in order, so a rule may read what an earlier one found (keep it in a
 * local object: `const found: { subnets?: PrivateSubnets } = {}`) and hold when it is missing.
 */

/**
 * One value rule of a construct's props.
 */
export interface ValidationRule {
  /**
   * True when the rule is broken (the props are wrong), as in aws-cdk-lib's
   * `ValidationRule.condition`. Called once; it must not throw (run the type guards
   * that make it safe first).
   */
  readonly condition: () => boolean;

  /**
   * What is wrong, called only when `condition` is true. Start it with the prop's name
   * and show the value given (`show` of `./validation`), such as
   * `name must be 3-40 characters long, got 'ab'`.
   */
  readonly message: () => string;
}

/**
 * A rule made of a check that throws (such as `validateEnum` or `validateArn` of
 * `./validation`): broken when the check throws an Error, whose message becomes the
 * rule's message. Lets the existing throwing checks join a table of rules.
 *
 * @param check throws an Error naming the prop when the value is wrong
 */
export function ruleFromCheck(check: () => void): ValidationRule {
  let message = '';
  return {
    condition: () => {
      try {
        check();
        return false;
      } catch (e) {
        if (!(e instanceof Error) || e instanceof TypeError || e instanceof RangeError) {
          // a crash, not a refusal: a type guard is missing before the rule
          throw e;
        }
        message = e.message;
        return true;
      }
    },
    message: () => message,
  };
}

/**
 * The messages of the rules that are broken, in the order of the rules. Every rule is
 * evaluated, whatever the others return; a rule may read what an earlier rule found.
 *
 * A rule that crashes (its condition or message throws, because a type guard is missing
 * before it) is a bug of the construct: its error propagates, of the same type, with the
 * construct and the rule's position in front of its message.
 *
 * @param construct the construct's name (`'ResourceGateway'`), named when a rule crashes
 * @param rules the rules to evaluate
 */
export function failures(construct: string, rules: readonly ValidationRule[]): string[] {
  const messages: string[] = [];
  rules.forEach((rule, index) => {
    try {
      if (rule.condition()) {
        messages.push(rule.message());
      }
    } catch (e) {
      if (e instanceof Error) {
        e.message = `${construct}: validation rule ${index + 1} of ${rules.length} crashed: ${e.message}`;
      }
      throw e;
    }
  });
  return messages;
}

/**
 * Evaluates every rule and, when any is broken, throws one Error whose message lists
 * the message of each broken rule, one per line (`messages.join('\n')`). With a single
 * broken rule the message is exactly that rule's message. Nothing is thrown when every
 * rule holds.
 *
 * @param construct the construct's name (`'ResourceGateway'`), named when a rule crashes
 * @param rules the rules to evaluate
 */
export function throwIfAny(construct: string, rules: readonly ValidationRule[]): void {
  const messages = failures(construct, rules);
  if (messages.length > 0) {
    throw new Error(messages.join('\n'));
  }
}
