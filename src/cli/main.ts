#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { analyze } from "../analyze.js";
import { decode } from "../decode/decode.js";
import { normalize } from "../normalize/normalize.js";

declare const __BANTIN_VERSION__: string | undefined;

const USAGE = `Usage: bantin <command> [file] [options]

Commands:
  normalize [file]   print the normalised text (stdin when no file)
  analyze [file]     print the analysis as JSON (stdin when no file)

Options:
  --pretty           indent JSON output
  --tone old|new|keep  tone-mark style (default old: hòa, thủy)
  --version          print the version
  --help             print this help

Exit codes: 0 ok, 1 the input could not be read or processed, 2 usage error.

Examples:
  bantin analyze article.txt --pretty
  cat article.txt | bantin normalize --tone new`;

/** Exit codes, documented in --help and the README. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function fail(code: number, message: string): never {
  process.stderr.write(`bantin: ${message}\n`);
  process.exit(code);
}

function readInput(file: string | undefined): Uint8Array {
  try {
    return readFileSync(file ?? 0);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const what = file ? `cannot read ${file}` : "cannot read stdin";
    fail(EXIT.failed, `${what}: ${e.code === "ENOENT" ? "no such file" : (e.code ?? e.message)}`);
  }
}

/** Clean UTF-8 goes in as a string, so spans index the file's text; anything else is decoded. */
function asInput(bytes: Uint8Array): string | Uint8Array {
  const d = decode(bytes);
  return d.encoding === "utf-8" && d.damage.length === 0 && !d.bom ? d.text : bytes;
}

function main(argv: string[]): void {
  const positional: string[] = [];
  let pretty = false;
  let tone: "old" | "new" | "keep" | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--help" || a === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    if (a === "--version" || a === "-v") {
      process.stdout.write(
        `${typeof __BANTIN_VERSION__ === "string" ? __BANTIN_VERSION__ : "dev"}\n`,
      );
      return;
    }
    if (a === "--pretty") pretty = true;
    else if (a === "--tone") {
      const v = argv[++i];
      if (v !== "old" && v !== "new" && v !== "keep")
        fail(EXIT.usage, "--tone takes old, new or keep");
      tone = v;
    } else if (a.startsWith("-") && a !== "-") fail(EXIT.usage, `unknown option ${a}\n\n${USAGE}`);
    else positional.push(a);
  }
  const [command, file, extra] = positional;
  if (extra !== undefined) fail(EXIT.usage, `too many arguments\n\n${USAGE}`);
  const options = tone ? { tone } : {};
  if (command === "normalize") {
    const n = normalize(asInput(readInput(file === "-" ? undefined : file)), options);
    process.stdout.write(n.text.endsWith("\n") ? n.text : `${n.text}\n`);
  } else if (command === "analyze") {
    const a = analyze(asInput(readInput(file === "-" ? undefined : file)), options);
    process.stdout.write(`${JSON.stringify(a, null, pretty ? 2 : undefined)}\n`);
  } else {
    fail(EXIT.usage, command ? `unknown command ${command}\n\n${USAGE}` : USAGE);
  }
}

try {
  main(process.argv.slice(2));
} catch (err) {
  fail(EXIT.failed, `internal error: ${(err as Error).message}`);
}
