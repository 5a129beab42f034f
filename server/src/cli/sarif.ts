// SARIF 2.1.0, the format code-scanning tools read.
import * as path from 'node:path';
import { FINDING_CODES, type Finding, type Severity } from '../check/findings';
import { LineIndex } from '../text/lineIndex';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export interface FileFindings {
  file: string;
  text: string;
  findings: Finding[];
}

export function toSarif(results: FileFindings[], version: string, cwd: string): object {
  const codes = Object.keys(FINDING_CODES) as Array<keyof typeof FINDING_CODES>;
  const region = (lines: LineIndex, start: number, end: number) => {
    const a = lines.position(start);
    const b = lines.position(end);
    return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'verbatim',
            version,
            rules: codes.map((code) => ({
              id: code,
              shortDescription: { text: FINDING_CODES[code].summary },
              // The project has no public home yet; the help travels with the rule instead of a link.
              help: { text: `${FINDING_CODES[code].summary} See the section "${code}" of Verbatim's README.` },
              defaultConfiguration: { level: LEVEL[FINDING_CODES[code].severity] },
            })),
          },
        },
        results: results.flatMap(({ file, text, findings }) => {
          const lines = new LineIndex(text);
          const uri = path.relative(cwd, file).split(path.sep).join('/');
          return findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: codes.indexOf(f.code),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(lines, f.start, f.end) } }],
            ...(f.source ? { relatedLocations: [{ id: 1, message: { text: `@${f.source.key}` }, physicalLocation: { artifactLocation: { uri: path.relative(cwd, f.source.path).split(path.sep).join('/') } } }] } : {}),
            ...(f.fixes.length
              ? {
                  fixes: f.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [{ artifactLocation: { uri }, replacements: fix.edits.map((e) => ({ deletedRegion: region(lines, e.start, e.end), insertedContent: { text: e.newText } })) }],
                  })),
                }
              : {}),
          }));
        }),
      },
    ],
  };
}
