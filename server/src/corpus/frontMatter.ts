// YAML front matter of Markdown sources: `---` … `---` at the top of the file.
import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset in the file where the body starts. */
  bodyStart: number;
  error?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { data: {}, bodyStart: 0 };
  try {
    const data = parseYaml(match[1]);
    const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    return { data: record, bodyStart: match[0].length };
  } catch (err) {
    return { data: {}, bodyStart: match[0].length, error: `front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}` };
  }
}

export function stringField(data: Record<string, unknown>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = data[name];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  }
  return undefined;
}
