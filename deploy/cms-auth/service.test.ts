import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SECRET_CREDENTIAL } from "./config";

/**
 * The helper's systemd unit, checked by systemd itself: `systemd-analyze verify` (every key
 * known, the program there) and `systemd-analyze security` (how much of the system the
 * service could reach if it were taken over; 0 is nothing, 10 everything).
 */

const UNIT = "dan-van-kheo-cms-auth.service";
const text = readFileSync(new URL(UNIT, import.meta.url), "utf8");
const work = mkdtempSync(join(tmpdir(), "dvk-unit-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the unit (with its program at this machine's node), as systemd-analyze reads it. */
function analyse(content: string, ...args: string[]) {
  const path = join(work, UNIT);
  writeFileSync(path, content.replace("/usr/bin/node ", `${process.execPath} `));
  const result = spawnSync("systemd-analyze", [...args, "--man=no", path], { encoding: "utf8" });
  expect(result.error, "systemd-analyze is missing: .ci/run installs systemd").toBeUndefined();
  return result;
}

const exposure = (content: string) =>
  Number(/Overall exposure level for \S+: ([\d.]+)/.exec(analyse(content, "security", "--offline=true").stdout)?.[1]);

describe(`deploy/cms-auth/${UNIT}`, () => {
  it("is a unit systemd reads without a warning", () => {
    const result = analyse(text, "verify");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("runs with almost no reach over the system", () => {
    expect(exposure(text)).toBeLessThanOrEqual(2);
  });

  it("runs the built helper with its secret as a credential, not in its environment", () => {
    expect(text).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/dan-van-kheo-cms-auth\/cms-auth\.mjs$/m);
    expect(text).toContain(`LoadCredential=${SECRET_CREDENTIAL}:`);
    expect(text).toMatch(/^DynamicUser=yes$/m);
    expect(text).toMatch(/^NoNewPrivileges=yes$/m);
  });

  it("control: a misspelt key is reported", () => {
    expect(analyse(text.replace("DynamicUser=yes", "DynamicUsr=yes"), "verify").stderr).toMatch(
      /Unknown key 'DynamicUsr'/,
    );
  });

  it("control: the same service without its hardening could reach far more", () => {
    const bare = text
      .split("\n")
      .filter(
        (line) =>
          !/^(DynamicUser|NoNewPrivileges|CapabilityBoundingSet|Protect\w+|Private\w+|Restrict\w+|SystemCall\w+|ProcSubset|UMask|RemoveIPC|LockPersonality|AmbientCapabilities)=/.test(
            line,
          ),
      )
      .join("\n");
    expect(exposure(bare)).toBeGreaterThan(8);
  });
});
