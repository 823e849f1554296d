// @ts-check
import { defineConfig, globalIgnores } from "eslint/config";
import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "dist/",
    ".astro/",
    "public/admin/",
    "node_modules/",
    // Astro 7 keeps its pre-bundled dependencies under the cache directory (`cacheDir`).
    ".cache/",
    "bench/.corpus/",
    "bench/.results/",
    "test-results/",
    "deploy/cms-auth/dist/",
  ]),
  tseslint.configs.recommended,
  // After the TypeScript configs, so that `.astro` files keep the Astro parser.
  eslintPluginAstro.configs.recommended,
);
