/** Positions and ranges are 0-based, as in LSP and VS Code. `character` counts UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: VS Code's `isPreferred`, and what `--fix` / fix-all apply. */
  preferred?: boolean;
}

export interface RelatedLocation {
  /** File path as given to `check()` (the checked file) or the sibling file's path. */
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  related: RelatedLocation[];
  fixes: Fix[];
  /** Machine-readable extras for the editor (e.g. the expected value); never needed to render the message. */
  data?: Record<string, unknown>;
}
