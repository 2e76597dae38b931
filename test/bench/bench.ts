/**
 * Synth benchmark: `npx projen bench` (or
 * `npx ts-node --transpile-only -P tsconfig.dev.json test/bench/bench.ts [--runs=5] [--sizes=1,10,50]`).
 *
 * 1. Compiles src/, test/example/ and test/bench/ to JavaScript once (in .tmp/bench/js), so
 *    every measured process loads compiled code as a user of the published package does,
 *    and no TypeScript compiler runs inside a measurement.
 * 2. Runs each scenario `--runs` times, every synth in a fresh `node` process (module
 *    loading and memory are real), in round-robin order so that load on the machine spreads
 *    over all scenarios, with the built-in CloudFormation validation on and off
 *    (`CDK_VALIDATION=false`).
 * 3. Prints Markdown tables of the medians: process wall time, synth phase (construct +
 *    `app.synth()`, after the modules are loaded), peak RSS, template resources; the ratio
 *    of the example to the hand-written baseline; and the scaling of one gateway sharing
 *    1, 10 and 50 databases.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, '.tmp', 'bench', 'js');

interface Sample {
  readonly scenario: string;
  readonly startupMs: number;
  readonly loadMs: number;
  readonly synthMs: number;
  readonly maxRssMiB: number;
  readonly resources: number;
  /** process wall time measured by this script */
  readonly wallMs: number;
}

interface Case {
  readonly scenario: string;
  readonly validation: boolean;
}

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find(a => a.startsWith(prefix));
  return arg ? arg.slice(prefix.length) : fallback;
}

/** Transpiles the sources the scenarios need into OUT, keeping the folder layout. */
function compile(): void {
  fs.rmSync(OUT, { recursive: true, force: true });
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'test', 'example'));
  walk(path.join(ROOT, 'test', 'bench'));
  for (const file of files) {
    const output = ts.transpileModule(fs.readFileSync(file, 'utf-8'), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
      },
    });
    const target = path.join(OUT, path.relative(ROOT, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output.outputText);
  }
}

function runOnce(c: Case): Sample {
  const env = { ...process.env };
  delete env.CDK_VALIDATION;
  if (!c.validation) {
    env.CDK_VALIDATION = 'false';
  }
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [path.join(OUT, 'test', 'bench', 'run-one.js'), c.scenario], {
    cwd: ROOT,
    env,
    encoding: 'utf-8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const line = (child.stdout ?? '').split('\n').reverse().find(l => l.startsWith('{"scenario"'));
  if (child.status !== 0 || line === undefined) {
    throw new Error(`scenario ${c.scenario} (validation ${c.validation ? 'on' : 'off'}) failed with ${child.status}:\n${child.stderr}\n${child.stdout}`);
  }
  return { ...JSON.parse(line), wallMs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Summary {
  readonly wallMs: number;
  readonly synthMs: number;
  readonly loadMs: number;
  readonly maxRssMiB: number;
  readonly resources: number;
  readonly runs: number;
}

function summarize(samples: Sample[]): Summary {
  return {
    wallMs: median(samples.map(s => s.wallMs)),
    synthMs: median(samples.map(s => s.synthMs)),
    loadMs: median(samples.map(s => s.loadMs)),
    maxRssMiB: median(samples.map(s => s.maxRssMiB)),
    resources: samples[0].resources,
    runs: samples.length,
  };
}

const key = (c: Case) => `${c.scenario}|${c.validation ? 'on' : 'off'}`;
const ms = (n: number) => `${Math.round(n).toLocaleString('en-US')} ms`;
const mib = (n: number) => `${Math.round(n)} MiB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

function main(): void {
  const runs = Number(option('runs', '5'));
  const sizes = option('sizes', '1,10,50').split(',').map(Number);
  if (!Number.isInteger(runs) || runs < 1 || sizes.some(n => !Number.isInteger(n) || n < 1) || sizes.length < 2) {
    throw new Error('--runs must be a positive whole number and --sizes at least two positive whole numbers, e.g. --runs=5 --sizes=1,10,50');
  }

  process.stderr.write('compiling src/, test/example/ and test/bench/ to .tmp/bench/js ...\n');
  compile();

  const cases: Case[] = [];
  for (const validation of [false, true]) {
    for (const scenario of ['empty', 'hand-written', 'example', ...sizes.map(n => `scale-${n}`)]) {
      cases.push({ scenario, validation });
    }
  }
  for (const n of sizes) {
    cases.push({ scenario: `scale-network-${n}`, validation: false });
  }

  // one warm-up run of the largest case fills the file system cache; it is not counted
  runOnce({ scenario: 'example', validation: false });
  const samples = new Map<string, Sample[]>();
  for (let run = 1; run <= runs; run++) {
    for (const c of cases) {
      process.stderr.write(`run ${run}/${runs}: ${c.scenario}, validation ${c.validation ? 'on' : 'off'}\n`);
      const list = samples.get(key(c)) ?? [];
      list.push(runOnce(c));
      samples.set(key(c), list);
    }
  }
  const result = (scenario: string, validation: boolean) => summarize(samples.get(key({ scenario, validation }))!);

  const cdkVersion = (JSON.parse(fs.readFileSync(require.resolve('aws-cdk-lib/package.json'), 'utf-8')) as { version: string }).version;
  const lines: string[] = [];
  lines.push(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
    + `Node ${process.version}, aws-cdk-lib ${cdkVersion}, ${new Date().toISOString().slice(0, 10)}; medians of ${runs} runs, each a fresh process.`);
  lines.push('');
  lines.push('| Stack | Validation | Resources | Process wall time | Synth phase | Peak RSS |');
  lines.push('|---|---|---:|---:|---:|---:|');
  for (const validation of [false, true]) {
    for (const scenario of ['empty', 'hand-written', 'example']) {
      const r = result(scenario, validation);
      lines.push(`| ${scenario} | ${validation ? 'on' : 'off'} | ${r.resources} | ${ms(r.wallMs)} | ${ms(r.synthMs)} | ${mib(r.maxRssMiB)} |`);
    }
  }
  lines.push('');
  lines.push('| Example ÷ hand-written | Process wall time | Synth phase | Peak RSS | Wall time above the empty stack |');
  lines.push('|---|---:|---:|---:|---:|');
  for (const validation of [false, true]) {
    const ex = result('example', validation);
    const hw = result('hand-written', validation);
    const empty = result('empty', validation);
    lines.push(`| validation ${validation ? 'on' : 'off'} | ${ratio(ex.wallMs, hw.wallMs)} | ${ratio(ex.synthMs, hw.synthMs)} | `
      + `${ratio(ex.maxRssMiB, hw.maxRssMiB)} | ${ratio(ex.wallMs - empty.wallMs, hw.wallMs - empty.wallMs)} |`);
  }
  lines.push('');
  lines.push('Scaling: one resource gateway sharing N imported databases in one RAM share (with a service network: every configuration also associated with it).');
  lines.push('');
  lines.push('| Databases | Validation | Resources | Resources per added database | Synth phase | Synth per added database | Peak RSS |');
  lines.push('|---:|---|---:|---:|---:|---:|---:|');
  const scalingRows = (prefix: string, validation: boolean, label: string) => {
    let previous: { n: number; r: Summary } | undefined;
    for (const n of sizes) {
      const r = result(`${prefix}-${n}`, validation);
      const perDb = previous ? ((r.resources - previous.r.resources) / (n - previous.n)).toFixed(2) : '–';
      const perDbMs = previous ? ms((r.synthMs - previous.r.synthMs) / (n - previous.n)) : '–';
      lines.push(`| ${n}${label} | ${validation ? 'on' : 'off'} | ${r.resources} | ${perDb} | ${ms(r.synthMs)} | ${perDbMs} | ${mib(r.maxRssMiB)} |`);
      previous = { n, r };
    }
  };
  scalingRows('scale', false, '');
  scalingRows('scale', true, '');
  scalingRows('scale-network', false, ' (service network)');
  process.stdout.write(lines.join('\n') + '\n');
}

main();
