// "Check Workspace Drafts": the server checks every Markdown draft of the
// workspace through LSP pull diagnostics (`workspace/diagnostic`); the client
// shows the drafts that are not open (open ones have live diagnostics) and
// ends with a summary.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceDiagnosticReport, WorkspaceFullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { linkCodesToPreview } from './findingPages';

export class WorkspaceDrafts implements vscode.Disposable {
  /** Problems of drafts that are not open in an editor. */
  readonly collection = vscode.languages.createDiagnosticCollection('verbatim-workspace');

  constructor(private readonly client: LanguageClient) {}

  async check(): Promise<void> {
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Verbatim: checking the workspace drafts' },
      () => this.client.sendRequest<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] }),
    );
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    this.collection.clear();
    let errors = 0;
    let warnings = 0;
    let others = 0;
    let withProblems = 0;
    const full = report.items.filter((i): i is WorkspaceFullDocumentDiagnosticReport => i.kind === 'full');
    for (const item of full) {
      const diagnostics = linkCodesToPreview(await this.client.protocol2CodeConverter.asDiagnostics(item.items));
      if (diagnostics.length > 0) withProblems++;
      for (const d of diagnostics) {
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
        else others++;
      }
      const uri = vscode.Uri.parse(item.uri);
      if (!open.has(uri.toString())) this.collection.set(uri, diagnostics);
    }
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const counts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning'), others && plural(others, 'note')].filter(Boolean).join(', ');
    const summary =
      full.length === 0
        ? 'Verbatim: no Markdown drafts in this workspace.'
        : `Verbatim: checked ${plural(full.length, 'draft')}: ${withProblems ? `${counts} in ${plural(withProblems, 'draft')}.` : 'nothing to fix.'}`;
    const action = withProblems ? await vscode.window.showInformationMessage(summary, 'Show Problems') : await vscode.window.showInformationMessage(summary);
    if (action) await vscode.commands.executeCommand('workbench.actions.view.problems');
  }

  /** An opened draft gets live diagnostics from the server; a deleted one gets none. */
  forget(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
