// Entry of the language server: `node dist/server.js --stdio` (any editor), or
// over IPC when the VS Code client starts it. `verbatim lsp --stdio` runs it too.
import { createServerConnection } from './connection';
import { startServer } from './server';

startServer(createServerConnection());
