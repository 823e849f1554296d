import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** What one build cost. */
export interface BuildCost {
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /** Highest sum of the resident memory of the build and all its child processes, in MB. */
  peakMb: number;
  /**
   * Highest resident memory of any one process of the build, in MB: what `/usr/bin/time -v`
   * reports as its maximum resident set size.
   */
  largestProcessMb: number;
  /**
   * CPU seconds (user + system) of the build and every process it waited for: on a machine
   * shared with other work, a steadier measure than the wall clock.
   */
  cpuSeconds: number;
  /** Seconds the Pagefind step reported for itself. */
  pagefindSeconds: number;
  /** Everything the build printed. */
  log: string;
}

/** Parent of each running process, read from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function residentKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and all its descendants, in kB: their sum and the largest one. */
function treeResidentKb(root: number): { total: number; largest: number } {
  const byParent = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid]);
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const resident = residentKb(pid);
    total += resident;
    largest = Math.max(largest, resident);
    stack.push(...(byParent.get(pid) ?? []));
  }
  return { total, largest };
}

/** The seconds in the Pagefind step's own summary line (see scripts/search-index.ts). */
export function pagefindSecondsOf(log: string): number {
  const match = /chỉ mục tìm kiếm \d[\d.]* trang trong ([\d.]+) s/.exec(log);
  return match ? Number(match[1]) : Number.NaN;
}

/** The children's CPU seconds from the second line of bash's `times` ("1m3.698s 0m14.090s"). */
export function childCpuSecondsOf(times: string): number {
  const line = times.trim().split("\n")[1] ?? "";
  const spent = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map(
    ([, minutes, seconds]) => Number(minutes) * 60 + Number(seconds),
  );
  return spent.length === 2 ? spent[0]! + spent[1]! : Number.NaN;
}

/** Marks where the build's own output ends and bash's `times` begins. */
const TIMES_MARK = "=== times ===";

/**
 * Runs `npm run build` in `siteDir`, sampling the memory of its process tree four times a
 * second (a build is several processes: the content check, Astro, Pagefind's indexer).
 */
export function measureBuild(siteDir: string): Promise<BuildCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // bash counts the CPU time of every process it waited for, and their children's.
    const script = `npm run build; status=$?; echo "${TIMES_MARK}" >&2; times >&2; exit $status`;
    const child = spawn("bash", ["-c", script], { cwd: siteDir, env: { ...process.env, FORCE_COLOR: "0" } });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
    let peakKb = 0;
    let largestKb = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const { total, largest } = treeResidentKb(child.pid);
      peakKb = Math.max(peakKb, total);
      largestKb = Math.max(largestKb, largest);
    }, 250);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0)
        return reject(new Error(`build failed in ${siteDir} (exit ${String(code)}):\n${log.slice(-4000)}`));
      const [output = "", times = ""] = log.split(TIMES_MARK);
      resolve({
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: childCpuSecondsOf(times),
        peakMb: peakKb / 1024,
        largestProcessMb: largestKb / 1024,
        pagefindSeconds: pagefindSecondsOf(output),
        log: output,
      });
    });
  });
}
