// The server's connection. Over stdio, messages pass a framing guard first: a
// client that breaks the framing ends the process (exit 1), so the editor
// restarts it, instead of a live server that never answers again.
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { FramingError, FramingGuard } from './framing';

export function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const guard = new FramingGuard();
  guard.on('error', (err) => {
    process.stderr.write(`verbatim: ${err instanceof FramingError ? 'bad message framing from the client' : 'cannot read from the client'}: ${err.message}; exiting so the editor can restart the server\n`);
    process.exit(1);
  });
  process.stdin.pipe(guard);
  // Stray console output would corrupt stdout, which carries the protocol.
  console.log = console.info = (...args: unknown[]) => void process.stderr.write(args.map(String).join(' ') + '\n');
  return createConnection(ProposedFeatures.all, guard, process.stdout);
}
