// The Sources view in the explorer: sources (by title, with outlet and date)
// → quotes, and people → quotes. Clicking a quote opens its passage. A filter
// narrows the tree; sources the open draft cites are marked; a source or a
// quote's context menu inserts its citation or copies its key.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CorpusTree, TreeQuote } from '../../server/src/lsp/protocol';

type TreeSource = CorpusTree['sources'][number];
type TreePerson = CorpusTree['people'][number];
export type SourcesNode =
  | { kind: 'group'; label: 'Sources' | 'People' }
  | { kind: 'source'; source: TreeSource; quotes: TreeQuote[] }
  | { kind: 'person'; person: TreePerson; quotes: TreeQuote[] }
  | { kind: 'quote'; quote: TreeQuote; by: 'source' | 'person' };

const FILTERED_CONTEXT = 'verbatim.sourcesFiltered';

export class SourcesView implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private tree: Promise<CorpusTree> | undefined;
  private filter = '';
  private cited = new Set<string>();
  readonly view: vscode.TreeView<SourcesNode>;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('verbatimSources', { treeDataProvider: this, showCollapseAll: true });
  }

  refresh(): void {
    this.tree = undefined;
    this.changed.fire();
  }

  /** The corpus tree, as last sent by the server. */
  load(): Promise<CorpusTree> {
    this.tree ??= this.client.sendRequest<CorpusTree>('verbatim/corpusTree');
    return this.tree;
  }

  setCited(keys: string[]): void {
    const next = new Set(keys);
    if (next.size === this.cited.size && keys.every((k) => this.cited.has(k))) return;
    this.cited = next;
    this.changed.fire();
  }

  async askFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({ prompt: 'Show sources, people and quotes with these words (title, outlet, author, date, speaker, quote)', value: this.filter, placeHolder: 'e.g. Aliyev, 2020, Karabakh' });
    if (value !== undefined) this.setFilter(value);
  }

  setFilter(value: string): void {
    this.filter = value.trim();
    this.view.description = this.filter ? `filter: ${this.filter}` : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.filter.length > 0);
    this.changed.fire();
  }

  async getChildren(node?: SourcesNode): Promise<SourcesNode[]> {
    const tree = await this.load();
    const match = matcher(this.filter);
    if (!node) {
      this.view.message = tree.sources.length === 0 ? 'No sources yet.' : undefined;
      return [{ kind: 'group', label: 'Sources' }, { kind: 'group', label: 'People' }];
    }
    if (node.kind === 'group' && node.label === 'Sources') {
      return tree.sources.flatMap((source) => {
        const whole = match([source.title, source.key, source.outlet, source.author, source.date]);
        const quotes = whole ? source.quotes : source.quotes.filter((q) => match([q.text, q.speaker]));
        return whole || quotes.length > 0 ? [{ kind: 'source' as const, source, quotes }] : [];
      });
    }
    if (node.kind === 'group') {
      return tree.people.flatMap((person) => {
        const whole = match([person.name, person.role]);
        const quotes = whole ? person.quotes : person.quotes.filter((q) => match([q.text]));
        return whole || quotes.length > 0 ? [{ kind: 'person' as const, person, quotes }] : [];
      });
    }
    if (node.kind === 'source' || node.kind === 'person') return node.quotes.map((quote) => ({ kind: 'quote', quote, by: node.kind }));
    return [];
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const collapsed = this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'group':
        return { label: node.label, collapsibleState: vscode.TreeItemCollapsibleState.Expanded };
      case 'source': {
        const s = node.source;
        const cited = this.cited.has(s.key);
        const meta = [s.outlet, s.date, s.author].filter(Boolean).join(' · ');
        return {
          id: `source:${s.key}`,
          label: s.title,
          description: [cited ? 'cited' : '', meta].filter(Boolean).join(' · '),
          tooltip: new vscode.MarkdownString(`**${escape(s.title)}**\n\n${escape(meta)}\n\n\`@${s.key}\`${cited ? '\n\nCited in the open draft.' : ''}`),
          collapsibleState: collapsed,
          contextValue: 'source',
          iconPath: cited ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('file-text'),
          resourceUri: vscode.Uri.parse(s.uri),
          command: { command: 'vscode.open', title: 'Open the source', arguments: [vscode.Uri.parse(s.uri), { preview: true }] },
        };
      }
      case 'person':
        return { label: node.person.name, description: node.person.role, collapsibleState: collapsed, iconPath: new vscode.ThemeIcon('person') };
      case 'quote': {
        const q = node.quote;
        return {
          label: `“${q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text}”`,
          description: node.by === 'source' ? (q.speaker ?? '') : q.title,
          tooltip: `“${q.text}”\n— ${q.speaker ?? 'unattributed'}, ${q.title} (@${q.key})`,
          contextValue: 'quote',
          command: { command: 'verbatim.openPassage', title: 'Open the passage', arguments: [q.uri, q.line, q.character] },
          iconPath: new vscode.ThemeIcon('quote'),
        };
      }
    }
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}

/** Every word of the filter must occur in one of the fields (case-insensitive). */
function matcher(filter: string): (fields: Array<string | null | undefined>) => boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return () => true;
  return (fields) => {
    const text = fields.filter(Boolean).join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  };
}

const escape = (s: string) => s.replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&');

/** The citation a node stands for: a source's `[@key]`, or a quote's words and key. */
export function citationText(node: SourcesNode): string | undefined {
  if (node.kind === 'source') return `[@${node.source.key}]`;
  if (node.kind === 'quote') return `“${node.quote.text}” [@${node.quote.key}]`;
  return undefined;
}

export function nodeKey(node: SourcesNode): string | undefined {
  return node.kind === 'source' ? node.source.key : node.kind === 'quote' ? node.quote.key : undefined;
}
