// The fact-check report for the copy desk: one self-contained HTML page (no
// scripts, no external assets). The draft with every quote marked by status,
// the source sentence beside each with its title, outlet and date, the word
// diff of misquotes, misspelt names marked, a summary, and the people quoted.
// The draft's Markdown (headings, emphasis, lists) is rendered. Everything
// from the draft or the corpus is escaped.
import type { CheckResult, CheckedQuote } from '../check/checkDraft';
import { FINDING_CODES, type FindingCode } from '../check/findings';
import type { CorpusIndex } from '../index/corpusIndex';
import type { Source } from '../model/types';
import { sourceTitle } from '../services/sourceName';
import { sentenceAround } from '../text/sentenceAround';
import { escapeHtml, markdownBlocks, type Mark } from './markdownHtml';

export { escapeHtml };

export type ReportStatus = 'verified' | 'misquote' | 'wrong-speaker' | 'not-found' | 'uncited' | 'miscited' | 'term';

const LABEL: Record<ReportStatus, string> = {
  verified: 'Verified',
  misquote: 'Misquote',
  'wrong-speaker': 'Wrong speaker',
  'not-found': 'Not found',
  uncited: 'Verified, not cited',
  miscited: 'Verified, cited wrongly',
  term: 'Term in quotes (not checked)',
};

export function reportStatus(q: CheckedQuote): ReportStatus {
  if (q.status === 'unchecked') return 'term';
  if (q.status === 'not-found') return 'not-found';
  if (q.status === 'mismatch') return 'misquote';
  const codes = new Set(q.findings.map((f) => f.code));
  if (codes.has('wrong-speaker')) return 'wrong-speaker';
  if (codes.has('missing-citation')) return 'uncited';
  if (codes.has('wrong-citation') || q.findings.some((f) => f.code === 'unknown-source' && f.severity === 'error')) return 'miscited';
  return 'verified';
}

/** The report of one draft; `fileText` is the draft file as written (its Markdown is rendered). */
export function renderReport(result: CheckResult, index: CorpusIndex, draftName: string, fileText: string): string {
  const quotes = result.quotes.map((q, i) => ({ q, n: i + 1, status: reportStatus(q) }));
  const checked = quotes.filter((x) => x.status !== 'term');
  const byCode = new Map<FindingCode, number>();
  for (const f of result.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const problems = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;

  // The draft as its writer formatted it, block by block, quotes and misspelt names marked in place,
  // each block's notes beside it.
  const misspelt = result.findings.filter((f) => f.code === 'name-misspelled').map((f, i) => ({ f, n: i + 1 }));
  const marks: Mark[] = [
    ...quotes.map(({ q, n, status }) => ({ start: q.start, end: q.end, open: `<mark class="q ${status}" data-n="${n}" title="${escapeHtml(LABEL[status])}">`, close: '</mark>', after: `<sup id="q${n}">${n}</sup>` })),
    ...misspelt.map(({ f, n }) => ({ start: f.start, end: f.end, open: `<mark class="misspelt" title="${escapeHtml(f.message)}">`, close: '</mark>', after: `<sup class="misspelt">${letter(n)}</sup>` })),
  ];
  const body = markdownBlocks(fileText, marks)
    .map((block) => {
      const inBlock = (start: number) => start >= block.start && start < block.end;
      const notes = [
        ...quotes.filter((x) => x.status !== 'term' && inBlock(x.q.start)).map((x) => note(x.q, x.n, x.status)),
        ...misspelt.filter((x) => inBlock(x.f.start)).map((x) => `<div class="note misspelt"><b>${letter(x.n)}. Misspelt name</b><p>${escapeHtml(x.f.message)}</p></div>`),
      ].join('');
      return `<div class="para"><div class="draft">${block.html}</div>${notes ? `<aside>${notes}</aside>` : ''}</div>`;
    })
    .join('\n');

  const people = new Map<string, number>();
  for (const { q } of checked) if (q.sourceSpeaker) people.set(q.sourceSpeaker.name, (people.get(q.sourceSpeaker.name) ?? 0) + 1);
  const peopleRows = [...people]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => {
      const p = index.people.exact(name);
      const roles = [...new Set(p?.roles.map((r) => r.role) ?? [])].join('; ');
      return `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(roles || '—')}</td><td>${n}</td></tr>`;
    })
    .join('');
  const count = (s: ReportStatus) => quotes.filter((x) => x.status === s).length;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Fact-check: ${escapeHtml(draftName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Fact-check report</h1>
<p class="meta">${escapeHtml(draftName)} · checked against ${index.model.sources.length} sources · Verbatim</p>
<ul class="summary">
<li id="count-quotes"><b>${checked.length}</b> quotes</li>
<li id="count-verified"><b>${count('verified') + count('uncited') + count('miscited')}</b> verified</li>
<li id="count-problems"><b>${problems}</b> problems</li>
</ul>
<table class="codes"><tbody>${[...byCode].map(([code, n]) => `<tr><td><code>${code}</code></td><td>${n}</td><td>${escapeHtml(FINDING_CODES[code].summary)}</td></tr>`).join('')}</tbody></table>
<p class="legend">${(Object.keys(LABEL) as ReportStatus[]).map((s) => `<mark class="q ${s}">${escapeHtml(LABEL[s])}</mark>`).join(' ')}</p>
</header>
<main>
${body}
</main>
<section class="people">
<h2>People quoted</h2>
<table><thead><tr><th>Name</th><th>Roles in the sources</th><th>Quotes</th></tr></thead><tbody>${peopleRows}</tbody></table>
</section>
</body>
</html>
`;
}

function note(q: CheckedQuote, n: number, status: ReportStatus): string {
  const head = `<b>${n}. ${escapeHtml(LABEL[status])}</b>`;
  if (!q.source || !q.evidence) return `<div class="note ${status}">${head}<p>No source holds these words.</p></div>`;
  const who = q.sourceSpeaker ? `<p class="speaker">${escapeHtml(q.sourceSpeaker.name)}${q.quote.speaker && q.quote.speaker.name !== q.sourceSpeaker.name ? ` <span class="draft-says">(the draft says ${escapeHtml(q.quote.speaker.name)})</span>` : ''}</p>` : '';
  const diff = q.diff?.length
    ? `<p class="diff">${q.diff.map((d) => (d.added ? `<ins>${escapeHtml(d.value)}</ins>` : d.removed ? `<del>${escapeHtml(d.value)}</del>` : escapeHtml(d.value))).join(' ')}</p>`
    : '';
  // The source's sentence, the quoted words in bold: the reader sees them in their context.
  const s = sentenceAround(q.source.text, q.source.text.indexOf(q.evidence.text), q.evidence.text.length);
  const sentence = s.words ? `${escapeHtml(s.before)}<strong>${escapeHtml(s.words)}</strong>${escapeHtml(s.after)}` : escapeHtml(q.evidence.text);
  return `<div class="note ${status}">${head}${who}<blockquote>${sentence}</blockquote>${diff}<p class="where">${sourceLine(q.source, q.evidence.locator)}</p></div>`;
}

/** Title, where in it (a page, a time), outlet, date and author of a source, with its key. */
function sourceLine(s: Source, locator?: string): string {
  const meta = [locator, s.outlet, s.date, s.author ? `by ${s.author}` : undefined].filter(Boolean).map((x) => escapeHtml(x!));
  return `<span class="title">${escapeHtml(sourceTitle(s))}</span>${meta.length ? ` · ${meta.join(' · ')}` : ''} <cite>@${escapeHtml(s.key)}</cite>`;
}

/** a, b, … z, aa: misspellings are lettered, quotes numbered. */
function letter(n: number): string {
  return n <= 26 ? String.fromCharCode(96 + n) : `${letter(Math.floor((n - 1) / 26))}${letter(((n - 1) % 26) + 1)}`;
}

const STYLE = `
body{font:16px/1.55 Georgia,serif;margin:0;color:#1d1d1d;background:#fbfaf7}
header,main,section{max-width:72rem;margin:0 auto;padding:1rem 2rem}
h1{margin:.2rem 0;font-size:1.8rem}.meta{color:#666;margin:0}
.summary{display:flex;gap:2rem;list-style:none;padding:0;font-size:1.2rem}
.codes td{padding:.1rem .8rem .1rem 0;font-size:.9rem}
.para{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;border-top:1px solid #e6e2d8;padding:.6rem 0}
.para p{margin:.3rem 0}.draft h2,.draft h3,.draft h4{margin:.4rem 0}
mark.misspelt{background:#fde2e0;text-decoration:underline wavy #c0392b;padding:0 .1rem}sup.misspelt{color:#c0392b}.note.misspelt{border-color:#c0392b}
.note .title{font-weight:600;color:#333}
mark.q{padding:0 .15rem;border-radius:3px;border-bottom:2px solid}
mark sup{font-size:.7em;margin-left:.15em}
.verified{background:#e3f4e5;border-color:#2e8b3e}.uncited{background:#eef6d8;border-color:#7a9a1a}
.miscited{background:#e0ecfb;border-color:#2f6db5}.misquote{background:#fff1cc;border-color:#c98a00}.wrong-speaker{background:#fde2e0;border-color:#c0392b}
.not-found{background:#f1e2fb;border-color:#8e44ad}.term{background:#eee;border-color:#aaa}
.note{font:14px/1.45 system-ui,sans-serif;border-left:4px solid;padding:.3rem .7rem;margin:.3rem 0;background:#fff}
.note blockquote{margin:.3rem 0;font-style:italic}.note p{margin:.2rem 0}.where{color:#666}.draft-says{color:#c0392b}
ins{background:#ffd9a0;text-decoration:none;font-weight:bold}del{color:#a33}
.people table{border-collapse:collapse}.people td,.people th{padding:.2rem 1rem .2rem 0;text-align:left}
`;
