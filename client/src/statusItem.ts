// "Verbatim: 5 sources · 41 quotes" in the status bar, spinning while indexing.
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/lsp/protocol';


export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('verbatim.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Verbatim';
    this.item.command = 'verbatim.showSourcesView';
    this.item.text = '$(sync~spin) Verbatim';
    this.item.show();
  }

  update(s: CorpusStatus): void {
    const counts = `${s.sources} source${s.sources === 1 ? '' : 's'} · ${s.quotes} quote${s.quotes === 1 ? '' : 's'}`;
    if (s.state === 'indexing') this.item.text = `$(sync~spin) Verbatim: indexing…`;
    else if (s.state === 'error') this.item.text = `$(warning) Verbatim: ${counts}`;
    else this.item.text = `$(quote) Verbatim: ${counts}`;
    this.item.tooltip = [`Corpus: ${s.corpus}`, s.message, s.skipped ? `${s.skipped} file(s) skipped: see the Verbatim output` : undefined, 'Click to open the Sources view'].filter(Boolean).join('\n');
  }

  dispose(): void {
    this.item.dispose();
  }
}
