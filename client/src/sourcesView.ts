// The Sources view in the explorer: sources → quotes, and people → quotes.
// Clicking a quote opens its passage.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CorpusTree, TreeQuote } from '../../server/src/lsp/protocol';



type Node = { kind: 'group'; label: 'Sources' | 'People' } | { kind: 'source'; source: CorpusTree['sources'][number] } | { kind: 'person'; person: CorpusTree['people'][number] } | { kind: 'quote'; quote: TreeQuote; by: 'source' | 'person' };

export class SourcesView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private tree: Promise<CorpusTree> | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.tree = undefined;
    this.changed.fire();
  }

  private load(): Promise<CorpusTree> {
    this.tree ??= this.client.sendRequest<CorpusTree>('verbatim/corpusTree');
    return this.tree;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return [{ kind: 'group', label: 'Sources' }, { kind: 'group', label: 'People' }];
    const tree = await this.load();
    if (node.kind === 'group') return node.label === 'Sources' ? tree.sources.map((source) => ({ kind: 'source', source })) : tree.people.map((person) => ({ kind: 'person', person }));
    if (node.kind === 'source') return node.source.quotes.map((quote) => ({ kind: 'quote', quote, by: 'source' }));
    if (node.kind === 'person') return node.person.quotes.map((quote) => ({ kind: 'quote', quote, by: 'person' }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'group':
        return { label: node.label, collapsibleState: vscode.TreeItemCollapsibleState.Expanded };
      case 'source':
        return { label: node.source.title, description: [node.source.outlet, node.source.date].filter(Boolean).join(' · '), tooltip: `@${node.source.key}`, collapsibleState: collapsed, iconPath: new vscode.ThemeIcon('file-text') };
      case 'person':
        return { label: node.person.name, description: node.person.role, collapsibleState: collapsed, iconPath: new vscode.ThemeIcon('person') };
      case 'quote': {
        const q = node.quote;
        return {
          label: `“${q.text.length > 70 ? `${q.text.slice(0, 69)}…` : q.text}”`,
          description: node.by === 'source' ? (q.speaker ?? '') : `@${q.key}`,
          tooltip: `“${q.text}”\n— ${q.speaker ?? 'unattributed'}, @${q.key}`,
          command: { command: 'verbatim.openPassage', title: 'Open the passage', arguments: [q.uri, q.line, q.character] },
          iconPath: new vscode.ThemeIcon('quote'),
        };
      }
    }
  }
}
