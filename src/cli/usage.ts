/** The text of `bantin --help`. Kept free of imports so that `--help` starts fast. */
export const USAGE = `Usage: bantin <command> [files or folders...] [options]

Turns Vietnamese news text (plain text, HTML, JSONL; Unicode or a legacy encoding) into JSON.

Commands:
  analyze     the whole analysis: sections, dates, people, organisations, places, counts...
  normalize   the normalised text (with --format json/jsonl: its changes and alignment too)
  segment     sections and metadata
  corpus      research tools over many articles: keywords, dupes, entities, timeline
              ('bantin corpus --help')

Inputs:
  Files, folders (read recursively: .txt .text .html .htm .jsonl .ndjson, each also .gz), or - for
  stdin; stdin when none is given. A .jsonl line is one article: {"id": ..., "text": ...} or
  {"id": ..., "html": ...}.

Input options:
  --input auto|text|html|jsonl   how to read inputs (default auto: by extension; stdin is read as
                                 JSONL when it starts with "{", else as one article)
  --input-encoding auto|utf-8|utf-16le|utf-16be|cp1258|tcvn3|vni|viscii|viqr
                                 byte encoding of the inputs (default auto: detected per article)
  --id-field NAME                JSONL field with the article id (default id)
  --text-field NAME[,NAME...]    JSONL field(s) with plain text (default text); several present
                                 fields are joined by a blank line, arrays of paragraphs too
  --html-field NAME              JSONL field with HTML (default html)
  --max-size SIZE                largest article or line (default 64M); larger ones get an error

Normalisation options (all commands but corpus; spans still point into the input as given):
  --tone old|new|keep            tone-mark style (default old: hòa, thủy, Quận ủy)
  --legacy auto|off|tcvn3|vni|viqr|viscii|cp1258
                                 text pasted in a legacy encoding ("T«i ®i häc"): auto repairs
                                 lines that read as one (default), off never, a name reads every
                                 word in that encoding (for archives whose encoding is known)
  --mojibake on|off              repair UTF-8 read as CP1252/Latin-1 ("Quáº­n") (default on)
  --invisibles on|off            remove zero-width characters, soft hyphens, controls (default on)
  --lookalikes on|off            ð for đ, Cyrillic/Greek letters in Latin words, full-width
                                 digits (default on)
  --whitespace tidy|keep         NBSP to space, CRLF to LF, runs of spaces to one (default tidy;
                                 the indentation of a line stays)
  --dashes tidy|ascii|keep       rare dashes to -, en/em dashes kept (default tidy); ascii: all -
  --quotes tidy|ascii|keep       rare quotes to curly ones (default tidy); ascii: all " and '
  --space-after-punctuation      insert the missing space in "04/8/2017,Quận" (default: not)

Analysis options:
  --reference-date YYYY-MM-DD    resolve relative dates ("hôm qua", "sáng 4-8") against this date
  --tokens                       give every sentence its tokens (segment does by default)
  --words                        give every sentence its words (hội_nghị, đảng_viên)

Output options:
  -f, --format FORMAT   json: one JSON document (an array for several articles)
                        jsonl: one line per article (or per JSONL input line), always with "id"
                        csv: one row per mention of an entity (dates, numbers, money,
                        counts, people, organisations, places, directives, events,
                        documents): id,type,text,value,start,end (RFC 4180)
                        html: a self-contained visual report (several articles: --out DIR)
                        text: normalised text (normalize only)
                        default: json (normalize: text) for one article, jsonl for several
  --fields A,B,...      keep only these top-level fields (e.g. people,places,normalized.text)
  --pretty              indent JSON (--format json)
  -o, --out PATH        write to PATH instead of stdout (html with several articles: a folder
                        with index.html and one page per article)
  --bom                 start CSV with a UTF-8 byte-order mark, so that Excel reads Vietnamese

Run options:
  -j, --jobs N|auto     worker threads (default 1); output order is always input order
  --max-memory MB       heap limit of each worker thread (with --jobs 2 or more); --max-size
                        then defaults to a thirty-second of it, and an article too large for
                        the limit gets an error record instead of growing the process
  --exit-zero           exit 0 even when some articles failed (their error records are in the
                        output): for Hadoop Streaming and Spark, where a non-zero exit fails a task
  -q, --quiet           no progress, summary or per-article error messages on stderr
  -v, --version         print the version
  -h, --help            print this help

Line contract (JSONL in, --format jsonl out): exactly one output line per input line, in input
order; a line that cannot be processed (empty, invalid JSON, no text field, too large) yields
{"id": ..., "error": {"code": ..., "message": ..., "line": N}} and the run goes on.
Spans are UTF-16 offsets into the article text as given (Java/JavaScript string indices).

Exit codes: 0 ok, 1 some inputs failed (unless --exit-zero), 2 usage error, 130 interrupted.

Examples:
  bantin analyze article.txt --pretty
  cat article.txt | bantin normalize --tone new
  bantin analyze bulletins/ --jobs auto > analyses.jsonl
  bantin analyze articles.jsonl.gz --fields id,people,organisations,dates -j 2 > out.jsonl
  bantin analyze articles.jsonl --format csv --bom > entities.csv
  bantin analyze article.html --format html > report.html
  bantin analyze bulletins/ --format html --out report/       # report/index.html
  bantin analyze old.txt --input-encoding tcvn3
  hadoop jar hadoop-streaming.jar -D mapreduce.job.reduces=0 -input in/ -output out/ \\
    -mapper 'bantin analyze --input jsonl --exit-zero --quiet'
  rdd.pipe("bantin analyze --input jsonl --exit-zero --quiet")      # Spark`;
