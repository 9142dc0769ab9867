#!/usr/bin/env node
/**
 * The `bantin` command. This entry stays small on purpose: `--version` and `--help` answer from
 * here, and the pipeline, zod schemas and worker pool load only when a command runs (start-up time
 * is a benchmark target: under 3 times `node -e 0`).
 */
import { availableParallelism } from "node:os";
import { EXIT, parseArgs } from "./args.js";
import { USAGE } from "./usage.js";

declare const __BANTIN_VERSION__: string | undefined;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === "corpus") {
    // `bantin corpus ...` has its own commands and options (keywords, dupes, entities, timeline).
    const { corpusMain } = await import("./corpus-main.js");
    return corpusMain(argv.slice(1), availableParallelism());
  }
  const parsed = parseArgs(argv, availableParallelism());
  switch (parsed.kind) {
    case "help":
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    case "version":
      process.stdout.write(
        `${typeof __BANTIN_VERSION__ === "string" ? __BANTIN_VERSION__ : "dev"}\n`,
      );
      return EXIT.ok;
    case "usage-error":
      process.stderr.write(`bantin: ${parsed.message}\nTry 'bantin --help'.\n`);
      return EXIT.usage;
    case "run": {
      const { run } = await import("./run.js");
      return run(parsed.options);
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not bad input (bad input yields error records): one line, no stack trace, unless
    // BANTIN_DEBUG asks for it.
    const e = err as Error;
    process.stderr.write(
      `bantin: internal error: ${process.env.BANTIN_DEBUG ? e.stack : (e?.message ?? String(err))}\n`,
    );
    process.exitCode = EXIT.failed;
  },
);
