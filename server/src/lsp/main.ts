// Entry of the language server: `node dist/server.js --stdio` (any editor), or
// over IPC when the VS Code client starts it. `verbatim lsp --stdio` runs it too.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
