// Quick fixes: every fix of the checker, tied to its diagnostic; "Insert
// citation" on a verified quote; "Verify and cite all quotes in this paragraph".
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import { findingFor, rangeOf, type CheckedDocument } from './checkedDocument';
import { verifyFix } from '../check/applyFixes';

export function codeActionsFor(doc: CheckedDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [doc.uri]: edits } });

  // Fixes come from this check of this text, verified against it: never from a diagnostic's `data`, which may be stale.
  const lspEdits = (edits: Array<{ start: number; end: number; newText: string }>) => edits.map((e) => ({ range: rangeOf(doc.lines, e.start, e.end), newText: e.newText }));
  for (const d of diagnostics) {
    const finding = findingFor(doc, d);
    const fixes = (finding?.fixes ?? []).flatMap((fix) => verifyFix(doc.text, fix) ?? []);
    for (const [i, fix] of fixes.entries()) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: edit(lspEdits(fix.edits)) });
    }
  }

  const start = doc.lines.offset(range.start);
  const end = doc.lines.offset(range.end);
  // "Insert citation" on the verified quote under the cursor, when it has none: the quote carries its own finding.
  const here = doc.result.quotes.find((q) => q.status === 'verified' && start <= q.end && end >= q.start);
  const found = here?.findings.find((f) => f.code === 'missing-citation');
  const cite = found && verifyFix(doc.text, found.fixes[0]) ? found : undefined;
  if (here && cite && !actions.some((a) => a.diagnostics?.some((d) => d.code === 'missing-citation'))) {
    actions.push({ title: `Insert citation @${here.source!.key}`, kind: CodeActionKind.QuickFix, edit: edit(lspEdits(cite.fixes[0].edits)) });
  }

  // Every fix that needs no choice in the cursor's paragraph, at once.
  const para = doc.result.quotes.find((q) => start <= q.end && end >= q.start)?.quote.paragraph;
  if (para) {
    const quotes = doc.result.quotes.filter((q) => q.quote.paragraph === para);
    const inParagraph = quotes.flatMap((q) => q.findings).filter((f) => f.fixes.length === 1 && f.code !== 'name-misspelled');
    // Each fix verified once, whole: half a fix is a corruption too.
    const edits = inParagraph.flatMap((f) => verifyFix(doc.text, f.fixes[0])?.edits ?? []).sort((a, b) => a.start - b.start);
    const disjoint = edits.filter((e, i) => i === 0 || e.start >= edits[i - 1].end);
    if (disjoint.length > 0) {
      actions.push({
        title: `Verify and cite all quotes in this paragraph (${inParagraph.length} fix${inParagraph.length === 1 ? '' : 'es'})`,
        kind: CodeActionKind.QuickFix,
        edit: edit(lspEdits(disjoint)),
      });
    }
  }
  return actions;
}
