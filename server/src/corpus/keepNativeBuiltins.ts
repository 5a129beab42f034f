// pdf.js's legacy build (the one for Node) carries core-js, which on import
// replaces some of the engine's own functions, for the whole process, with
// spec-patching ones: measured on Node 20, JSON.stringify became 20× slower
// (every LSP message is stringified) and Array.prototype.push 5× slower (every
// index build). Neither pdf.js nor this server needs what the patches add, so
// a module loaded through this function leaves the native ones in place.

/** The functions core-js replaces rather than adds (what it adds where Node lacks it is left). */
const KEPT: ReadonlyArray<[object, string]> = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
  [Function.prototype, 'toString'],
];

export async function importKeepingNativeBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = KEPT.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
  try {
    return await load();
  } finally {
    for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
  }
}
