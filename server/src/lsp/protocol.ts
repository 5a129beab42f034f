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
  /** No sources in the workspace: the bundled sample articles stand in. */
  sample?: boolean;
}

/** `verbatim/searchQuotes`: one entry of the Insert Citation picker. */
export interface QuotePick {
  text: string;
  speaker: string | null;
  key: string;
  date?: string;
  title: string;
  outlet?: string;
  author?: string;
}

export interface TreeQuote {
  text: string;
  speaker: string | null;
  key: string;
  /** The source's title (its key when it has none). */
  title: string;
  uri: string;
  line: number;
  character: number;
}

/** `verbatim/corpusTree`: the Sources view. */
export interface CorpusTree {
  corpus: string;
  sources: Array<{ key: string; title: string; date?: string; outlet?: string; author?: string; uri: string; quotes: TreeQuote[] }>;
  people: Array<{ name: string; role?: string; quotes: TreeQuote[] }>;
}
