import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** The most resources CloudFormation accepts in one stack (a service quota that cannot be raised). */
export const CLOUDFORMATION_RESOURCE_LIMIT = 500;

/** The stacks that already carry the validation, so each gets it once however many constructs ask. */
const validatedStacks = new WeakSet<Stack>();

/**
 * Makes synthesis fail with a clear message when the stack of `scope` holds more
 * CloudFormation resources than CloudFormation accepts, instead of a deployment that
 * fails after upload. The check is added once per stack; the resources are counted when
 * the app is validated (after every construct and aspect has run), so resources added
 * after the call are counted too. Resources of nested stacks count in the nested stack.
 */
export function addResourceLimitValidation(scope: IConstruct): void {
  const stack = Stack.of(scope);
  if (validatedStacks.has(stack)) {
    return;
  }
  validatedStacks.add(stack);
  stack.node.addValidation({
    validate: () => {
      const count = countCfnResources(stack);
      if (count <= CLOUDFORMATION_RESOURCE_LIMIT) {
        return [];
      }
      return [
        `Stack ${stack.stackName} (${stack.node.path}) has ${count} CloudFormation resources, more than the ${CLOUDFORMATION_RESOURCE_LIMIT} CloudFormation allows in one stack: `
        + 'split the shared databases across stacks (for example one resource gateway and its resource configurations per stack) '
        + 'or move unrelated resources to another stack.',
      ];
    },
  });
}

/** The CloudFormation resources that end up in the template of `stack` (not in its nested stacks). */
export function countCfnResources(stack: Stack): number {
  let count = 0;
  for (const construct of stack.node.findAll()) {
    if (CfnResource.isCfnResource(construct) && Stack.of(construct) === stack) {
      count++;
    }
  }
  return count;
}
