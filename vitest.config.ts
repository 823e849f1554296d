import { defineConfig } from "vitest/config";

/**
 * Three kinds of test, run one after the other by `npm test`:
 * - `unit`: pure code beside its source (`src/lib`, `src/schemas`, `cms/`, `scripts/`, `deploy/`, `tests/support/`);
 * - `build`: checks over the finished `dist/`, after one `npm run build`;
 * - `e2e`: Chromium against `dist/` served by nginx with `deploy/nginx.conf`.
 * The build and e2e projects share one `dist/` (and one browser binary), so their files run
 * one at a time; the unit project's run in parallel.
 */
const oneFileAtATime = { fileParallelism: false } as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: [
            "src/**/*.test.ts",
            "cms/**/*.test.ts",
            "scripts/**/*.test.ts",
            "deploy/**/*.test.ts",
            "tests/*.test.ts",
            "tests/support/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "build",
          environment: "node",
          include: ["tests/build/**/*.test.ts"],
          globalSetup: ["tests/build/setup.ts"],
          ...oneFileAtATime,
          // `astro build` with image optimisation and Pagefind can take minutes on a CI runner.
          hookTimeout: 600_000,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/e2e/setup.ts"],
          ...oneFileAtATime,
          hookTimeout: 600_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
