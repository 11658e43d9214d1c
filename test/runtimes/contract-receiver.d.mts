import type { Receiver } from '@wanxiang/receiver';

/** The matrix's receiver, configured through `setting` (environment variables or a Worker's env). */
export function contractReceiver(setting: (name: string) => string | undefined): Receiver;
