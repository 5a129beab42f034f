// Requests the VS Code client makes beyond LSP: the quote picker of "Insert
// Citation…" and the Sources tree view.
import { filePosition, type SourceFiles } from '../services/checkedDocument';
import type { Corpus } from './corpusState';
import { sourceTitle } from '../services/sourceName';
import type { CorpusTree, QuotePick, TreeQuote } from './protocol';


export function searchQuotes(corpus: Corpus, query: string, speaker?: string): QuotePick[] {
  return corpus.search.search(query, { speaker, limit: 50, meta: true }).map((q) => {
    const s = corpus.index.sourceByKey.get(q.sourceKey)!;
    return { text: q.text.trim().replace(/\s+/g, ' '), speaker: q.speaker?.name ?? null, key: q.sourceKey, date: s.date, title: sourceTitle(s), outlet: s.outlet, author: s.author };
  });
}


export function corpusTree(corpus: Corpus, files: SourceFiles): CorpusTree {
  const { model } = corpus.index;
  const quote = (id: number): TreeQuote => {
    const q = model.quotes[id];
    const s = corpus.index.sourceByKey.get(q.sourceKey)!;
    const at = filePosition(files, s.path, q.start);
    return { text: q.text.trim().replace(/\s+/g, ' '), speaker: q.speaker?.name ?? null, key: q.sourceKey, title: sourceTitle(s), uri: files.uri(s.path), ...at };
  };
  const bySource = new Map<string, number[]>();
  for (const q of model.quotes) {
    if (q.kind === 'scare') continue;
    const list = bySource.get(q.sourceKey);
    if (list) list.push(q.id);
    else bySource.set(q.sourceKey, [q.id]);
  }
  return {
    corpus: corpus.description,
    sources: model.sources.map((s) => ({ key: s.key, title: sourceTitle(s), date: s.date, outlet: s.outlet, author: s.author, uri: files.uri(s.path), quotes: (bySource.get(s.key) ?? []).map(quote) })),
    people: model.people
      .filter((p) => p.quoteIds.length > 0)
      .map((p) => ({ name: p.name, role: p.roles.at(-1)?.role, quotes: p.quoteIds.filter((id) => model.quotes[id].kind !== 'scare').map(quote) })),
  };
}
