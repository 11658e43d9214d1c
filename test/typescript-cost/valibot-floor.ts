// The floor of test/typescript-cost.test.ts: what checking valibot's own declarations costs a
// project with the consumer's settings, which any declarations that name a valibot type pull in.
import type * as v from 'valibot';

export type AnySchema = v.GenericSchema;
