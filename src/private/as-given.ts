import { Construct } from 'constructs';

/** A quoted value in a message, as `show` writes it: `'...'` (not an apostrophe inside a word) or `"..."`. */
const QUOTED = /((?<![A-Za-z0-9])'[^']*'|"(?:[^"\\]|\\.)*")/;

/**
 * Builds a child construct from the user's props and, when it refuses them, makes its
 * message name the props the user set rather than the child's own: the rule stays the
 * child's, only the names change (`ipv4AddressesPerEni must be ...` becomes
 * `gatewayOptions.ipv4AddressesPerEni must be ...`). The same holds for what the child's
 * own validation reports at synth time. Quoted values in a message are left as they are;
 * a TypeError is passed on untouched.
 *
 * @param renames the child's prop name to the path the user wrote, for the props the user set
 * @param build constructs the child
 */
export function asGiven<T extends Construct>(renames: Record<string, string | undefined>, build: () => T): T {
  const pairs = Object.entries(renames).filter((r): r is [string, string] => r[1] !== undefined && r[1] !== r[0]);
  let made: T;
  try {
    made = build();
  } catch (e) {
    if (e instanceof Error && !(e instanceof TypeError)) {
      e.message = renameProps(e.message, pairs);
    }
    throw e;
  }
  if (pairs.length > 0) {
    const node = made.node;
    const validate = node.validate.bind(node);
    Object.defineProperty(node, 'validate', { value: () => validate().map(message => renameProps(message, pairs)) });
  }
  return made;
}

/** A message with each `from` prop name (a whole word, outside quoted values) written as its `to` path. */
function renameProps(message: string, pairs: Array<[string, string]>): string {
  return message.split(QUOTED).map((part, i) => i % 2 === 1 ? part
    : pairs.reduce((text, [from, to]) => text.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to), part)).join('');
}

/** `{ key: 'prefix.key' }` for every key the user set in an options object. */
export function pathsOf(prefix: string, options: object | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, v]) => v !== undefined).map(([k]) => [k, `${prefix}.${k}`]));
}
