/**
 * The stacks the benchmark synthesizes, by name: `empty`, `hand-written`, `example`,
 * `scale-<N>` (one gateway sharing N imported databases) and `scale-network-<N>` (the same,
 * with every configuration in one service network).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { App, Stack } from 'aws-cdk-lib';

/** Adds the stack of a scenario to an app. */
export type ScenarioFactory = (app: App) => Stack;

/**
 * Loads the modules of scenario `name` (this is the "load" phase of the benchmark) and
 * returns the function that adds its stack to an app (the "synth" phase).
 */
export function loadScenario(name: string): ScenarioFactory {
  if (name === 'empty') {
    const { Stack: StackClass } = require('aws-cdk-lib') as typeof import('aws-cdk-lib');
    return app => new StackClass(app, 'EmptyStack');
  }
  if (name === 'hand-written') {
    const { HandWrittenStack } = require('./hand-written') as typeof import('./hand-written');
    return app => new HandWrittenStack(app, 'HandWrittenStack');
  }
  if (name === 'example') {
    const { SecureDatabaseAccessStack } = require('../example/stack') as typeof import('../example/stack');
    return app => new SecureDatabaseAccessStack(app, 'SecureDatabaseAccessStack');
  }
  const scale = /^scale(-network)?-(\d+)$/.exec(name);
  if (scale) {
    const { ScalingStack } = require('./scaling') as typeof import('./scaling');
    return app => new ScalingStack(app, 'ScalingStack', { databaseCount: Number(scale[2]), serviceNetwork: scale[1] !== undefined });
  }
  throw new Error(`Unknown scenario ${JSON.stringify(name)}: empty, hand-written, example, scale-<N>, scale-network-<N>`);
}
