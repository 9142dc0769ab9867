/** The text of `bantin corpus --help`. Kept free of imports so that `--help` starts fast. */
export const CORPUS_USAGE = `Usage: bantin corpus <command> [files, folders or JSONL...] [options]

Research tools over many articles. Inputs are read as by 'bantin analyze' (files, folders, JSONL,
stdin), and a JSONL line may also be an analysis written by 'bantin analyze --format jsonl': it is
used as it is, so a pipeline does not analyse twice.

Commands:
  keywords   keywords of every article (BM25 over bantin's words, Vietnamese stop words left out),
             or of the whole corpus with --scope corpus
  dupes      groups of near-duplicate articles: the same story re-posted with small edits
             (MinHash over folded word shingles, LSH banding: no pair is compared unless alike)
  entities   people with their titles over time, organisations with their mentions, and who is
             named with whom (nodes and edges for Gephi-style tools)
  timeline   counts per day, month or year of articles, date mentions, events, directives,
             documents and entity mentions, from the dates in the text (never file dates)

Output (all commands):
  -f, --format jsonl|csv    JSON Lines (default) or CSV with a header row (RFC 4180)
  -o, --out PATH            a file instead of stdout; for entities a folder (unless PATH ends
                            in .csv or .jsonl) that gets every table, as CSV and JSONL unless
                            --format picks one: people, titles, organisations, mentions,
                            nodes, edges
  --bom                     start CSV with a UTF-8 byte-order mark (Excel)

keywords:
  --top N                   keywords per article (default 10)
  --scope article|corpus    one line per article (default; JSONL keeps one line per input line,
                            error records in place), or the corpus's keywords: the terms that are
                            a keyword of most articles
  --limit N                 corpus keywords to list (default 100)

dupes:
  --threshold X             least estimated Jaccard similarity of shingles (default 0.5)
  --pairs                   one line per pair as it is found (streaming), instead of groups
  --shingle N               words per shingle (default 4)

entities:
  --table NAME              the table to write to stdout or a file: people (default), titles,
                            organisations, mentions, nodes, edges
  --min-weight N            edges of at least N articles (default 1)
  --min-articles N          nodes named in at least N articles (default 1)
  --date-field NAME         JSONL field with the article's date (YYYY-MM-DD); otherwise the date
                            the article states (dateline, lead date), else undated

timeline:
  --by day|month|year       period (default month); a date counts only in periods as precise
  --items                   one line per dated item (article, date, event, directive,
                            document) instead of counts
  --date-field NAME         as for entities

Input and run options as for 'bantin analyze': --input, --input-encoding, --id-field,
--text-field, --html-field, --max-size, --reference-date, --tone, -j/--jobs, --max-memory,
--exit-zero, -q/--quiet.

Examples:
  bantin analyze news.jsonl -j auto > analyses.jsonl
  bantin corpus keywords analyses.jsonl --format csv > keywords.csv
  bantin corpus keywords news.jsonl --scope corpus --limit 50
  bantin corpus dupes bulletins/ -j auto > groups.jsonl
  bantin corpus dupes news.jsonl --pairs --threshold 0.7 --format csv > pairs.csv
  bantin corpus entities analyses.jsonl --out tables/      # tables/people.csv, edges.csv, ...
  bantin corpus timeline analyses.jsonl --by day --format csv > timeline.csv`;
