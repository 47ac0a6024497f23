/**
 * The page's link and the headless trainer read every setting through the same table; this checks, for
 * every setting and a list of awkward texts, that they also agree in practice: both accept the text
 * with the same value, or both refuse it. The hash is tried as a browser would hold it (percent-encoded)
 * and, where the text can stand in a URL as it is, as typed.
 */
import { describe, expect, it } from "vitest";
import { parseTrainerArgs } from "../../src/cli/options.ts";
import { type RunSettings, SETTINGS } from "../../src/settings/schema.ts";
import { parseHash } from "../../src/store/urlState.ts";

const TEXTS = [
  "1e+1",
  "1E-3",
  "1e1",
  "+0.5",
  ".5",
  "5.",
  " 0.5",
  "0.5 ",
  "0x10",
  "Infinity",
  "-Infinity",
  "NaN",
  "",
  " ",
  "1e400",
  "1e-400",
  "-0",
  "+0",
  "0",
  "-1",
  "-0.5",
  "-3",
  "1",
  "2",
  "3",
  "3.0",
  "7",
  "64",
  "65",
  "200",
  "5000",
  "5001",
  "0.9",
  "0.91",
  "10",
  "100",
  "100.5",
  "4294967295",
  "4294967296",
  "1,5",
  "1_000",
  "2.5.1",
  "0b11",
  "0o7",
  "１",
  "moons",
  "Moons",
  " moons",
  "SPIRAL",
  "xor",
  "tanh",
  "Tanh",
  "relu",
  "softmax",
  "SoftMax",
  "sigmoid",
  "linear",
  "banana",
];

type Verdict = { accepted: true; value: string | number } | { accepted: false };

function byHash(name: keyof RunSettings, urlText: string): Verdict {
  const { settings, notices } = parseHash(`#${SETTINGS[name].url}=${urlText}`);
  return notices.length === 0 ? { accepted: true, value: settings[name] } : { accepted: false };
}

function byCli(name: keyof RunSettings, argv: string[]): Verdict {
  const parsed = parseTrainerArgs(argv);
  return parsed.kind === "train"
    ? { accepted: true, value: parsed.options.settings[name] }
    : { accepted: false };
}

/** Whether a text can sit in a hash as typed and mean itself after percent-decoding. */
function standsAsTyped(text: string): boolean {
  return /^[^%&#=\s]*$/.test(text) && /^[\x21-\x7e]*$/.test(text);
}

describe("the link and the trainer's options", () => {
  for (const name of Object.keys(SETTINGS) as (keyof RunSettings)[]) {
    it(`accept and refuse the same texts for ${name}, with the same value`, () => {
      const { cli } = SETTINGS[name];
      for (const text of TEXTS) {
        const cliVerdict = byCli(name, [`${cli}=${text}`]);
        if (!text.startsWith("--")) expect(byCli(name, [cli, text]), `${cli} ${text}`).toEqual(cliVerdict);
        expect(byHash(name, encodeURIComponent(text)), `encoded "${text}"`).toEqual(cliVerdict);
        if (standsAsTyped(text)) expect(byHash(name, text), `as typed "${text}"`).toEqual(cliVerdict);
        if (cliVerdict.accepted && typeof cliVerdict.value === "number") {
          expect(Object.is(cliVerdict.value, -0), `${text} gives -0`).toBe(false);
        }
      }
    });
  }

  it("both accept the texts a teacher would write (so the check above is not all refusals)", () => {
    expect(byHash("learningRate", "1e+1")).toEqual({ accepted: true, value: 10 });
    expect(byCli("learningRate", ["--lr", "1e+1"])).toEqual({ accepted: true, value: 10 });
    expect(byHash("learningRate", "1E-3")).toEqual({ accepted: true, value: 0.001 });
    expect(byHash("noise", ".5")).toEqual({ accepted: true, value: 0.5 });
    expect(byHash("hiddenUnits", "3.0")).toEqual({ accepted: true, value: 3 });
    expect(byHash("dataset", "xor")).toEqual({ accepted: true, value: "xor" });
    expect(byHash("dataset", "Moons")).toEqual({ accepted: false });
  });
});
