/**
 * The trainer's --help: its divergence example is what that run really prints.
 */
import { describe, expect, it } from "vitest";
import { parseTrainerArgs } from "../../src/cli/options.ts";
import { report } from "../../src/cli/report.ts";
import { usage } from "../../src/cli/usage.ts";

describe("the trainer's --help", () => {
  it("shows the divergence line that --lr 0.5 really prints", () => {
    const help = usage();
    const example = /--lr 0\.5 gives\n([\s\S]*?)\nthen the accuracy/.exec(help);
    expect(example).not.toBeNull();
    const parsed = parseTrainerArgs(["--lr", "0.5"]);
    if (parsed.kind !== "train") throw new Error(`--lr 0.5 did not parse: ${parsed.kind}`);
    const printed = [...report(parsed.options)].filter((line) => line.startsWith("Diverged"));
    expect(printed).toHaveLength(1);
    const shown = (example?.[1] ?? "").replace(/\s+/g, " ").trim(); // wrapped and indented in the help
    expect(shown).toBe(printed[0]);
  });
});
