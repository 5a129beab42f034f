// Texts attributed on every core: worker threads (prepareWorker.ts) each take
// texts in turn. Used only where it pays: a bundled worker script beside this
// code, more than one core, and enough texts to repay starting the workers.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AttributedSource } from './buildCorpus';
import { fromStored } from './preparedStore';
import type { PrepareRequest } from './prepareWorker';

/** Fewer texts than this are attributed faster than the workers start (each loads the engine). */
export const POOL_MIN_TEXTS = 400;
/** Texts a worker holds at once: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 8;

type Result = { ok: true; prepared: AttributedSource } | { ok: false; reason: string };
type Reply = { id: number; ok: true; stored: Parameters<typeof fromStored>[0] } | { id: number; ok: false; reason: string };

export class PreparePool {
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly waiting = new Map<number, { resolve: (r: Result) => void; reject: (e: Error) => void; at: number }>();
  private readonly queue: Array<{ request: PrepareRequest; resolve: (r: Result) => void; reject: (e: Error) => void }> = [];
  private nextId = 0;
  /** Set when a worker died: every later text is attributed by the loader. */
  private broken: Error | undefined;

  /** How many workers would run here: 0 where a pool cannot pay (one core, no bundled worker script, VERBATIM_WORKERS=0). */
  static size(): number {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const wanted = Math.min(cores, Number(process.env.VERBATIM_WORKERS ?? cores) || 0);
    return wanted >= 2 && existsSync(PreparePool.script()) ? wanted : 0;
  }

  static open(): PreparePool {
    return new PreparePool(PreparePool.script(), PreparePool.size());
  }

  private static script(): string {
    return path.join(__dirname, 'prepareWorker.js');
  }

  /** Texts handed over and not yet sent to a worker. */
  get queued(): number {
    return this.queue.length;
  }

  /** Resolves once fewer than `n` texts wait: the reader stays a little ahead of the workers, never a corpus ahead. */
  whenQueueBelow(n: number): Promise<void> {
    if (this.queue.length < n) return Promise.resolve();
    return new Promise((resolve) => this.drains.push({ n, resolve }));
  }

  private drains: Array<{ n: number; resolve: () => void }> = [];

  private constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      const slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        const w = this.waiting.get(reply.id);
        if (!w) return;
        this.waiting.delete(reply.id);
        slot.busy--;
        w.resolve(reply.ok ? { ok: true, prepared: fromStored(reply.stored) } : { ok: false, reason: reply.reason });
        this.pump();
      });
      worker.on('error', (err) => this.fail(err));
      this.workers.push(slot);
    }
  }

  prepare(filePath: string, text: string): Promise<Result> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, path: filePath, text }, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= IN_FLIGHT) return;
      const { request, resolve, reject } = this.queue.shift()!;
      slot.busy++;
      this.waiting.set(request.id, { resolve, reject, at: Date.now() });
      slot.worker.postMessage(request);
    }
    this.drains = this.drains.filter((d) => (this.queue.length < d.n ? (d.resolve(), false) : true));
  }

  /** A worker died: what it held cannot be trusted to come back; the loader attributes those texts itself. */
  private fail(err: Error): void {
    this.broken = err;
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    for (const q of this.queue.splice(0)) q.reject(err);
    for (const d of this.drains.splice(0)) d.resolve();
  }

  close(): void {
    for (const { worker } of this.workers) void worker.terminate();
  }
}
