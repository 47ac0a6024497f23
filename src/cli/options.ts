/**
 * The headless trainer's command line, parsed without side effects: `--name value` or `--name=value` for
 * each run setting (read through the shared SETTINGS table, so messages match the page's), plus the
 * trainer's own --epochs, --print-every, --json, --data-only, --load FILE and --help. A bad argument becomes one line
 * naming the option and what it accepts; the entry point prints it and exits with USAGE_ERROR.
 */
import {
  DEFAULT_SETTINGS,
  describeAccepted,
  parseSetting,
  type RunSettings,
  SETTINGS,
  type SettingSpec,
} from "../settings/schema.ts";

/** Exit status for a bad command line (the conventional "usage error"). */
export const USAGE_ERROR = 2;

/** Everything a trainer invocation asks for. */
export interface TrainerOptions {
  settings: RunSettings;
  /** Passes over the training data. */
  epochs: number;
  /** Print the loss after update I when I is a multiple of this; 0 prints none. */
  printEvery: number;
  json: boolean;
  dataOnly: boolean;
  /** A saved model to train on from (--load FILE; cli/load.ts reads it); absent: a fresh run. */
  load?: LoadRequest;
}

/** --load FILE: the file, and the run settings the command line gave besides (checked against the file's). */
export interface LoadRequest {
  path: string;
  given: (keyof RunSettings)[];
}

/** The outcome of parsing: options to run with, a request for help, or one error line for stderr. */
export type ParsedArgs =
  | { kind: "train"; options: TrainerOptions }
  | { kind: "help" }
  | { kind: "error"; message: string };

// The trainer's own numeric options use the same rule shape as the run settings, so they are parsed and
// described by the same functions. They are not URL keys: the page has no such settings.
export const EPOCHS: SettingSpec = {
  url: "",
  cli: "--epochs",
  kind: "integer",
  min: 0,
  max: 1e8,
  default: 20000,
};
export const PRINT_EVERY: SettingSpec = {
  url: "",
  cli: "--print-every",
  kind: "integer",
  min: 0,
  max: 1e8,
  default: 1000,
};

/** The trainer's defaults: the article's settings, 20000 passes, a loss line every 1000. */
export const DEFAULT_OPTIONS: TrainerOptions = {
  settings: DEFAULT_SETTINGS,
  epochs: EPOCHS.default as number,
  printEvery: PRINT_EVERY.default as number,
  json: false,
  dataOnly: false,
};

/** A setting as the command line takes it: the data set only from a generator (the page's own points come in a saved model). */
function onCommandLine(spec: SettingSpec): SettingSpec {
  return spec === SETTINGS.dataset && spec.kind === "choice"
    ? { ...spec, choices: spec.choices.filter((c) => c !== "custom") }
    : spec;
}

/** An option of the command line: one that takes a value, or a flag that is simply present. */
type OptionRule =
  | { kind: "value"; key: keyof RunSettings | "epochs" | "printEvery"; spec: SettingSpec }
  | { kind: "flag"; key: "json" | "dataOnly" }
  | { kind: "path"; key: "load" };

const RULES = new Map<string, OptionRule>([
  ...(Object.entries(SETTINGS) as [keyof RunSettings, SettingSpec][]).map(
    ([key, spec]): [string, OptionRule] => [spec.cli, { kind: "value", key, spec: onCommandLine(spec) }],
  ),
  [EPOCHS.cli, { kind: "value", key: "epochs", spec: EPOCHS }],
  [PRINT_EVERY.cli, { kind: "value", key: "printEvery", spec: PRINT_EVERY }],
  ["--json", { kind: "flag", key: "json" }],
  ["--data-only", { kind: "flag", key: "dataOnly" }],
  ["--load", { kind: "path", key: "load" }],
]);

/** Every option name the trainer knows, in the order --help lists them. */
export const OPTION_NAMES: readonly string[] = [...RULES.keys(), "--help"];

/** Parse the arguments after `train` (process.argv.slice(2)); never throws. */
export function parseTrainerArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
  const settings: Record<string, string | number> = { ...DEFAULT_SETTINGS };
  const options: TrainerOptions = { ...DEFAULT_OPTIONS };
  const given: (keyof RunSettings)[] = [];
  const seen = new Set<string>();
  const error = (message: string): ParsedArgs => ({ kind: "error", message: `train: ${message}` });

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      return error(`unexpected argument "${arg}": options start with -- (see --help)`);
    }
    const eq = arg.indexOf("=");
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const rule = RULES.get(name);
    if (!rule) return error(`${name}: unknown option${suggestion(name)}`);
    if (seen.has(name)) {
      const accepts = rule.kind === "value" ? `; give it once, as ${describeAccepted(rule.spec)}` : "";
      return error(`${name}: given more than once${accepts}`);
    }
    seen.add(name);

    if (rule.kind === "flag") {
      if (inline !== undefined) return error(`${name}: takes no value, got "${inline}"`);
      options[rule.key] = true;
      continue;
    }
    const expected =
      rule.kind === "value" ? describeAccepted(rule.spec) : "the path of a saved model (.json)";
    let text = inline;
    if (text === undefined) {
      const next = argv[i + 1];
      // "--lr --json" is a forgotten value, not a learning rate of "--json"; negative numbers start with a
      // single dash and still get through, to be refused by range.
      if (next === undefined || next.startsWith("--")) {
        return error(`${name}: missing value, expected ${expected}`);
      }
      text = next;
      i++;
    }
    if (rule.kind === "path") {
      if (text === "") return error(`${name}: missing value, expected ${expected}`);
      options.load = { path: text, given };
      continue;
    }
    const parsed = parseSetting(rule.spec, text);
    if (!parsed.ok) return error(`${name}: ${parsed.reason}`);
    if (rule.key === "epochs" || rule.key === "printEvery") options[rule.key] = parsed.value as number;
    else {
      settings[rule.key] = parsed.value;
      given.push(rule.key);
    }
  }
  return { kind: "train", options: { ...options, settings: settings as unknown as RunSettings } };
}

/** " (did you mean --hidden?)" for a near miss, else a pointer to --help. */
function suggestion(name: string): string {
  let best = "";
  let bestDistance = 3;
  for (const known of OPTION_NAMES) {
    const d = editDistance(name, known);
    if (d < bestDistance) {
      best = known;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean ${best}?)` : " (see --help for the options)";
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
