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
  /**
   * One sentence that reads alone (the Problems panel, the CLI's line): what is wrong and what to
   * do, about 100 characters (test/unit/core/message-shape.test.ts holds every rule to it).
   */
  message: string;
  /** The explanation that follows the message (why, where pai does it, what else works): hovers, `--verbose`, JSON. */
  detail?: string;
  range: Range;
  related: RelatedLocation[];
  fixes: Fix[];
  /** Machine-readable extras for the editor (e.g. the expected value); never needed to render the message. */
  data?: Record<string, unknown>;
}
