import { builtinModules } from "node:module";
import ts from "typescript";
import { scriptText } from "./source-files";

/** A module a file asks for; `typeOnly` when only the type checker reads it (no code runs it). */
export interface Import {
  specifier: string;
  typeOnly: boolean;
}

function literalText(node: ts.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  // `require.resolve(\`pkg/files/${name}\`)`: the package is in the fixed head.
  if (ts.isTemplateExpression(node)) return node.head.text;
  return undefined;
}

/** `require("x")`, `import("x")`, `require.resolve("x")`, `someRequire.resolve("x")`, `import.meta.resolve("x")`. */
function loadsModule(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === "require";
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "resolve") return false;
  const owner = callee.expression;
  if (ts.isIdentifier(owner)) return /require/i.test(owner.text);
  return ts.isMetaProperty(owner) && owner.name.text === "meta";
}

function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (clause === undefined) return false; // `import "x"` runs x
  if (clause.phaseModifier === ts.SyntaxKind.TypeKeyword) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Every module a TypeScript, JavaScript or Astro file imports, requires or resolves. */
export function importsOf(path: string, text: string): Import[] {
  const source = ts.createSourceFile(path.replace(/\.astro$/, ".ts"), scriptText(path, text), ts.ScriptTarget.Latest);
  const found: Import[] = source.typeReferenceDirectives.map((reference) => ({
    specifier: reference.fileName,
    typeOnly: true,
  }));
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    const specifier = literalText(node);
    if (specifier !== undefined) found.push({ specifier, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, importIsTypeOnly(node));
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && loadsModule(node)) add(node.arguments[0], false);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The npm package a specifier names, or undefined for what is not a package: relative and
 * absolute paths, Node's own modules, Astro's virtual modules (`astro:content`) and the
 * project's own path aliases (`aliases`: prefixes such as `~/`).
 */
export function packageOf(specifier: string, aliases: readonly string[] = []): string | undefined {
  if (/^[./]/.test(specifier) || specifier === "") return undefined;
  if (specifier.startsWith("node:") || specifier.startsWith("astro:")) return undefined;
  if (aliases.some((alias) => specifier === alias || specifier.startsWith(alias))) return undefined;
  const parts = specifier.split("?")[0]?.split("/") ?? [];
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "");
  return builtinModules.includes(name) ? undefined : name;
}

/** Where a package's types live when it ships none: `@types/mdast`, `@types/scope__name`. */
const typesPackage = (name: string): string => `@types/${name.replace(/^@/, "").replace("/", "__")}`;

export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/**
 * The imports (path → what the file imports) whose package `manifest` does not declare, as
 * "path: package". A type-only import may be declared through its `@types/` package.
 */
export function undeclaredImports(
  importsByFile: ReadonlyMap<string, readonly Import[]>,
  manifest: Manifest,
  aliases: readonly string[] = [],
): string[] {
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ]);
  const offenders = new Set<string>();
  for (const [path, imports] of importsByFile) {
    for (const { specifier, typeOnly } of imports) {
      const name = packageOf(specifier, aliases);
      if (name === undefined || declared.has(name)) continue;
      if (typeOnly && declared.has(typesPackage(name))) continue;
      offenders.add(`${path}: ${name}`);
    }
  }
  return [...offenders].sort();
}
