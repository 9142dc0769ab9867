/**
 * `bantin corpus ...`: parses its arguments and runs it. Loaded by `main.ts` only for the corpus
 * commands; the run itself (pipeline, worker pool) loads only after the arguments are valid.
 */
import { EXIT } from "./args.js";
import { parseCorpusArgs } from "./corpus-args.js";
import { CORPUS_USAGE } from "./corpus-usage.js";

/** Runs `bantin corpus` with the arguments after `corpus`; returns the exit code. */
export async function corpusMain(argv: readonly string[], cores: number): Promise<number> {
  const parsed = parseCorpusArgs(argv, cores);
  switch (parsed.kind) {
    case "help":
      process.stdout.write(`${CORPUS_USAGE}\n`);
      return EXIT.ok;
    case "usage-error":
      process.stderr.write(`bantin: ${parsed.message}\nTry 'bantin corpus --help'.\n`);
      return EXIT.usage;
    case "run": {
      const { runCorpus } = await import("./corpus-run.js");
      return runCorpus(parsed.options);
    }
  }
}
