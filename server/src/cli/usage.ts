// The CLI's help text, one place for every subcommand.
export const USAGE = `Usage: verbatim <command> [options]

Commands:
  check FILE…  check the quotes, speakers, citations and names of Markdown drafts
  sources   list the sources of the corpus (key, date, outlet, title)
  quotes    list every quotation with its speaker, kind and cue
  people    list the people and organisations the corpus quotes or names
  report DRAFT -o FILE  a self-contained HTML fact-check report for the copy desk
  bib       the corpus as a bibliography for Pandoc: --format csl-json (default) or bibtex
  lsp --stdio  run the language server (for Neovim, Emacs, Helix…)

Options:
  --corpus DIR              the corpus folder (default: the bundled seeds/)
  --format text|json|sarif  output format (default: text; sarif for check only)
  --fix                     check: apply the fixes that need no choice, then report what is left
  --version                 the version
  -h, --help                this help

The corpus of check: --corpus, else the globs of verbatim.json, else ./sources/,
else the bundled seeds.

Exit codes: 0 success (check: nothing at warning or error), 1 check found
warnings or errors, 2 bad usage or an unreadable file or corpus.`;
