// A worker thread that reads and attributes corpus texts (`prepareOrReason`)
// for `preparePool.ts`: each text's attribution depends on that text alone, so
// texts are attributed on every core. Attributed sources travel as stored ones
// (no functions), and the loader rebuilds their offset maps.
import { parentPort } from 'node:worker_threads';
import { prepareOrReason } from './loadCorpus';
import { toStored } from './preparedStore';

export interface PrepareRequest {
  id: number;
  path: string;
  text: string;
}

parentPort?.on('message', (request: PrepareRequest) => {
  let reply;
  try {
    const one = prepareOrReason(request.path, request.text);
    reply = one.ok ? { id: request.id, ok: true, stored: toStored(one.prepared) } : { id: request.id, ok: false, reason: one.reason };
  } catch (err) {
    reply = { id: request.id, ok: false, reason: `cannot be read as a source: ${(err as Error).message}` };
  }
  parentPort!.postMessage(reply);
});
