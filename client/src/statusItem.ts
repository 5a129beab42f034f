// "Verbatim: 5 sources · 41 quotes" in the status bar, spinning while indexing;
// "Verbatim: sample corpus (5 articles)" when the workspace has no sources and
// the bundled sample stands in, so every unknown key has a visible reason.
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/lsp/protocol';

export function statusText(s: CorpusStatus): string {
  const counts = `${s.sources} source${s.sources === 1 ? '' : 's'} · ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`;
  if (s.state === 'indexing') return `$(sync~spin) Verbatim: indexing…`;
  if (s.state === 'error') return `$(warning) Verbatim: ${counts}`;
  if (s.sample) return `$(info) Verbatim: sample corpus (${s.sources} article${s.sources === 1 ? '' : 's'})`;
  return `$(quote) Verbatim: ${counts}`;
}

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('verbatim.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Verbatim';
    this.item.command = 'verbatim.showSourcesView';
    this.item.text = '$(sync~spin) Verbatim';
    this.item.show();
  }

  update(s: CorpusStatus): void {
    this.item.text = statusText(s);
    this.item.command = s.sample && s.state === 'ready' ? 'verbatim.chooseSourcesFolder' : 'verbatim.showSourcesView';
    this.item.tooltip = [
      s.sample ? 'No sources in this workspace: drafts are checked against the bundled sample articles. Click to choose a sources folder.' : `Corpus: ${s.corpus}`,
      s.message,
      s.skipped ? `${s.skipped} file(s) skipped: see the Verbatim output` : undefined,
      s.sample ? undefined : 'Click to open the Sources view',
    ]
      .filter(Boolean)
      .join('\n');
  }

  dispose(): void {
    this.item.dispose();
  }
}
