/**
 * End to end: the real `tsx src/cli/train.ts` command, spawned as a user runs it, for its stdout, stderr
 * and exit status.
 */
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function train(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(root, "node_modules", ".bin", "tsx"),
      [join(root, "src", "cli", "train.ts"), ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("the train command", () => {
  it("prints one JSON object and exits 0, and refuses a bad option with one line on stderr and status 2", async () => {
    const [ok, bad] = await Promise.all([train(["--epochs", "10", "--json"]), train(["--hidden", "65"])]);

    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    expect(ok.stdout.endsWith("}\n")).toBe(true);
    const out = JSON.parse(ok.stdout);
    expect(out.losses).toEqual([[0, expect.closeTo(0.432387, 6)]]);
    expect(out.diverged).toBe(false);

    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe('train: --hidden: "65" is not an integer from 0 to 64\n');
  }, 20_000);
});
