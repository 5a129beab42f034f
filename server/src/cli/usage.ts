// The CLI's help text, one place for every subcommand.
export const USAGE = `Usage: verbatim <command> [options]

Commands:
  sources   list the sources of the corpus (key, date, outlet, title)
  quotes    list every quotation with its speaker, kind and cue
  people    list the people and organisations the corpus quotes or names

Options:
  --corpus DIR              the corpus folder (default: the bundled seeds/)
  --format text|json        output format (default: text)
  -h, --help                this help

Exit codes: 0 success, 2 bad usage or unreadable corpus.`;
