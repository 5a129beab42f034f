// The shapes of request params the server reads. A request whose params do not
// fit is answered with InvalidParams, naming what was expected, instead of
// failing inside a service with a TypeError.

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown) => isObject(v) && isCount(v.line) && isCount(v.character);
const isRange = (v: unknown) => isObject(v) && isPosition(v.start) && isPosition(v.end);
const hasDocument = (p: Record<string, unknown>) => isObject(p.textDocument) && typeof p.textDocument.uri === 'string';

export function documentParams(p: unknown): string | null {
  return isObject(p) && hasDocument(p) ? null : 'expected { textDocument: { uri } }';
}

export function positionParams(p: unknown): string | null {
  return isObject(p) && hasDocument(p) && isPosition(p.position) ? null : 'expected { textDocument: { uri }, position: { line, character } }';
}

export function codeActionParams(p: unknown): string | null {
  const ok =
    isObject(p) &&
    hasDocument(p) &&
    isRange(p.range) &&
    isObject(p.context) &&
    Array.isArray(p.context.diagnostics) &&
    p.context.diagnostics.every((d) => isObject(d) && isRange(d.range));
  return ok ? null : 'expected { textDocument: { uri }, range, context: { diagnostics: Diagnostic[] } }';
}
