// Go to source: from a quote or a citation key to the passage in the source
// file, with the quoted words selected (LocationLink.targetSelectionRange);
// document links on citation keys.
import type { DocumentLink, Location, LocationLink, Range } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../index/corpusIndex';
import { sourceTitle } from './sourceName';
import { filePosition, rangeOf, type CheckedDocument, type SourceFiles } from './checkedDocument';

/**
 * Where F12 goes: a LocationLink whose selection is the quoted words in the source (what the editor
 * selects) and whose range is their lines (what Peek shows). Clients without link support get a Location.
 */
export function definitionAt(doc: CheckedDocument, index: CorpusIndex, files: SourceFiles, offset: number, linkSupport = false): Location | LocationLink[] | null {
  const { draft } = doc.result;
  let target: { path: string; start: number; end: number; origin: Range } | undefined;
  for (const c of draft.citations) {
    if (offset >= draft.fileOffset(c.start) && offset <= draft.fileOffset(c.end - 1) + 1) {
      const source = index.sourceByKey.get(c.key);
      if (!source) return null;
      // The quote this citation backs, if it is verified in this very source; else the top of the article.
      const backed = doc.result.quotes.find((q) => q.source === source && q.evidence && q.quote.citations.includes(c));
      const start = backed?.evidence ? backed.evidence.start : source.fileOffset(0);
      const end = backed?.evidence ? backed.evidence.end : start;
      target = { path: source.path, start, end, origin: rangeOf(doc.lines, draft.fileOffset(c.keyStart), draft.fileOffset(c.keyEnd - 1) + 1) };
      break;
    }
  }
  if (!target) {
    const quote = doc.result.quotes.find((q) => offset >= q.start && offset < q.end && q.evidence);
    if (quote?.evidence && quote.source) target = { path: quote.source.path, start: quote.evidence.start, end: quote.evidence.end, origin: rangeOf(doc.lines, quote.start, quote.end) };
  }
  if (!target) return null;
  // A PDF or Word file has no lines to land on: its top (filePosition).
  const words = { start: filePosition(files, target.path, target.start), end: filePosition(files, target.path, target.end) };
  const uri = files.uri(target.path);
  if (!linkSupport) return { uri, range: words };
  const lines = { start: { line: words.start.line, character: 0 }, end: { line: words.end.line + 1, character: 0 } };
  return [{ originSelectionRange: target.origin, targetUri: uri, targetRange: lines, targetSelectionRange: words }];
}

export function documentLinks(doc: CheckedDocument, index: CorpusIndex, files: SourceFiles): DocumentLink[] {
  const { draft } = doc.result;
  return draft.citations.flatMap((c) => {
    const source = index.sourceByKey.get(c.key);
    if (!source) return [];
    return [{ range: rangeOf(doc.lines, draft.fileOffset(c.keyStart), draft.fileOffset(c.keyEnd - 1) + 1), target: files.uri(source.path), tooltip: sourceTitle(source) }];
  });
}
