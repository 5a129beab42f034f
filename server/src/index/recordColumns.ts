// Many small flat records (quotes, mentions, spellings) kept as columns: one
// typed array per field, strings and shared objects as codes into one table.
// Structured clone (v8.deserialize) of 110,000 quotes took 0.3 s; columns read
// back in a fraction of that. A record keeps exactly the fields it had (a field
// set to undefined stays present), so what is read back is deep-equal to what
// was written, apart from `derived` fields the reader recomputes.
import { SnapshotRefused, type SectionReader, type SectionWriter } from './snapshotFile';

type Row = Record<string, unknown>;

/** Codes of values that are not table entries. */
const UNDEFINED = -1;
const NULL = -2;
const TRUE = -3;
const FALSE = -4;
/** Objects (and odd numbers in a column of other values) are coded -5 - their place in the object table. */
const OBJECT_BASE = -5;

/** Writes `rows` under `name`; fields listed in `derived` are left out (the reader rebuilds them). */
export function writeRecords(w: SectionWriter, name: string, rows: readonly object[], derived: readonly string[] = []): void {
  const skip = new Set(derived);
  const shapeIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeOf = new Uint32Array(rows.length);
  const fields = new Map<string, { numeric: boolean; values: unknown[] }>();
  rows.forEach((row, i) => {
    // A shape lists derived fields too, so that a record read back has its fields in the same order.
    const keys = Object.keys(row);
    const sig = keys.join('\0');
    let id = shapeIds.get(sig);
    if (id === undefined) {
      shapeIds.set(sig, (id = shapes.length));
      shapes.push(keys);
    }
    shapeOf[i] = id;
    for (const k of keys) {
      if (skip.has(k)) continue;
      let f = fields.get(k);
      if (!f) fields.set(k, (f = { numeric: true, values: new Array(rows.length) }));
      const v = (row as Row)[k];
      f.values[i] = v;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < -(2 ** 31) || v >= 2 ** 31) f.numeric = false;
    }
  });
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const objects: unknown[] = [];
  const objectIds = new Map<unknown, number>();
  const code = (v: unknown): number => {
    if (v === undefined) return UNDEFINED;
    if (v === null) return NULL;
    if (v === true) return TRUE;
    if (v === false) return FALSE;
    if (typeof v === 'string') {
      let id = stringIds.get(v);
      if (id === undefined) {
        stringIds.set(v, (id = strings.length));
        strings.push(v);
      }
      return id;
    }
    let id = objectIds.get(v);
    if (id === undefined) {
      objectIds.set(v, (id = objects.length));
      objects.push(v);
    }
    return OBJECT_BASE - id;
  };
  const columns: Array<{ key: string; numeric: boolean }> = [];
  for (const [key, f] of fields) {
    const col = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const v = f.values[i];
      col[i] = f.numeric ? ((v as number | undefined) ?? 0) : code(v);
    }
    w.i32(`${name}.${key}`, col);
    columns.push({ key, numeric: f.numeric });
  }
  w.u32(`${name}#shape`, shapeOf);
  w.strings(`${name}#strings`, strings);
  w.value(`${name}#meta`, { shapes, derived: [...skip], columns, objects, frozen: objects.map((o) => Object.isFrozen(o)) });
}

/** The rows written under `name`, each with its own fields; `derive` adds the left-out ones. */
export function readRecords<T>(r: SectionReader, name: string, derive?: (row: Row, i: number) => void): T[] {
  const table = recordTable(r, name);
  const out: T[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const row = table.row(i);
    if (derive) derive(row, i);
    out[i] = row as T;
  }
  return out;
}

/** The columns of `name`, read and checked, making a row only when asked for it. */
function recordTable(r: SectionReader, name: string): { length: number; row(i: number): Row } {
  const meta = r.value<{ shapes: string[][]; derived: string[]; columns: Array<{ key: string; numeric: boolean }>; objects: unknown[]; frozen: boolean[] }>(`${name}#meta`);
  const derived = new Set(meta.derived);
  const shapeOf = r.u32(`${name}#shape`);
  const strings = r.strings(`${name}#strings`);
  meta.objects.forEach((o, i) => meta.frozen[i] && Object.freeze(o));
  const columns = new Map(meta.columns.map((c) => [c.key, { numeric: c.numeric, values: r.i32(`${name}.${c.key}`) }]));
  for (const c of columns.values()) if (c.values.length !== shapeOf.length) throw new SnapshotRefused(`damaged (column lengths of ${name} differ)`);
  // Each shape's columns, looked up once.
  const shapeColumns = meta.shapes.map((keys) =>
    keys.map((k) => {
      // A derived field keeps its place; `derive` fills it.
      if (derived.has(k)) return { key: k, numeric: true, values: undefined };
      const c = columns.get(k);
      if (!c) throw new SnapshotRefused(`damaged (no column ${k} in ${name})`);
      return { key: k, ...c };
    }),
  );
  for (let i = 0; i < shapeOf.length; i++) if (shapeOf[i] >= shapeColumns.length) throw new SnapshotRefused(`damaged (a shape of ${name} out of range)`);
  for (const c of columns.values()) {
    if (c.numeric) continue;
    for (let i = 0; i < c.values.length; i++) {
      const v = c.values[i];
      if (v >= strings.length || (v <= OBJECT_BASE && OBJECT_BASE - v >= meta.objects.length)) throw new SnapshotRefused(`damaged (a value code of ${name} out of range)`);
    }
  }
  const value = (c: number): unknown => {
    if (c >= 0) return strings[c];
    if (c === UNDEFINED) return undefined;
    if (c === NULL) return null;
    if (c === TRUE) return true;
    if (c === FALSE) return false;
    return meta.objects[OBJECT_BASE - c];
  };
  // A row is a copy of its shape's template, so it is made at its full size at once, not grown a field at a time.
  const templates = meta.shapes.map((keys) => Object.fromEntries(keys.map((k) => [k, undefined])) as Row);
  return {
    length: shapeOf.length,
    row: (i) => {
      const shape = shapeOf[i];
      const row: Row = { ...templates[shape] };
      for (const c of shapeColumns[shape]) if (c.values) row[c.key] = c.numeric ? c.values[i] : value(c.values[i]);
      return row;
    },
  };
}

/** Lists of records (each person's mentions): the rows back to back, with each list's length. */
export function writeRecordLists(w: SectionWriter, name: string, lists: ReadonlyArray<readonly object[]>, derived: readonly string[] = []): void {
  w.u32(`${name}#counts`, Uint32Array.from(lists, (l) => l.length));
  writeRecords(w, name, lists.flat(), derived);
}

export function readRecordLists<T>(r: SectionReader, name: string, derive?: (row: Row, i: number) => void): T[][] {
  return split(r.u32(`${name}#counts`), readRecords<T>(r, name, derive), name);
}

/** Lists of records made only when one is asked for: `list(i)` makes the i-th list anew. */
export function lazyRecordLists<T>(r: SectionReader, name: string): { length: number; list(i: number): T[] } {
  const counts = r.u32(`${name}#counts`);
  const table = recordTable(r, name);
  const starts = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) starts[i + 1] = starts[i] + counts[i];
  if (starts[counts.length] !== table.length) throw new SnapshotRefused(`damaged (the lists of ${name} do not add up)`);
  return {
    length: counts.length,
    list: (i) => {
      const out: T[] = [];
      for (let k = starts[i]; k < starts[i + 1]; k++) out.push(table.row(k) as T);
      return out;
    },
  };
}

/** Lists of strings or numbers (aliases, quote ids), back to back. */
export function writeStringLists(w: SectionWriter, name: string, lists: ReadonlyArray<readonly string[]>): void {
  w.u32(`${name}#counts`, Uint32Array.from(lists, (l) => l.length));
  w.strings(name, lists.flat());
}

export function readStringLists(r: SectionReader, name: string): string[][] {
  return split(r.u32(`${name}#counts`), r.strings(name), name);
}

export function writeNumberLists(w: SectionWriter, name: string, lists: ReadonlyArray<readonly number[]>): void {
  w.u32(`${name}#counts`, Uint32Array.from(lists, (l) => l.length));
  w.i32(name, Int32Array.from(lists.flat()));
}

export function readNumberLists(r: SectionReader, name: string): number[][] {
  const flat = r.i32(name);
  return split(r.u32(`${name}#counts`), { length: flat.length, slice: (a: number, b: number) => Array.from(flat.subarray(a, b)) }, name);
}

function split<T>(counts: Uint32Array, flat: { length: number; slice(a: number, b: number): T[] }, name: string): T[][] {
  const out: T[][] = new Array(counts.length);
  let at = 0;
  for (let i = 0; i < counts.length; i++) {
    out[i] = flat.slice(at, at + counts[i]);
    at += counts[i];
  }
  if (at !== flat.length) throw new SnapshotRefused(`damaged (the lists of ${name} do not add up)`);
  return out;
}
