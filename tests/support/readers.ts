import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { releaseOf } from "./site-variant";

/**
 * Readers of a site that is being republished: each one loads a page, then the styles,
 * scripts and images it names, or the search's entry file and the metadata it names, and
 * checks every answer against the files of the release the page came from. A response that
 * is missing, or whose bytes belong to another release, is counted and described.
 */

export interface Tally {
  requests: number;
  /** Pages and entry files read, by release. */
  releases: Map<string, number>;
  /** "page (release) → asset: what was wrong". */
  mixed: string[];
  missing: string[];
}

export const emptyTally = (): Tally => ({ requests: 0, releases: new Map(), mixed: [], missing: [] });

/** A page read, with what it points to, before its assets are fetched. */
export interface Reading {
  path: string;
  release: string;
  assets: string[];
}

/** Styles, scripts and the images' `src` a page points to under `/_astro/`. */
function assetsOf(html: string): string[] {
  const found = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"?#]+)"/g)].map((match) => match[1]!);
  return [...new Set(found)];
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export class Readers {
  readonly tally = emptyTally();
  private readonly expected = new Map<string, string | null>();

  /** `sources` maps each release's name to the folder it was published from. */
  constructor(
    private readonly origin: string,
    private readonly sources: Record<string, string>,
  ) {}

  private async get(path: string): Promise<{ status: number; body: Buffer }> {
    this.tally.requests++;
    const response = await fetch(`${this.origin}${path}`, { headers: { "accept-encoding": "gzip" } });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
  }

  /** The digest of a file as a release has it, or null when that release has no such file. */
  private digestIn(release: string, path: string): string | null {
    const key = `${release} ${path}`;
    if (!this.expected.has(key)) {
      const file = join(this.sources[release] ?? "/nonexistent", decodeURIComponent(path));
      this.expected.set(key, existsSync(file) ? sha256(readFileSync(file)) : null);
    }
    return this.expected.get(key)!;
  }

  private count(release: string): void {
    this.tally.releases.set(release, (this.tally.releases.get(release) ?? 0) + 1);
  }

  /** Loads a page (the 404 page too) and says which release it came from. */
  async read(path: string, status = 200): Promise<Reading | undefined> {
    const { status: got, body } = await this.get(path);
    const html = body.toString("utf8");
    const release = releaseOf(html);
    if (got !== status || !release) {
      this.tally.missing.push(`${path}: status ${got}${release ? "" : ", no release mark"}`);
      return undefined;
    }
    this.count(release);
    return { path, release, assets: assetsOf(html) };
  }

  /** Fetches what a page read earlier points to, and checks it is that release's. */
  async finish(reading: Reading): Promise<void> {
    await Promise.all(
      reading.assets.map(async (asset) => {
        const { status, body } = await this.get(asset);
        const where = `${reading.path} (${reading.release}) → ${asset}`;
        if (status !== 200) this.tally.missing.push(`${where}: status ${status}`);
        else if (sha256(body) !== this.digestIn(reading.release, asset)) this.tally.mixed.push(`${where}: other bytes`);
      }),
    );
  }

  /** Loads Pagefind's entry file, then the metadata file it names, as a search does. */
  async search(): Promise<void> {
    const entry = await this.get("/pagefind/pagefind-entry.json");
    if (entry.status !== 200) {
      this.tally.missing.push(`pagefind-entry.json: status ${entry.status}`);
      return;
    }
    const release = Object.keys(this.sources).find(
      (name) => this.digestIn(name, "/pagefind/pagefind-entry.json") === sha256(entry.body),
    );
    if (!release) {
      this.tally.mixed.push("pagefind-entry.json: bytes of no release");
      return;
    }
    this.count(release);
    const { languages } = JSON.parse(entry.body.toString("utf8")) as { languages: Record<string, { hash: string }> };
    for (const { hash } of Object.values(languages)) {
      const path = `/pagefind/pagefind.${hash}.pf_meta`;
      const meta = await this.get(path);
      if (meta.status !== 200) this.tally.missing.push(`entry (${release}) → ${path}: status ${meta.status}`);
      else if (sha256(meta.body) !== this.digestIn(release, path))
        this.tally.mixed.push(`entry (${release}) → ${path}: other bytes`);
    }
  }

  /**
   * Readers in parallel, each reading the pages in turn (then searching), until `stop()`
   * resolves and at least `atLeast` requests were made.
   */
  async loop(
    pages: { path: string; status?: number }[],
    parallel: number,
    atLeast: number,
    stop: Promise<unknown>,
  ): Promise<void> {
    let stopped = false;
    const end = () => {
      stopped = true;
    };
    stop.then(end, end);
    const reader = async (offset: number) => {
      for (let turn = offset; !stopped || this.tally.requests < atLeast; turn++) {
        const page = pages[turn % pages.length]!;
        const reading = await this.read(page.path, page.status);
        if (reading) await this.finish(reading);
        if (turn % pages.length === 0) await this.search();
      }
    };
    await Promise.all(Array.from({ length: parallel }, (_, index) => reader(index)));
  }
}
