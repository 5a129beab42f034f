// Where in a source a passage stands, the way a reader would look it up: the
// page of a PDF, the time of a timed transcript, else the transcript's line.
import type { Source } from '../model/types';
import { lastAtOrBelow } from '../text/binarySearch';

/** The 1-based PDF page of a body offset, when the source has pages. */
export function pageOf(source: Source, bodyOffset: number): number | undefined {
  if (!source.pageStarts) return undefined;
  return lastAtOrBelow(source.pageStarts, source.fileOffset(bodyOffset), (s) => s) + 1;
}

/** `p. 5`, `00:12:31` or `line 142`; undefined for an article, where the passage itself says enough. */
export function passageLocator(source: Source, bodyOffset: number): string | undefined {
  const page = pageOf(source, bodyOffset);
  if (page) return `p. ${page}`;
  const marks = source.transcript?.marks;
  if (!marks?.length) return undefined;
  const i = Math.max(0, lastAtOrBelow(marks, bodyOffset, (m) => m.at));
  // The time of this line, or of the last timed line before it.
  for (let k = i; k >= 0 && marks[i].line - marks[k].line < 50; k--) if (marks[k].time) return marks[k].time;
  return `line ${marks[i].line}`;
}
