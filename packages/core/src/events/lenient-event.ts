import type { Deviations } from '../deviations.js';
import type { CallbackEvent } from './callback-event.js';

/** What the lenient reading gives: the typed event, and what was moved out of it (absent when nothing was). */
export interface LenientEvent {
  event: CallbackEvent;
  deviations?: Deviations;
}
