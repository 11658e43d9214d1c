// Writes src/types/**: the output type of every named schema in src/schemas/**, as a plain
// interface. The schemas stay the single source: this script asks the TypeScript checker what
// `v.InferOutput` of each schema's own expression is and prints it, and
// packages/core/test/schema-types.test.ts re-runs it in memory (stale files fail) and checks
// every pair equal.
//
// Why: each schema is declared with its interface (`v.GenericSchema<unknown, X>`, or `JobSchema`,
// `ReviewEventSchema` or `DeclaredObjectSchema` where a variant reads the discriminating entry), so
// the published declarations hold no `v.InferOutput` chain for a user's compiler to evaluate, only
// interfaces to read, and JSR finds no slow types. An interface, not an alias, so that
// declarations and hovers name a job or node instead of spelling it out; a nested node without a
// name of its own (an exported schema, or an unexported one given a type) is inlined.
//
// The compiler API rather than a walker over valibot schemas: the checker already knows every
// valibot rule (optional keys, loose index signatures, transforms, pipes), so the printed type is
// what InferOutput gives, not a second implementation of it.
//
// Run by the root `npm run build` (and the core's prepack) before tsc; .ci/run fails when the build
// changes the committed files. Node only: not part of the package's code. The schema modules import
// these files, so a new schema module needs its types file to exist (an empty `export {};` will
// do) before the first run; imports are sorted by code point, so the output is the same anywhere.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(packageDir, 'src');
const schemasDir = join(srcDir, 'schemas');
const typesDir = join(srcDir, 'types');

/** The suffix of the in-memory copy of a schema's expression, left without annotation so tsc infers it. */
const INFERRED = '__inferred';
/** The suffix of the alias of that copy's inferred output. */
export const OUTPUT = '__output';

/**
 * The shared members written as one interface each, which the interfaces that have all of them
 * (each printed the same) extend instead of repeating: every job's fields, every `Operation`'s,
 * every moderation `JobsDetail`'s. Each is the loose, all-optional object of a module's entries
 * constant (whose TSDoc it takes); a nested object that extends one is named
 * `<owner without Job><member>` (`TranscodeOperation`). Types only: the schemas keep spreading
 * the entries, so nothing here exists at run time.
 */
const BASES = [
  { module: 'job.ts', entries: 'jobEntries', name: 'JobFields' },
  { module: 'job.ts', entries: 'operationEntries', name: 'OperationFields' },
  { module: 'moderation/review-job.ts', entries: 'reviewJobEntries', name: 'ReviewJobFields' },
];

export const HEADER = `// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. \`npm run build\` rewrites it after a schema changes.
`;

/** @returns {string[]} every schema module, sorted */
function schemaModules(dir = schemasDir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? schemaModules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []))
    .sort();
}

/**
 * The named schemas of one module: exported PascalCase consts, and unexported ones given a type
 * (a deliberately named node). Names ending in `Schema` are the unnamed inputs of such consts.
 * @param {ts.SourceFile} file
 */
function namedSchemas(file) {
  const found = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      if (!/^[A-Z]/.test(name) || name.endsWith('Schema')) continue;
      if (exported || declaration.type) found.push({ name, initializer: declaration.initializer.getText(file) });
    }
  }
  return found;
}

/**
 * A program over the package whose schema modules each end with an unannotated copy of every
 * named schema's expression and its inferred output (and, when `probe` is given, extra lines).
 * @param {(name: string) => string} [probe] more source appended per named schema
 */
export function inferredProgram(probe) {
  const config = ts.getParsedCommandLineOfConfigFile(join(packageDir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!config) throw new Error('cannot read packages/core/tsconfig.json');
  const options = { ...config.options, noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, noUnusedLocals: false };
  const modules = new Map();
  for (const path of schemaModules()) {
    const text = readFileSync(path, 'utf8');
    const schemas = namedSchemas(ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true));
    const bases = BASES.filter((base) => join(schemasDir, base.module) === path);
    if (schemas.length === 0 && bases.length === 0) continue;
    const appended = schemas.map(
      ({ name, initializer }) => `const ${name}${INFERRED} = ${initializer};\nexport type ${name}${OUTPUT} = __v.InferOutput<typeof ${name}${INFERRED}>;\n${probe ? probe(name) : ''}`,
    );
    for (const { name, entries } of bases) {
      appended.push(`const ${name}${INFERRED} = __v.partial(__v.looseObject(${entries}));\nexport type ${name}${OUTPUT} = __v.InferOutput<typeof ${name}${INFERRED}>;\n`);
    }
    modules.set(path, { schemas, bases, text: `${text}\nimport * as __v from 'valibot';\n${appended.join('')}` });
  }
  const host = ts.createCompilerHost(options);
  const readFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const module = modules.get(fileName.split('/').join(sep));
    return module ? ts.createSourceFile(fileName, module.text, languageVersion, true) : readFile(fileName, languageVersion, onError);
  };
  const program = ts.createProgram({ rootNames: config.fileNames, options, host });
  return { program, checker: program.getTypeChecker(), modules };
}

/**
 * @returns {{ files: Map<string, string>, parts: string[] }} each generated file's path (under
 *   src/types) and content, and the interfaces among them that are no schema's output (the
 *   bases and the nested objects that extend one), which the equality test checks through the
 *   interfaces that contain them
 */
export function generate() {
  const { program, checker, modules } = inferredProgram();
  const typesFile = (path) => join(typesDir, relative(schemasDir, path));
  /** The module-scope constant `name` of `file`. */
  const constant = (file, name) => checker.getSymbolsInScope(file, ts.SymbolFlags.Variable).find((symbol) => symbol.name === name);
  const bases = [...modules].flatMap(([path, module]) =>
    module.bases.map(({ name, entries }) => {
      const file = program.getSourceFile(path);
      return { name, target: typesFile(path), doc: docComment(constant(file, entries), checker, ''), output: outputOf(checker, file, name) };
    }),
  );
  const files = new Map();
  const parts = bases.map(({ name }) => name);
  for (const [path, { schemas }] of modules) {
    const file = program.getSourceFile(path);
    const target = typesFile(path);
    const local = new Set([...schemas.map(({ name }) => name), ...bases.filter((base) => base.target === target).map(({ name }) => name)]);
    const printer = new TypePrinter(checker, target, path, local, bases);
    const interfaces = [];
    for (const base of bases) if (base.target === target) interfaces.push(printer.declaration(base.name, base.output, base.doc, base.name));
    for (const { name } of schemas) {
      const output = outputOf(checker, file, name);
      if (!isObjectOutput(output)) continue;
      // An unexported node is often written as `XSchema` and given its type as `X`: its TSDoc is on the former.
      const doc = docComment(constant(file, name), checker, '') || docComment(constant(file, `${name}Schema`), checker, '');
      interfaces.push(printer.declaration(name, output, doc));
    }
    interfaces.push(...printer.hoisted.map(({ text }) => text));
    parts.push(...printer.hoisted.map(({ name }) => name));
    if (interfaces.length > 0) files.set(target, `${HEADER}${printer.imports()}\n${interfaces.join('\n')}`);
  }
  return { files, parts };
}

/** @returns {Map<string, string>} each generated file's path (under src/types) and content */
export function generateTypes() {
  return generate().files;
}

/** The inferred output of the named schema (or base) `name` of a module. */
function outputOf(checker, file, name) {
  return checker.getTypeFromTypeNode(aliasDeclaration(file, `${name}${OUTPUT}`).type);
}

/** @param {ts.SourceFile} file @param {string} name @returns {ts.TypeAliasDeclaration} */
export function aliasDeclaration(file, name) {
  const found = file.statements.find((statement) => ts.isTypeAliasDeclaration(statement) && statement.name.text === name);
  if (!found) throw new Error(`no type ${name} in ${file.fileName}`);
  return found;
}

/** An object output, named here: an anonymous object, or (a loose object's) intersection of them. */
function isObjectOutput(type) {
  return isAnonymousObject(type) || (!!(type.flags & ts.TypeFlags.Intersection) && !type.aliasSymbol && type.types.every(isAnonymousObject));
}

/** @param {ts.Type} type */
function isAnonymousObject(type) {
  return !!(type.flags & ts.TypeFlags.Object) && !type.aliasSymbol && !!(type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped)) && !isArray(type);
}

/** @param {ts.Type} type */
function isArray(type) {
  return !!(type.flags & ts.TypeFlags.Object) && (type.symbol?.name === 'Array' || type.symbol?.name === 'ReadonlyArray') && !!(type.objectFlags & ts.ObjectFlags.Reference);
}

/** The symbol's TSDoc as a comment, then `indent` (the next line's), or nothing. */
function docComment(symbol, checker, indent) {
  const text = symbol ? ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() : '';
  if (!text) return '';
  const lines = text.split('\n');
  if (lines.length === 1) return `/** ${lines[0]} */\n${indent}`;
  return `/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n${indent}`;
}

/** Prints output types as TypeScript source, importing the named interfaces they use. */
class TypePrinter {
  /**
   * @param {ts.TypeChecker} checker
   * @param {string} target the file being written
   * @param {string} module the schema module it is generated from
   * @param {Set<string>} local the names it declares
   * @param {{ name: string, target: string, output: ts.Type }[]} bases the shared interfaces (see BASES)
   */
  constructor(checker, target, module, local, bases) {
    this.checker = checker;
    this.target = target;
    this.module = module;
    this.local = local;
    this.bases = bases;
    /** @type {Map<string, Set<string>>} module specifier → names */
    this.imported = new Map();
    /** @type {{ name: string, text: string }[]} nested objects that extend a base, named and declared at the top */
    this.hoisted = [];
    /** The interface being declared, which names what is hoisted out of it. */
    this.owner = '';
  }

  /** A printer for trial prints: what it imports or hoists is dropped. */
  fork() {
    const fork = new TypePrinter(this.checker, this.target, this.module, new Set(this.local), this.bases);
    fork.owner = this.owner;
    return fork;
  }

  imports() {
    return [...this.imported]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';\n`)
      .join('');
  }

  /** `export interface name [extends Base] {…}` for an object output; `self` is the base being declared, which extends none. */
  declaration(name, type, doc, self) {
    this.owner = name;
    const base = self ? undefined : this.baseOf(type, '');
    return `${doc}export interface ${name} ${base ? `extends ${this.reference(base)} ` : ''}${this.body(type, '', base)}\n`;
  }

  /** @param {ts.Type} type @param {string} indent @param {string} [member] the member this object is the type of */
  members(type, indent, member) {
    const base = member === undefined ? undefined : this.baseOf(type, indent);
    if (!base) return this.body(type, indent, undefined);
    // A nested object that has a base's members becomes an interface of its own, which extends it.
    const name = `${this.owner.replace(/Job$/, '')}${member}`;
    if (this.local.has(name)) throw new Error(`${name} is declared twice in ${relative(packageDir, this.target)}`);
    this.local.add(name);
    const text = `/** \`${member}\` of {@link ${this.owner}}. */\nexport interface ${name} extends ${this.reference(base)} ${this.body(type, '', base)}\n`;
    this.hoisted.push({ name, text });
    return name;
  }

  /** The members of `type` (less those of `base`) as an object literal body. */
  body(type, indent, base) {
    const inner = `${indent}  `;
    const inherited = new Set(base ? this.checker.getPropertiesOfType(base.output).map((property) => property.name) : []);
    const lines = [];
    for (const property of this.checker.getPropertiesOfType(type)) if (!inherited.has(property.name)) lines.push(this.member(property, inner));
    for (const index of this.checker.getIndexInfosOfType(type)) {
      lines.push(`${inner}${index.isReadonly ? 'readonly ' : ''}[key: ${this.type(index.keyType, inner)}]: ${this.type(index.type, inner)};`);
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** One member, as its line (with its TSDoc) at `inner`. */
  member(property, inner) {
    const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
    const name = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : `'${property.name.replace(/[\\']/g, '\\$&')}'`;
    return `${inner}${docComment(property, this.checker, inner)}${name}${optional}: ${this.type(this.checker.getTypeOfSymbol(property), inner, property.name)};`;
  }

  /** The base whose every member (and index signature) `type` has, printed the same; else undefined. */
  baseOf(type, indent) {
    const inner = `${indent}  `;
    const properties = new Map(this.checker.getPropertiesOfType(type).map((property) => [property.name, property]));
    const indexes = (object, printer) => this.checker.getIndexInfosOfType(object).map((index) => `${printer.type(index.keyType, inner)}:${printer.type(index.type, inner)}`);
    for (const base of this.bases) {
      const own = this.checker.getPropertiesOfType(base.output);
      if (!own.every((property) => properties.has(property.name))) continue;
      // One trial printer per side, so that what either would hoist cannot collide with the other's.
      const [mine, theirs] = [this.fork(), this.fork()];
      const same = own.every((property) => mine.member(properties.get(property.name), inner) === theirs.member(property, inner));
      if (same && indexes(type, mine).join() === indexes(base.output, theirs).join()) return base;
    }
    return undefined;
  }

  /** A base's name, imported when it is declared in another file. */
  reference(base) {
    if (base.target !== this.target) this.import(base.target, base.name);
    return base.name;
  }

  /** @param {string} fromPath a file in the package @param {string} name */
  import(fromPath, name) {
    let specifier = relative(dirname(this.target), fromPath).split(sep).join('/').replace(/\.ts$/, '.js');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    const names = this.imported.get(specifier) ?? new Set();
    names.add(name);
    this.imported.set(specifier, names);
  }

  /** @param {ts.Type} type @param {string} indent @param {string} [memberName] the member it is the type of */
  type(type, indent, memberName) {
    const checker = this.checker;
    if (type.flags & ts.TypeFlags.Union) {
      const members = type.types;
      const hasTrue = members.some((member) => member.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(member) === 'true');
      const hasFalse = members.some((member) => member.flags & ts.TypeFlags.BooleanLiteral && checker.typeToString(member) === 'false');
      const printed = [];
      // undefined (an optional entry's) last, as people write it.
      const ordered = [...members.filter((member) => !(member.flags & ts.TypeFlags.Undefined)), ...members.filter((member) => member.flags & ts.TypeFlags.Undefined)];
      for (const member of ordered) {
        if (hasTrue && hasFalse && member.flags & ts.TypeFlags.BooleanLiteral) {
          if (!printed.includes('boolean')) printed.push('boolean');
        } else {
          printed.push(this.wrapped(member, indent, memberName));
        }
      }
      return printed.join(' | ');
    }
    // A loose object infers as its entries & its index signature: one object literal says the same.
    if (isObjectOutput(type)) return this.members(type, indent, memberName);
    if (type.flags & ts.TypeFlags.Intersection) return type.types.map((part) => this.wrapped(part, indent)).join(' & ');
    if (type.flags & ts.TypeFlags.StringLiteral) return `'${type.value.replace(/[\\']/g, '\\$&')}'`;
    if (type.flags & ts.TypeFlags.NumberLiteral) return String(type.value);
    if (
      type.flags &
      (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Unknown | ts.TypeFlags.Never)
    ) {
      return checker.typeToString(type);
    }
    if (type.flags & ts.TypeFlags.Any) throw new Error(`an output type is any (in ${relative(packageDir, this.target)}): a schema lost its type`);
    if (isArray(type)) {
      const [item] = checker.getTypeArguments(type);
      return `${type.symbol.name === 'ReadonlyArray' ? 'readonly ' : ''}${this.wrapped(item, indent)}[]`;
    }
    if (type.aliasSymbol?.name === 'Record' && type.aliasTypeArguments) {
      return `Record<${type.aliasTypeArguments.map((argument) => this.type(argument, indent)).join(', ')}>`;
    }
    if (type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Interface) return this.named(type.symbol);
    if (isAnonymousObject(type)) return this.members(type, indent);
    throw new Error(`cannot print ${checker.typeToString(type)} (in ${relative(packageDir, this.target)})`);
  }

  wrapped(type, indent, memberName) {
    const printed = this.type(type, indent, memberName);
    return type.flags & ts.TypeFlags.Union || (type.flags & ts.TypeFlags.Intersection && !isObjectOutput(type)) ? `(${printed})` : printed;
  }

  /** @param {ts.Symbol} symbol an interface declared in the package */
  named(symbol) {
    const declaration = symbol.declarations?.[0];
    const from = declaration?.getSourceFile().fileName;
    if (!from?.startsWith(srcDir.split(sep).join('/'))) throw new Error(`${symbol.name} is not declared in the package`);
    const fromPath = from.split('/').join(sep);
    if ((fromPath === this.target || fromPath === this.module) && this.local.has(symbol.name)) return symbol.name;
    if (this.local.has(symbol.name)) throw new Error(`${symbol.name} is both declared and imported in ${relative(packageDir, this.target)}`);
    this.import(fromPath, symbol.name);
    return symbol.name;
  }
}

/** Writes the generated files, rewriting only those whose content changed (so tsc -b stays incremental). */
export function writeTypes() {
  const files = generateTypes();
  for (const [path, content] of files) {
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  for (const path of existingTypeFiles()) if (!files.has(path)) rmSync(path);
  return files;
}

/** @returns {string[]} the files now under src/types */
export function existingTypeFiles(dir = typesDir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? existingTypeFiles(join(dir, entry.name)) : [join(dir, entry.name)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeTypes();
