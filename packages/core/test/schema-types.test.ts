import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a Node script without declarations; its functions are checked by this test.
import { aliasDeclaration, existingTypeFiles, generate, generateTypes, inferredProgram, OUTPUT } from '../scripts/generate-types.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

type Generated = Map<string, string>;

describe('the generated output interfaces (src/types)', () => {
  it('are what the generator writes from the schemas now: none is stale, missing or left over', () => {
    const generated: Generated = generateTypes();
    const onDisk = new Map((existingTypeFiles() as string[]).map((path) => [path, readFileSync(path, 'utf8')]));
    const names = (files: Generated) => [...files.keys()].map((path) => relative(packageDir, path)).sort();
    expect(names(onDisk)).toEqual(names(generated));
    for (const [path, content] of generated) expect(onDisk.get(path), relative(packageDir, path)).toBe(content);
  }, 60_000);

  it('are each exported by the main entry, so a declaration that names one can be emitted', () => {
    const index = readFileSync(`${packageDir}src/index.ts`, 'utf8');
    const missing = (existingTypeFiles() as string[])
      .map((path) => `./${relative(`${packageDir}src`, path).split('\\').join('/').replace(/\.ts$/, '.js')}`)
      .filter((specifier) => !index.includes(`export type * from '${specifier}';`));
    expect(missing).toEqual([]);
  });

  it('each equal v.InferOutput of its schema, both ways', () => {
    // Appended to each schema module, next to the generator's unannotated copy of the schema
    // (`X__inferred`) and its output (`X__output`); X is the module's alias of the generated
    // interface. Both sides are flattened all the way down first: a loose object infers as an
    // intersection with its index signature and an empty node as an empty mapped type, which the
    // strict equality below tells from the same members written out. Optionality, readonly (of
    // members and of arrays: the mapped type keeps an array's readonly and a tuple's shape), index
    // signatures and every member's type still have to match.
    const { program, checker, modules } = inferredProgram((name: string) => {
      const flat = (type: string) => `__Flat<${type}>`;
      const equal = (a: string, b: string) => `(<T>() => T extends ${a} ? 1 : 2) extends (<T>() => T extends ${b} ? 1 : 2) ? true : false`;
      return (
        `type __Flat<T> = T extends readonly unknown[] ? { [K in keyof T]: __Flat<T[K]> } : T extends object ? { [K in keyof T]: __Flat<T[K]> } : T;\n`.replace(/__Flat/g, `${name}__Flat`) +
        `export type ${name}__same = [${equal(flat(`${name}${OUTPUT}`), flat(name))}, ${equal(flat(name), flat(`${name}${OUTPUT}`))}];\n`.replace(/__Flat/g, `${name}__Flat`)
      );
    });
    // The shared bases (JobFields, …) and the nested objects that extend one (TranscodeOperation,
    // …) have no schema of their own: they are checked as parts of the interfaces that hold them.
    const parts = new Set<string>(generate().parts);
    expect(parts.size, 'the bases and what extends them').toBeGreaterThan(30);
    const declared = (existingTypeFiles() as string[]).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/^export interface (\w+)/gm)].filter((match) => !parts.has(match[1]!)).map((match) => `${relative(`${packageDir}src/types`, path)}: ${match[1]}`),
    );
    expect(declared.length, 'the generated interfaces').toBeGreaterThan(60);
    const verdicts: Record<string, string> = {};
    for (const [path, { schemas }] of modules as Map<string, { schemas: { name: string }[] }>) {
      const file = program.getSourceFile(path);
      for (const { name } of schemas) {
        const key = `${relative(`${packageDir}src/schemas`, path)}: ${name}`;
        if (!declared.includes(key)) continue;
        const same = checker.getTypeFromTypeNode(aliasDeclaration(file, `${name}__same`).type);
        verdicts[key] = `[${checker
          .getTypeArguments(same)
          .map((verdict: unknown) => checker.typeToString(verdict))
          .join(', ')}]`;
      }
    }
    expect(Object.keys(verdicts).sort()).toEqual(declared.sort());
    expect(Object.entries(verdicts).filter(([, verdict]) => verdict !== '[true, true]')).toEqual([]);
  }, 60_000);
});
