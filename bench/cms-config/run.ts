import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateCms } from "../../cms/generate-config";
import { median } from "../median";

/**
 * `npm run bench:cms-config`: how long writing the CMS (`public/admin/`: config, bundled
 * scripts, preview styles) takes, which runs before every dev server and build and may add at
 * most 5 s to a build. Five runs into a temporary folder, median in seconds; the first run
 * also warms esbuild. A unit test holds the CMS's content, this holds its time.
 */
const RUNS = 5;

const seconds: number[] = [];
const outRoot = mkdtempSync(join(tmpdir(), "bench-cms-config-"));
try {
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    generateCms({ DECAP_LOCAL: "1", DECAP_PORT: "8099" }, { outDir: join(outRoot, `admin-${run}`) });
    seconds.push((performance.now() - started) / 1000);
  }
} finally {
  rmSync(outRoot, { recursive: true, force: true });
}

console.log(`${cpus().length} cores, load ${loadavg()[0]?.toFixed(2)}`);
console.log("| runs | first (s) | median (s) | slowest (s) |");
console.log("| ---: | ---: | ---: | ---: |");
console.log(
  `| ${RUNS} | ${seconds[0]?.toFixed(2)} | ${median(seconds).toFixed(2)} | ${Math.max(...seconds).toFixed(2)} |`,
);
