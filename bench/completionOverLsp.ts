// Quote completion as an editor gets it: the shipped server (dist/server.js)
// over stdio with 10,000 articles indexed, a writer typing phrases from the
// middle of corpus quotes (one with a typo) after an opening mark, one
// keystroke at a time: didChange, then a completion request, timed from the
// change to the answer. After each phrase the writer pauses, and the server's
// debounced check of the draft runs in that pause.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CompletionList } from 'vscode-languageserver-protocol';
import { LspClient } from '../tests/helpers/lspClient';

/** Phrases a writer remembers: three words from the middle of a quote, from articles spread over the corpus. */
export function phrases(dir: string, count: number): string[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const out: string[] = [];
  for (let i = 0; out.length < count && i < files.length; i += Math.floor(files.length / count)) {
    const text = readFileSync(path.join(dir, files[i]), 'utf8');
    const quote = /["“]([^"“”\n]{40,})["”]/.exec(text)?.[1];
    if (!quote) continue;
    const words = quote.split(/\s+/);
    const mid = Math.floor(words.length / 2);
    out.push(words.slice(mid - 1, mid + 2).join(' ').replace(/[,.;:!?]+$/, ''));
  }
  // A misspelt word: two letters swapped in the middle one.
  const last = out.pop()!.split(' ');
  const w = last[1];
  if (w.length > 4) last[1] = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
  out.push(last.join(' '));
  return out;
}

export interface CompletionTimes {
  keystrokes: number[];
  found: number;
  phrases: number;
}

export async function completionOverLsp(dir: string): Promise<CompletionTimes> {
  const client = new LspClient();
  try {
    await client.initialize(dir, { window: { workDoneProgress: true } }, { initializationOptions: { corpus: ['*.txt'] }, readyWithinMs: 180_000 });
    const uri = await client.open(path.join(dir, 'bench-draft.md'), '');
    const keystrokes: number[] = [];
    let found = 0;
    const typed = phrases(dir, 10);
    for (const phrase of typed) {
      const prefix = 'The minister said: “';
      let best: CompletionList | undefined;
      for (let i = 1; i <= phrase.length; i++) {
        const text = prefix + phrase.slice(0, i);
        const t0 = performance.now();
        await client.change(uri, text);
        best = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: text.length } });
        keystrokes.push(performance.now() - t0);
      }
      // The writer pauses after a phrase: the server's debounced check of the draft runs then, not mid-phrase.
      await client.diagnosticsFor(uri);
      const words = phrase.toLowerCase().split(' ');
      if (best?.items.some((item) => words.filter((w) => String(item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : '').toLowerCase().includes(w)).length >= words.length - 1)) found++;
    }
    return { keystrokes, found, phrases: typed.length };
  } finally {
    await client.stop();
  }
}
