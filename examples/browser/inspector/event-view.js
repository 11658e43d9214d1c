// Which view draws an event, decided by its shape.
import { otherFields } from './card-parts.js';
import { h } from './dom.js';
import { moderationDetailView, moderationSimpleView } from './moderation-view.js';
import { summary } from './summary.js';
import { taskFinishView } from './task-finish-view.js';
import { isObject } from './value-shape.js';
import { workflowView } from './workflow-view.js';

function unknownView(event, formatNote) {
  return [summary(event.EventName, 'not a documented event: fields kept as text', formatNote), h('article', { class: 'card' }, otherFields(event, ['EventName'], 'Fields'))];
}

/** The view of `event`, with `formatNote` (how its format was decided) in its header. */
export function eventView(event, formatNote) {
  if (event.EventName === 'TaskFinish' && Array.isArray(event.JobsDetail)) return taskFinishView(event, formatNote);
  if (event.EventName === 'WorkflowFinish' && isObject(event.WorkflowExecution)) return workflowView(event, formatNote);
  if (isObject(event.JobsDetail)) return moderationDetailView(event, formatNote);
  if ('code' in event && 'message' in event) return moderationSimpleView(event, formatNote);
  return unknownView(event, formatNote);
}
