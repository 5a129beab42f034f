// What the server and the VS Code client say to each other beyond LSP. Types
// only: the client imports them without bundling any server code.

/** `verbatim/status`: the corpus being indexed, ready, or failed. */
export interface CorpusStatus {
  state: 'indexing' | 'ready' | 'error';
  sources: number;
  quotes: number;
  people: number;
  corpus: string;
  message?: string;
  skipped?: number;
}

/** `verbatim/searchQuotes`: one entry of the Insert Citation picker. */
export interface QuotePick {
  text: string;
  speaker: string | null;
  key: string;
  date?: string;
  title?: string;
}

export interface TreeQuote {
  text: string;
  speaker: string | null;
  key: string;
  uri: string;
  line: number;
  character: number;
}

/** `verbatim/corpusTree`: the Sources view. */
export interface CorpusTree {
  corpus: string;
  sources: Array<{ key: string; title: string; date?: string; outlet?: string; uri: string; quotes: TreeQuote[] }>;
  people: Array<{ name: string; role?: string; quotes: TreeQuote[] }>;
}
