/**
 * One measured synth, run by bench.ts in a fresh Node process:
 * `node run-one.js <scenario>`. Prints one JSON line: the load and synth phases in
 * milliseconds, the peak resident memory of the process and the template's resources.
 * The built-in CloudFormation validation follows CDK_VALIDATION, as in any CDK app.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

function main(): void {
  const name = process.argv[2];
  if (!name) {
    throw new Error('usage: run-one <scenario>');
  }
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lattice-bench-'));
  try {
    const loadStart = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const cdk = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadScenario } = require('./scenarios') as typeof import('./scenarios');
    const factory = loadScenario(name);
    const synthStart = performance.now();
    const app = new cdk.App({ outdir });
    const stack = factory(app);
    const assembly = app.synth();
    const synthEnd = performance.now();
    const template = assembly.getStackArtifact(stack.artifactId).template as { Resources?: Record<string, unknown> };
    process.stdout.write(JSON.stringify({
      scenario: name,
      startupMs: loadStart,
      loadMs: synthStart - loadStart,
      synthMs: synthEnd - synthStart,
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
      resources: Object.keys(template.Resources ?? {}).length,
    }) + '\n');
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

main();
