import { describeEvent } from '@wanxiang/receiver';
import type { Colors } from 'picocolors/types';
import { escapeControls, eventTree } from '../output/event-tree.js';
import type { RequestOutcome } from './request-outcome.js';

/** What the receiver answered, as `listen` read it back: the status and the JSON body. */
export interface Answer {
  status: number;
  body: { code?: unknown; message?: unknown; issues?: unknown; test?: unknown; id?: unknown } | undefined;
}

const relayed = { delivered: 'delivered', duplicate: 'delivered already', logged: 'logged', gone: 'gone (410 downstream)' } as const;

/**
 * The lines one request is printed as: one always (status, the event as `describeEvent` says it,
 * what the relay did, deviations flagged; or a refusal's code and message), and with `verbose`
 * the event's tree or the refusal's issues. Every value from the request is escaped.
 */
export function answerLines(answer: Answer, outcome: RequestOutcome, colors: Colors, verbose: boolean): string[] {
  const { status, body } = answer;
  const shown = status < 300 ? colors.green(String(status)) : status >= 500 ? colors.yellow(String(status)) : colors.red(String(status));
  const time = colors.dim(new Date().toISOString().slice(11, 19));
  const { delivery } = outcome;
  const lines: string[] = [];
  if (delivery) {
    const { deviations } = delivery;
    const what = status < 300 ? relayed[outcome.relay ?? 'logged'] : `not delivered: ${escapeControls(outcome.failure ?? String(body?.code ?? 'failed'))}`;
    const flagged = deviations ? ` ${colors.yellow(`flagged: ${deviations.count} value(s) moved out, first at ${escapeControls(deviations.values[0]?.path ?? '?')}`)}` : '';
    lines.push(`${time} ${shown} ${describeEvent(delivery.event)} → ${what} ${colors.dim(`[${escapeControls(delivery.id)}]`)}${flagged}`);
    if (verbose) lines.push(...eventTree(delivery.event, colors, '    '));
    if (verbose && deviations) for (const issue of deviations.issues) lines.push(`    ${colors.yellow(escapeControls(issue.path))}: ${escapeControls(issue.message)}`);
    return lines;
  }
  if (status < 300) return [`${time} ${shown} ${body?.test === true ? 'the test request CI sends when a callback URL is saved (not forwarded)' : 'answered'}`];
  lines.push(`${time} ${shown} ${colors.red(escapeControls(String(body?.code ?? 'ERROR')))} ${escapeControls(String(body?.message ?? ''))}`);
  if (verbose && Array.isArray(body?.issues)) {
    for (const issue of body.issues as { path?: unknown; message?: unknown }[])
      lines.push(`    ${issue.path ? escapeControls(String(issue.path)) : colors.dim('(body)')}: ${escapeControls(String(issue.message ?? ''))}`);
  }
  return lines;
}
