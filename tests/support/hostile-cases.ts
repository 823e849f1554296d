import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The hostile-input suite (tests/fixtures/hostile/README.md). */
export const HOSTILE = fileURLToPath(new URL("../fixtures/hostile/", import.meta.url));

/** The refused cases, by folder name. */
export const refusedCases = (): string[] => readdirSync(join(HOSTILE, "refused")).sort();

/** What a refused case says must happen. */
export interface HostileCase {
  why: string;
  expect: { file: string; field?: string; line?: number; says: string; english?: string }[];
  links?: { path: string; target: string }[];
  generate?: { file: string; repeat: string; times: number }[];
}

export function readCase(name: string): HostileCase {
  return parse(readFileSync(join(HOSTILE, "refused", name, "case.yaml"), "utf8")) as HostileCase;
}

/** Adds the suite's support files (a cover photo, a person who may not be named) to a project. */
export function addSupport(root: string): void {
  cpSync(join(HOSTILE, "support", "src"), join(root, "src"), { recursive: true });
}

/**
 * Adds a refused case to a project: its files, its generated bodies, and its symbolic links to
 * the files it keeps outside the project (copied to `outside`, a folder beside the project).
 */
export function addCase(name: string, root: string, outside: string): void {
  const folder = join(HOSTILE, "refused", name);
  const spec = readCase(name);
  cpSync(join(folder, "src"), join(root, "src"), { recursive: true });
  if (existsSync(join(folder, "outside"))) cpSync(join(folder, "outside"), outside, { recursive: true });
  for (const { file, repeat, times } of spec.generate ?? []) appendFileSync(join(root, file), repeat.repeat(times));
  for (const { path, target } of spec.links ?? []) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(join(outside, target), join(root, path));
  }
}
