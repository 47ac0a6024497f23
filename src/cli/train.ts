/**
 * `npm run -s train -- [options]`: the headless trainer. A thin entry point: parse the arguments
 * (options.ts), read a --load file (load.ts), then write the report's lines (report.ts) to stdout as
 * training produces them. A bad option or model file goes to stderr as one line with exit status 2; --help
 * prints usage.ts with status 0.
 */
import { readFileSync } from "node:fs";
import { loadOptions } from "./load.ts";
import { parseTrainerArgs, USAGE_ERROR } from "./options.ts";
import { report } from "./report.ts";
import { usage } from "./usage.ts";

// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not a failure.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const parsed = parseTrainerArgs(process.argv.slice(2));
if (parsed.kind === "help") {
  process.stdout.write(usage());
} else if (parsed.kind === "error") {
  process.stderr.write(`${parsed.message}\n`);
  process.exitCode = USAGE_ERROR;
} else {
  const loaded = loadOptions(parsed.options, (path) => readFileSync(path, "utf8"));
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    process.exitCode = USAGE_ERROR;
  } else for (const line of report(loaded.options, loaded.start)) process.stdout.write(`${line}\n`);
}
