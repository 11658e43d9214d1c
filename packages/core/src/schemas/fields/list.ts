import * as v from 'valibot';

/**
 * A field the docs type as an array ("Container array", "String array"). XML shows one
 * element where JSON shows a one-item array; the schema, not the element count, decides that
 * the value is a list.
 */
export function list<TItem extends v.GenericSchema>(item: TItem): ListSchema<TItem> {
  return v.pipe(
    v.unknown(),
    v.transform((input): unknown[] => (Array.isArray(input) ? input : [input])),
    v.array(item),
  );
}

/** The schema {@link list} returns; named so declarations refer to it instead of spelling it out. */
export type ListSchema<TItem extends v.GenericSchema> = v.SchemaWithPipe<readonly [v.UnknownSchema, v.TransformAction<unknown, unknown[]>, v.ArraySchema<TItem, undefined>]>;
