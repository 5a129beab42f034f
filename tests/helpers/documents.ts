// PDFs and Word files made by real tools from real text: LibreOffice renders
// the seeds and the debate transcript; Chromium photographs a page of a seed
// for a PDF with no text layer (a scan).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SHARED_SEEDS as SEEDS } from './shared';

const escapeXml = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/** The seeds as one Writer document: small pages, a running header, page numbers in the footer, hyphenation on. */
export function seedsFlatOdt(): string {
  const paragraphs = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(path.join(SEEDS, f), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => `<text:p text:style-name="Body">${escapeXml(l.trim())}</text:p>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/><style:text-properties fo:language="en" fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" fo:font-size="11pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="14cm" fo:page-height="20cm" fo:margin="1.5cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>Karabakh coverage, collected for the desk</text:p></style:header>
<style:footer><text:p>Page <text:page-number text:select-page="current"/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${paragraphs.join('\n')}
</office:text></office:body></office:document>
`;
}

/** `soffice --headless --convert-to FORMAT` on `files`, into `outDir`, with a private profile (parallel runs share none). */
export function soffice(format: string, files: string[], outDir: string, extra: string[] = []): void {
  const profile = mkdtempSync(path.join(tmpdir(), 'verbatim-lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...extra, '--convert-to', format, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 180_000 });
}

export interface MadeDocuments {
  dir: string;
  /** The text files LibreOffice read. */
  inputs: string;
  /** The seeds as a PDF with header, footer and hyphenation. */
  seedsPdf: string;
  /** One seed article as a Word file. */
  seedDocx: string;
  /** A PDF of one page photographed, with no text layer. */
  scanPdf: string;
  /** The first debate's transcript as a Word file and as a PDF (when ../shared is there). */
  debateDocx?: string;
  debatePdf?: string;
}

export function makeDocuments(firstDebate?: string): MadeDocuments {
  // The inputs apart from the corpus folder, which holds only what LibreOffice made.
  const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-docs-'));
  const work = mkdtempSync(path.join(tmpdir(), 'verbatim-docs-input-'));
  writeFileSync(path.join(work, 'seeds.fodt'), seedsFlatOdt());
  const seed = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()[0];
  copyFileSync(path.join(SEEDS, seed), path.join(work, 'seed.txt'));
  const pdfInputs = [path.join(work, 'seeds.fodt')];
  const docxInputs = [path.join(work, 'seed.txt')];
  if (firstDebate) {
    copyFileSync(firstDebate, path.join(work, 'debate.txt'));
    pdfInputs.push(path.join(work, 'debate.txt'));
    docxInputs.push(path.join(work, 'debate.txt'));
  }
  soffice('pdf', pdfInputs, dir);
  soffice('docx', docxInputs, dir);
  // A "scan": Chromium's screenshot of a seed's opening, placed on a page by Writer.
  const page = path.join(work, 'page.html');
  writeFileSync(page, `<html><body style="font:18px serif;width:700px">${escapeXml(readFileSync(path.join(SEEDS, seed), 'utf8').slice(0, 2500))}</body></html>`);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--screenshot=${path.join(work, 'page.png')}`, '--window-size=800,1100', `file://${page}`], { stdio: 'pipe', timeout: 120_000 });
  writeFileSync(path.join(work, 'scan.html'), '<html><body><img src="page.png" width="600" height="825"></body></html>');
  soffice('pdf', [path.join(work, 'scan.html')], dir, ['--infilter=HTML (StarWriter)']);
  return {
    dir,
    inputs: work,
    seedsPdf: path.join(dir, 'seeds.pdf'),
    seedDocx: path.join(dir, 'seed.docx'),
    scanPdf: path.join(dir, 'scan.pdf'),
    ...(firstDebate ? { debateDocx: path.join(dir, 'debate.docx'), debatePdf: path.join(dir, 'debate.pdf') } : {}),
  };
}
