import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { configFrom } from "./config";
import { createHelper } from "./server";

/**
 * Starts the login helper (deploy/cms-auth/README in docs/deployment.md): settings from the
 * environment, the client secret from the systemd credential when there is one. Refuses to
 * start, with every problem named, when a setting is missing.
 */

const log = (line: string) => console.log(line);

function credential(name: string): string | undefined {
  const folder = process.env.CREDENTIALS_DIRECTORY;
  if (!folder) return undefined;
  try {
    return readFileSync(join(folder, name), "utf8");
  } catch {
    return undefined;
  }
}

let config;
try {
  config = configFrom(process.env, credential);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const popupScript = readFileSync(fileURLToPath(new URL("popup.js", import.meta.url)), "utf8");
const helper = createHelper(config, popupScript, log);
helper.server.listen(config.port, config.host, () => {
  log(
    `cms-auth: listening on ${config.host}:${config.port} for ${config.siteOrigin}, GitHub at ${config.githubUrl.origin}`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void helper.close().then(() => process.exit(0));
  });
}
