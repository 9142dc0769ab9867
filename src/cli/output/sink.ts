/**
 * Where results go: stdout or a file (`--out`), or a report folder (HTML for several articles).
 * Each result is written with one `write` call, so an interrupted run never leaves half a line; a
 * closed pipe (`| head`) is noticed and ends the run quietly.
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Writable } from "node:stream";
import type { OutputFormat } from "../args.js";
import type { TaskResult } from "../records.js";
import { CSV_HEADER } from "./csv.js";

/** Totals the end of an output may show (the report index does). */
export interface Totals {
  readonly articles: number;
  readonly failed: number;
  readonly seconds: number;
  readonly interrupted: boolean;
}

/** A destination for results, in order. */
export interface Output {
  begin(): Promise<void>;
  accept(result: TaskResult): Promise<void>;
  end(totals: Totals): Promise<void>;
}

/** Writes strings to a stream, waiting when it is full; stops quietly once the reader is gone. */
export class Writer {
  private broken = false;
  private failure: Error | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly owned: boolean,
    onClosed: () => void,
  ) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      this.broken = true;
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") onClosed();
      else this.failure = err;
    });
  }

  /** A write error other than a closed pipe (disk full...), to report. */
  get error(): Error | undefined {
    return this.failure;
  }

  async write(text: string | Uint8Array): Promise<void> {
    if (this.broken || text.length === 0) return;
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off("drain", done);
        this.stream.off("error", done);
        this.stream.off("close", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("error", done);
      this.stream.on("close", done);
    });
  }

  /** Flushes; closes the stream when this writer opened it (a file, not stdout). */
  async close(): Promise<void> {
    if (this.broken) return;
    await new Promise<void>((resolve) => {
      if (this.owned) this.stream.end(resolve);
      else this.stream.write("", () => resolve());
    });
  }
}

/** JSON, JSONL, CSV, text, or one HTML page, to one stream. */
export class StreamOutput implements Output {
  private count = 0;

  constructor(
    private readonly writer: Writer,
    private readonly format: OutputFormat,
    private readonly multi: boolean,
    private readonly bom: boolean,
  ) {}

  async begin(): Promise<void> {
    if (this.format === "csv") await this.writer.write(`${this.bom ? "\ufeff" : ""}${CSV_HEADER}`);
    if (this.format === "json" && this.multi) await this.writer.write("[");
  }

  async accept(r: TaskResult): Promise<void> {
    const body = r.bytes ?? r.out;
    if (body.length === 0) return;
    if (this.format === "json" && this.multi) {
      const separator = this.count === 0 ? "\n" : ",\n";
      if (typeof body === "string") await this.writer.write(`${separator}${body}`);
      else await this.writer.write(Buffer.concat([Buffer.from(separator), body]));
    } else {
      await this.writer.write(body);
    }
    this.count++;
  }

  async end(): Promise<void> {
    if (this.format === "json" && this.multi)
      await this.writer.write(this.count === 0 ? "]\n" : "\n]\n");
    await this.writer.close();
  }
}

/** A file-name-safe, accent-free slug of an id: `Quận 9/bản tin.txt` gives `ban-tin`. */
export function slugOf(id: string | number | null): string {
  if (id === null) return "";
  const base = basename(String(id)).replace(
    /\.(?:txt|text|html?|xhtml|jsonl|ndjson)(?:\.gz)?$/i,
    "",
  );
  return base
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** HTML for several articles: `DIR/index.html` and `DIR/articles/NNNNNN-slug.html`. */
export class ReportFolderOutput implements Output {
  private index: Writer | undefined;

  constructor(
    private readonly dir: string,
    private readonly title: string,
    private readonly generator: string,
    private readonly onClosed: () => void,
  ) {}

  /** The page path of result number `seq` (relative to the folder). */
  static pageOf(seq: number, id: string | number | null): string {
    const slug = slugOf(id);
    return `articles/${String(seq + 1).padStart(6, "0")}${slug ? `-${slug}` : ""}.html`;
  }

  async begin(): Promise<void> {
    const { indexHead } = await import("../../report/index-page.js");
    await mkdir(join(this.dir, "articles"), { recursive: true });
    this.index = new Writer(createWriteStream(join(this.dir, "index.html")), true, this.onClosed);
    await this.index.write(indexHead(this.title, this.generator));
  }

  async accept(r: TaskResult): Promise<void> {
    const { indexRow } = await import("../../report/index-page.js");
    const base = { number: r.seq + 1, id: r.id };
    if (r.status !== "ok" || !r.summary) {
      await this.index?.write(
        indexRow({
          ...base,
          href: undefined,
          title: "",
          counts: {},
          sections: 0,
          characters: 0,
          error: r.error?.message ?? "failed",
        }),
      );
      return;
    }
    const href = ReportFolderOutput.pageOf(r.seq, r.id);
    await writeFile(join(this.dir, href), r.out);
    await this.index?.write(indexRow({ ...base, href, ...r.summary }));
  }

  async end(totals: Totals): Promise<void> {
    const { indexTail } = await import("../../report/index-page.js");
    await this.index?.write(indexTail(totals, this.generator));
    await this.index?.close();
  }
}
