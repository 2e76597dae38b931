/**
 * `npx projen synth:example [-c key=value ...]`: synthesizes the example stack offline
 * (no AWS credentials needed) into cdk.out/example and prints where the template is and
 * what would be deployed.
 */
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { CONTEXT_KEYS } from './context';
import { SecureDatabaseAccessStack } from './stack';

function parseArgs(argv: string[]): Record<string, string> {
  const context: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let pair: string | undefined;
    if (arg === '-c' || arg === '--context') {
      pair = argv[++i];
    } else if (arg.startsWith('--context=')) {
      pair = arg.slice('--context='.length);
    } else {
      throw new Error(`Unknown argument ${JSON.stringify(arg)}: pass context as -c key=value`);
    }
    const eq = pair?.indexOf('=') ?? -1;
    if (pair === undefined || eq <= 0) {
      throw new Error(`Context must be given as -c key=value, got ${JSON.stringify(pair)}`);
    }
    const key = pair.slice(0, eq);
    if (!CONTEXT_KEYS.includes(key)) {
      throw new Error(`Unknown context key ${JSON.stringify(key)}; the example reads: ${CONTEXT_KEYS.join(', ')}`);
    }
    context[key] = pair.slice(eq + 1);
  }
  return context;
}

function main(): void {
  const context = parseArgs(process.argv.slice(2));
  const outdir = path.resolve(process.cwd(), 'cdk.out', 'example');
  const app = new App({ outdir, context });
  const stack = new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack', { stackName: 'SecureDatabaseAccessStack' });
  const assembly = app.synth();
  const artifact = assembly.getStackByName(stack.stackName);
  const template = artifact.template as { Resources?: Record<string, { Type: string }>; Outputs?: Record<string, unknown> };

  const counts = new Map<string, number>();
  for (const resource of Object.values(template.Resources ?? {})) {
    counts.set(resource.Type, (counts.get(resource.Type) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const width = Math.max(...[...counts.keys()].map(k => k.length));

  const lines = [
    `Synthesized ${stack.stackName} offline${Object.keys(context).length ? ` with ${Object.entries(context).map(([k, v]) => `${k}=${v}`).join(', ')}` : ' with the default context'}.`,
    `Template: ${path.relative(process.cwd(), path.join(outdir, artifact.templateFile))}`,
    '',
    `What would be deployed (${total} resources):`,
    ...[...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([type, n]) => `  ${type.padEnd(width)}  ${n}`),
    '',
    `Outputs: ${Object.keys(template.Outputs ?? {}).join(', ')}`,
  ];
  const warnings = artifact.messages.filter(m => m.level === 'warning');
  if (warnings.length > 0) {
    lines.push('', 'Warnings:', ...warnings.map(w => `  ${w.id}: ${String(w.entry.data)}`));
  }
  process.stdout.write(lines.join('\n') + '\n');
}

try {
  main();
} catch (e) {
  process.stderr.write(`synth:example failed: ${(e as Error).message}\n`);
  process.exit(1);
}
