// Go to source: from a quote or a citation key to the passage in the source
// file; document links on citation keys.
import type { DocumentLink, Location } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../index/corpusIndex';
import { filePosition, rangeOf, type CheckedDocument, type SourceFiles } from './checkedDocument';

export function definitionAt(doc: CheckedDocument, index: CorpusIndex, files: SourceFiles, offset: number): Location | null {
  const { draft } = doc.result;
  for (const c of draft.citations) {
    if (offset >= draft.fileOffset(c.start) && offset <= draft.fileOffset(c.end - 1) + 1) {
      const source = index.sourceByKey.get(c.key);
      if (!source) return null;
      // The quote this citation backs, if it is verified in this very source; else the top of the article.
      const backed = doc.result.quotes.find((q) => q.source === source && q.evidence && q.quote.citations.includes(c));
      const start = backed?.evidence ? backed.evidence.start : source.fileOffset(0);
      const end = backed?.evidence ? backed.evidence.end : start;
      return { uri: files.uri(source.path), range: { start: filePosition(files, source.path, start), end: filePosition(files, source.path, end) } };
    }
  }
  const quote = doc.result.quotes.find((q) => offset >= q.start && offset < q.end && q.evidence);
  if (quote?.evidence && quote.source) {
    const e = quote.evidence;
    return { uri: files.uri(quote.source.path), range: { start: filePosition(files, quote.source.path, e.start), end: filePosition(files, quote.source.path, e.end) } };
  }
  return null;
}

export function documentLinks(doc: CheckedDocument, index: CorpusIndex, files: SourceFiles): DocumentLink[] {
  const { draft } = doc.result;
  return draft.citations.flatMap((c) => {
    const source = index.sourceByKey.get(c.key);
    if (!source) return [];
    return [{ range: rangeOf(doc.lines, draft.fileOffset(c.keyStart), draft.fileOffset(c.keyEnd - 1) + 1), target: files.uri(source.path), tooltip: source.title ?? source.key }];
  });
}
