/**
 * The parts of a valibot schema or pipe action object that the core's two schema walkers read:
 * coerce() (the fast path) and the issue collector (the error path). valibot's own types are
 * generic per schema; both walkers only need the fields that describe a schema's shape.
 */
export interface SchemaLike {
  kind?: string;
  type: string;
  expects?: string | null;
  message?: unknown;
  pipe?: SchemaLike[];
  entries?: Record<string, SchemaLike>;
  wrapped?: SchemaLike;
  default?: unknown;
  item?: SchemaLike;
  value?: SchemaLike;
  literal?: unknown;
  options?: readonly unknown[];
  /** A variant's discriminator name, or a record's key schema. */
  key?: string | SchemaLike;
  requirement?: unknown;
  check?: (input: unknown) => boolean;
  operation?: (input: unknown) => unknown;
  '~run'?: (dataset: { typed: boolean; value: unknown }, config: { abortEarly?: boolean }) => { value: unknown; issues?: ValibotIssue[] };
}

/** The parts of a valibot issue the collector reads. */
export interface ValibotIssue {
  input: unknown;
  message: string;
  path?: { key: unknown }[];
}
