import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx, type Nginx } from "../support/nginx";
import { Readers, type Reading } from "../support/readers";
import { makeVariant } from "../support/site-variant";
import { DIST, ROOT } from "./setup";

/**
 * `deploy/publish.sh`: releases, the atomic switch, five kept, rollback, the same over ssh;
 * then the proof that a reader never sees a half-published site: the built site published
 * again and again to a folder that nginx serves with `deploy/nginx.conf`, while readers load
 * pages and everything the pages point to.
 */

const SCRIPT = join(ROOT, "deploy", "publish.sh");
const work = mkdtempSync(join(tmpdir(), "dvk-publish-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  status: number | null;
  output: string;
}

/** Runs a script without blocking the test's own event loop (the readers run meanwhile). */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}

async function publish(dist: string, target: string, id: string, env: Record<string, string> = {}): Promise<void> {
  const result = await run(SCRIPT, ["publish", dist, target], { RELEASE_ID: id, ...env });
  expect(result.status, result.output).toBe(0);
}

const currentOf = (base: string) => readlinkSync(join(base, "current"));
const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));

/** A tiny built site: a page and one hashed stylesheet named after the release, and a file every release has. */
function tinySite(name: string): string {
  const dir = join(work, "tiny", name);
  mkdirSync(join(dir, "_astro"), { recursive: true });
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>${name}</title>`);
  writeFileSync(join(dir, "robots.txt"), "User-agent: *\n");
  writeFileSync(join(dir, styleOf(name)), `/* ${name} */`);
  return dir;
}

/** The stylesheet of a tiny site, named by the hash of its content as Astro names them. */
function styleOf(name: string): string {
  return `_astro/style.${createHash("sha256").update(`/* ${name} */`).digest("base64url").slice(0, 8)}.css`;
}

const ids = Array.from({ length: 7 }, (_, index) => `20260101T00000${index}Z-r${index}`);

describe("deploy/publish.sh", () => {
  it("is clean for shellcheck", () => {
    const result = spawnSync("shellcheck", [SCRIPT], { encoding: "utf8" });
    expect(result.error, "shellcheck is missing: .ci/run installs it with apt").toBeUndefined();
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
  });

  it("keeps the last five releases and switches `current` to the newest", async () => {
    const base = join(work, "five");
    for (const id of ids) await publish(tinySite(id), base, id);
    const listed = await run(SCRIPT, ["list", base]);
    expect(listed.output.trimEnd().split("\n")).toEqual([...ids.slice(2, 6).map((id) => `  ${id}`), `* ${ids[6]}`]);
    expect(currentOf(base)).toBe(`releases/${ids[6]}`);
    expect(existsSync(join(base, "releases", ids[1]!))).toBe(false);
  });

  it("links what did not change to the release before instead of copying it", () => {
    const base = join(work, "five");
    const inode = (id: string, path: string) => statSync(join(base, "releases", id, path)).ino;
    const [older, newer] = [ids[5]!, ids[6]!];
    expect(inode(newer, "robots.txt")).toBe(inode(older, "robots.txt"));
    expect(inode(newer, "index.html")).not.toBe(inode(older, "index.html"));
    // The older release's stylesheet is carried into the newer one, as a link too.
    expect(inode(newer, styleOf(older))).toBe(inode(older, styleOf(older)));
  });

  it("rolls back to the release before, then to a named one, carrying the assets of the one it leaves", async () => {
    const base = join(work, "five");
    const back = await run(SCRIPT, ["rollback", base]);
    expect(back.status, back.output).toBe(0);
    expect(currentOf(base)).toBe(`releases/${ids[5]}`);
    const named = await run(SCRIPT, ["rollback", base, ids[3]!]);
    expect(named.status, named.output).toBe(0);
    expect(currentOf(base)).toBe(`releases/${ids[3]}`);
    expect(existsSync(join(base, "releases", ids[3]!, styleOf(ids[5]!)))).toBe(true);
  });

  it.each<[string, string[], RegExp]>([
    ["a folder without a built site", ["publish", work, join(work, "x")], /has no index\.html/],
    ["a target with a space", ["publish", tinySite("s1"), join(work, "with space")], /absolute path/],
    ["a release that does not exist", ["rollback", join(work, "five"), "nope"], /no release nope/],
    ["a command it does not know", ["deploy", join(work, "five")], /Publishes the built site/],
  ])("refuses %s", async (_what, args, message) => {
    const result = await run(SCRIPT, args);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
  });

  it("refuses to roll back past the oldest release kept", async () => {
    const base = join(work, "five");
    expect((await run(SCRIPT, ["rollback", base, ids[2]!])).status).toBe(0);
    const again = await run(SCRIPT, ["rollback", base]);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/nothing to roll back to/);
    expect(currentOf(base)).toBe(`releases/${ids[2]}`);
  });

  it("refuses to publish the same release twice", async () => {
    const base = join(work, "twice");
    await publish(tinySite("t1"), base, "20260102T000000Z-t");
    const again = await run(SCRIPT, ["publish", tinySite("t2"), base], { RELEASE_ID: "20260102T000000Z-t" });
    expect(again.status).not.toBe(0);
    expect(again.output).toMatch(/exists already/);
  });

  it("does the same over ssh: the server's half runs there, rsync uploads", async () => {
    // An ssh that runs the command on this machine, as the server would.
    const bin = join(work, "bin");
    mkdirSync(bin, { recursive: true });
    writeFileSync(
      join(bin, "ssh"),
      [
        "#!/usr/bin/env bash",
        `echo "$*" >> ${JSON.stringify(join(work, "ssh.log"))}`,
        "while [ $# -gt 0 ]; do",
        "  case $1 in -o | -l | -p | -i) shift 2 ;; --) shift; break ;; -*) shift ;; *) break ;; esac",
        "done",
        "shift",
        'exec bash -c "$*"',
        "",
      ].join("\n"),
    );
    chmodSync(join(bin, "ssh"), 0o755);
    const base = join(work, "remote");
    const env = { PATH: `${bin}:${process.env.PATH ?? ""}` };
    await publish(tinySite("ssh1"), `deploy@server.invalid:${base}`, "20260103T000000Z-s1", env);
    await publish(tinySite("ssh2"), `deploy@server.invalid:${base}`, "20260103T000001Z-s2", env);
    expect(currentOf(base)).toBe("releases/20260103T000001Z-s2");
    expect(readFileSync(join(base, "current", "index.html"), "utf8")).toContain("ssh2");
    const calls = readFileSync(join(work, "ssh.log"), "utf8");
    expect(calls).toMatch(/deploy@server\.invalid bash -s -- _server activate /);
    expect(calls).toMatch(/server\.invalid rsync --server/);
  });
});

describe("a reader never sees a half-published site", () => {
  const releases = { A: join(work, "A"), B: join(work, "B"), C: join(work, "C") };
  const listed = [
    ...readFileSync(join(DIST, "sitemap-0.xml"), "utf8").matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g),
  ].map((match) => match[1]!);
  const pages = [
    { path: "/" },
    { path: "/mo-hinh/" },
    ...listed
      .filter((path) => /^\/(mo-hinh|dien-hinh|tin-tuc)\/[^/]+\/$/.test(path))
      .slice(0, 4)
      .map((path) => ({ path })),
    { path: "/tim-kiem/" },
    { path: "/khong-co-trang-nay/", status: 404 },
  ];

  beforeAll(() => {
    for (const [name, dir] of Object.entries(releases)) makeVariant(DIST, dir, name);
  }, 120_000);

  /** Loads every page now; their assets are fetched later, by `finishAll`. */
  const readAll = async (readers: Readers) =>
    (await Promise.all(pages.map((page) => readers.read(page.path, page.status)))).filter(
      (reading): reading is Reading => reading !== undefined,
    );
  const finishAll = (readers: Readers, readings: Reading[]) =>
    Promise.all(readings.map((reading) => readers.finish(reading)));

  it("0 mixed and 0 missing over at least 500 requests while publishing twice and rolling back", async () => {
    const base = join(work, "live");
    await publish(releases.A, base, "20260104T000000Z-a");
    const server: Nginx = await startNginx(join(base, "current"));
    const readers = new Readers(server.origin, releases);
    const timings: string[] = [];
    try {
      const steps: [string, () => Promise<void>][] = [
        ["publish B", () => publish(releases.B, base, "20260104T000001Z-b")],
        ["publish C", () => publish(releases.C, base, "20260104T000002Z-c")],
        [
          "roll back to B",
          async () => {
            const result = await run(SCRIPT, ["rollback", base]);
            expect(result.status, result.output).toBe(0);
          },
        ],
      ];
      const switching = (async () => {
        await sleep(300);
        for (const [name, step] of steps) {
          // Readers who loaded a page just before the switch fetch its assets just after it.
          const before = await readAll(readers);
          const started = performance.now();
          await step();
          timings.push(`${name} ${Math.round(performance.now() - started)} ms`);
          await finishAll(readers, before);
          await sleep(300);
        }
      })();
      const started = performance.now();
      await readers.loop(pages, 4, 500, switching);
      await switching;
      const { requests, releases: seen, mixed, missing } = readers.tally;
      console.log(
        `publish under load: ${requests} requests in ${Math.round(performance.now() - started)} ms; ` +
          `pages by release ${JSON.stringify(Object.fromEntries(seen))}; ${timings.join(", ")}; ` +
          `${mixed.length} mixed, ${missing.length} missing`,
      );
      expect(mixed).toEqual([]);
      expect(missing).toEqual([]);
      expect(requests).toBeGreaterThanOrEqual(500);
      expect([...seen.keys()].sort()).toEqual(["A", "B", "C"]);
      expect(currentOf(base)).toBe("releases/20260104T000001Z-b");
      // The release's own bookkeeping is never published.
      expect((await fetch(`${server.origin}/.assets`)).status).toBe(404);
    } finally {
      await server.close();
    }
  }, 180_000);

  it("control: without carrying the old release's assets, a page loaded just before the switch loses them", async () => {
    const broken = join(work, "publish-without-carry.sh");
    const script = readFileSync(SCRIPT, "utf8");
    const withoutCarry = script.replace(
      'carry_assets "$base/releases/$outgoing" "$base/releases/$id"',
      ": # not carried",
    );
    expect(withoutCarry).not.toBe(script);
    writeFileSync(broken, withoutCarry, { mode: 0o755 });
    const base = join(work, "no-carry");
    const step = (dir: string, id: string) => run(broken, ["publish", dir, base], { RELEASE_ID: id });
    expect((await step(releases.A, "20260105T000000Z-a")).status).toBe(0);
    const server = await startNginx(join(base, "current"));
    try {
      const readers = new Readers(server.origin, releases);
      const before = await readAll(readers);
      expect((await step(releases.B, "20260105T000001Z-b")).status).toBe(0);
      await finishAll(readers, before);
      expect(readers.tally.missing.length).toBeGreaterThan(0);
      expect(readers.tally.missing[0]).toMatch(/\(A\) → \/_astro\/.*\.css: status 404/);
    } finally {
      await server.close();
    }
  }, 120_000);

  it("control: copying a new build over the served folder shows readers a mix", async () => {
    const served = join(work, "in-place");
    expect((await run("rsync", ["-r", `${releases.A}/`, `${served}/`])).status).toBe(0);
    const server = await startNginx(served);
    try {
      const readers = new Readers(server.origin, releases);
      const copying = run("rsync", ["-r", "--delete", `${releases.B}/`, `${served}/`]);
      await readers.loop(pages, 4, 100, copying);
      expect((await copying).status).toBe(0);
      const { mixed, missing, requests } = readers.tally;
      console.log(`in-place copy: ${requests} requests, ${mixed.length} mixed, ${missing.length} missing`);
      expect(mixed.length + missing.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 120_000);
});
