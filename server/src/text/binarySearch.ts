// Binary search over a list sorted by a numeric key.

/** The greatest index whose key is at or below `at` in `values`, ascending by `key`; -1 if none. */
export function lastAtOrBelow<T>(values: readonly T[], at: number, key: (v: T) => number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(values[mid]) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
