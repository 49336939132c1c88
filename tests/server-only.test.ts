/**
 * Server modules (services, the session and connection modules of lib/auth, the Zoom client) start
 * with `import "server-only"`, so `next build` fails when a client component reaches one, however
 * indirectly. Proving that with a build takes minutes; this walks the same graph in about a second:
 * from every "use client" module along its value imports (type-only imports are erased and cannot
 * carry server code into the browser), nothing may reach `server-only`.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const clientFolders = ["app", "components", "lib"];

function resolveModule(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The modules a file loads at run time: type-only imports and exports left out. */
function valueImports(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

const parse = (file: string, text = fs.readFileSync(file, "utf8")) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** Per module, what it loads: parsed once, shared by every walk. */
const edges = new Map<string, { marked: boolean; next: string[] }>();

function edgesOf(file: string, text?: string) {
  const cached = text === undefined ? edges.get(file) : undefined;
  if (cached) return cached;
  const specifiers = valueImports(parse(file, text));
  const found = { marked: specifiers.includes("server-only"), next: specifiers.map((specifier) => resolveModule(specifier, file)).filter((next) => next !== null) };
  if (text === undefined) edges.set(file, found);
  return found;
}

/** The import chain from `file` (its text, or `text` for a fixture) to a module marked server-only, or null. */
function serverOnlyChain(file: string, text?: string): string[] | null {
  const seen = new Set([file]);
  const walk = (current: string, chain: string[], currentText?: string): string[] | null => {
    const { marked, next } = edgesOf(current, currentText);
    if (marked) return chain;
    for (const imported of next) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      const found = walk(imported, [...chain, path.relative(root, imported)]);
      if (found) return found;
    }
    return null;
  };
  return walk(file, [path.relative(root, file)], text);
}

function clientModules(): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") visit(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && /^\s*["']use client["']/.test(fs.readFileSync(full, "utf8"))) {
        files.push(full);
      }
    }
  };
  for (const folder of clientFolders) visit(path.join(root, folder));
  return files;
}

describe("server-only modules stay out of the browser", () => {
  it("no client component reaches a module marked server-only", () => {
    const clients = clientModules();
    expect(clients.length).toBeGreaterThan(20);
    const leaks = clients.map((file) => serverOnlyChain(file)).filter((chain) => chain !== null);
    expect(leaks).toEqual([]);
  });

  it("catches a client component that imports a service, even through a pure-looking helper", () => {
    const fixture = path.join(root, "components", "example", "leaky.tsx");
    expect(serverOnlyChain(fixture, '"use client";\nimport { meetingDetailFor } from "@/lib/services/meetings";\nexport const m = meetingDetailFor;\n')).toEqual([
      "components/example/leaky.tsx",
      "lib/services/meetings.ts",
    ]);
    expect(serverOnlyChain(fixture, '"use client";\nimport { listMeetings } from "@/lib/zoom/meetings";\nexport const l = listMeetings;\n')).toEqual([
      "components/example/leaky.tsx",
      "lib/zoom/meetings.ts",
      "lib/zoom/client.ts",
    ]);
  });

  it("lets a client component import a server module's types", () => {
    const fixture = path.join(root, "components", "example", "typed.tsx");
    expect(serverOnlyChain(fixture, '"use client";\nimport type { ZoomActor } from "@/lib/services/access";\nimport { type MeetingPage } from "@/lib/zoom/meetings";\nexport type V = [ZoomActor, MeetingPage];\n')).toBeNull();
  });
});
