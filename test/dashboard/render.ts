/**
 * Renders the layout of a synthesized CloudWatch dashboard (its DashboardBody) as an SVG picture:
 * one box per widget at its grid position, with its title and kind. `npx projen dashboard:render`
 * writes the README's picture (docs/dashboard.svg) from the composite with `dashboard: true`;
 * test/database-monitoring.test.ts fails when the committed picture differs from the template.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SecureDatabaseAccess, SharePrincipal } from '../../src';

/** A widget of a dashboard body, as CloudWatch reads it. */
interface Widget {
  readonly type: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly properties: { readonly title?: string; readonly markdown?: string; readonly view?: string };
}

/**
 * The body of the only dashboard of a template, with every CloudFormation expression in it (a
 * region, a log group name) written as `…`.
 */
export function dashboardBody(template: Template): { widgets: Widget[] } {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
  if (dashboards.length !== 1) {
    throw new Error(`expected one dashboard, found ${dashboards.length}`);
  }
  const body: unknown = dashboards[0].Properties.DashboardBody;
  const text = typeof body === 'string'
    ? body
    : ((body as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]).map(part => (typeof part === 'string' ? part : '…')).join('');
  return JSON.parse(text);
}

/** The stack whose dashboard the README shows: the composite with a replica, alarms and a dashboard. */
export function readmeStack(): Stack {
  const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Provider', { env: { account: '111111111111', region: 'us-east-1' } });
  new SecureDatabaseAccess(stack, 'Access', {
    consumers: [SharePrincipal.account('222222222222')],
    databaseOptions: { readReplica: true, alarms: {} },
    dashboard: true,
  });
  return stack;
}

const CELL_X = 40;
const CELL_Y = 28;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a widget shows, in a few words. */
function kindOf(widget: Widget): string {
  switch (widget.type) {
    case 'metric': return 'metric graph (AWS/RDS)';
    case 'log': return `Logs Insights ${widget.properties.view ?? 'table'} (resource access logs)`;
    case 'alarm': return 'alarm status';
    case 'text': return 'text';
    default: return widget.type;
  }
}

/** The SVG picture of a dashboard body's layout. */
export function renderDashboard(body: { widgets: Widget[] }): string {
  const width = 24 * CELL_X;
  const height = Math.max(...body.widgets.map(w => w.y + w.height)) * CELL_Y;
  const boxes = body.widgets.map(w => {
    const title = w.properties.title ?? (w.properties.markdown ?? '').split('\n')[0].replace(/^#+\s*/, '');
    const x = w.x * CELL_X + 4;
    const y = w.y * CELL_Y + 4;
    const fill = w.type === 'log' ? '#e8f1fb' : w.type === 'metric' ? '#eef7ee' : w.type === 'alarm' ? '#fdf0e6' : '#f4f4f4';
    return [
      `  <rect x="${x}" y="${y}" width="${w.width * CELL_X - 8}" height="${w.height * CELL_Y - 8}" rx="6" fill="${fill}" stroke="#8a8a8a"/>`,
      `  <text x="${x + 10}" y="${y + 22}" font-family="sans-serif" font-size="15" font-weight="bold">${escape(title)}</text>`,
      w.height > 1 ? `  <text x="${x + 10}" y="${y + 42}" font-family="sans-serif" font-size="12" fill="#555">${escape(kindOf(w))}</text>` : '',
    ].filter(line => line !== '').join('\n');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `  <rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...boxes,
    '</svg>',
    '',
  ].join('\n');
}

/** Where the README's picture lives. */
export const PICTURE = path.join(__dirname, '..', '..', 'docs', 'dashboard.svg');

if (require.main === module) {
  fs.mkdirSync(path.dirname(PICTURE), { recursive: true });
  fs.writeFileSync(PICTURE, renderDashboard(dashboardBody(Template.fromStack(readmeStack()))));
  console.log(`wrote ${path.relative(process.cwd(), PICTURE)}`);
}
