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
    if (schemas.length === 0) continue;
    const appended = schemas.map(
      ({ name, initializer }) => `const ${name}${INFERRED} = ${initializer};\nexport type ${name}${OUTPUT} = __v.InferOutput<typeof ${name}${INFERRED}>;\n${probe ? probe(name) : ''}`,
    );
    modules.set(path, { schemas, text: `${text}\nimport type * as __v from 'valibot';\n${appended.join('')}` });
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

/** @returns {Map<string, string>} each generated file's path (under src/types) and content */
export function generateTypes() {
  const { program, checker, modules } = inferredProgram();
  const files = new Map();
  for (const [path, { schemas }] of modules) {
    const file = program.getSourceFile(path);
    const target = join(typesDir, relative(schemasDir, path));
    const printer = new TypePrinter(checker, target, path, new Set(schemas.map(({ name }) => name)));
    const interfaces = [];
    for (const { name } of schemas) {
      const output = checker.getTypeFromTypeNode(aliasDeclaration(file, `${name}${OUTPUT}`).type);
      if (!isObjectOutput(output)) continue;
      const variables = checker.getSymbolsInScope(file, ts.SymbolFlags.Variable);
      const constant = (constantName) => variables.find((symbol) => symbol.name === constantName);
      // An unexported node is often written as `XSchema` and given its type as `X`: its TSDoc is on the former.
      const doc = docComment(constant(name), checker, '') || docComment(constant(`${name}Schema`), checker, '');
      interfaces.push(`${doc}export interface ${name} ${printer.members(output, '')}\n`);
    }
    if (interfaces.length > 0) files.set(target, `${HEADER}${printer.imports()}\n${interfaces.join('\n')}`);
  }
  return files;
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
   */
  constructor(checker, target, module, local) {
    this.checker = checker;
    this.target = target;
    this.module = module;
    this.local = local;
    /** @type {Map<string, Set<string>>} module specifier → names */
    this.imported = new Map();
  }

  imports() {
    return [...this.imported]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';\n`)
      .join('');
  }

  /** @param {ts.Type} type @param {string} indent */
  members(type, indent) {
    const inner = `${indent}  `;
    const lines = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      const name = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : `'${property.name.replace(/[\\']/g, '\\$&')}'`;
      lines.push(`${inner}${docComment(property, this.checker, inner)}${name}${optional}: ${this.type(this.checker.getTypeOfSymbol(property), inner)};`);
    }
    for (const index of this.checker.getIndexInfosOfType(type)) {
      lines.push(`${inner}${index.isReadonly ? 'readonly ' : ''}[key: ${this.type(index.keyType, inner)}]: ${this.type(index.type, inner)};`);
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** @param {ts.Type} type @param {string} indent */
  type(type, indent) {
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
          printed.push(this.wrapped(member, indent));
        }
      }
      return printed.join(' | ');
    }
    // A loose object infers as its entries & its index signature: one object literal says the same.
    if (isObjectOutput(type)) return this.members(type, indent);
    if (type.flags & ts.TypeFlags.Intersection) return type.types.map((member) => this.wrapped(member, indent)).join(' & ');
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

  wrapped(type, indent) {
    const printed = this.type(type, indent);
    return type.flags & ts.TypeFlags.Union || (type.flags & ts.TypeFlags.Intersection && !isObjectOutput(type)) ? `(${printed})` : printed;
  }

  /** @param {ts.Symbol} symbol an interface declared in the package */
  named(symbol) {
    const declaration = symbol.declarations?.[0];
    const from = declaration?.getSourceFile().fileName;
    if (!from?.startsWith(srcDir.split(sep).join('/'))) throw new Error(`${symbol.name} is not declared in the package`);
    const fromPath = from.split('/').join(sep);
    if ((fromPath === this.target || fromPath === this.module) && this.local.has(symbol.name)) return symbol.name;
    let specifier = relative(dirname(this.target), fromPath).split(sep).join('/').replace(/\.ts$/, '.js');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    if (this.local.has(symbol.name)) throw new Error(`${symbol.name} is both declared and imported in ${relative(packageDir, this.target)}`);
    const names = this.imported.get(specifier) ?? new Set();
    names.add(symbol.name);
    this.imported.set(specifier, names);
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
