// pdf.js ships its worker module without types; pdfText.ts only hands it back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
