/**
 * The text between `yaml`'s tokens, read as PyYAML 3.11's scanner (scanner.py) would read it, for
 * loads-as-parsed.ts: blanks, line breaks, comments and indicators only. Anything PyYAML might read
 * otherwise throws GiveUp, and the full read decides.
 */

export class GiveUp extends Error {}
export const giveUp = (): never => { throw new GiveUp(); };

/**
 * PyYAML's non-printables (and all past U+FFFF), its line breaks NEL, LS and PS, tabs and a byte order mark.
 * A token or comment holds no line break: a \r in one is a lone \r, which PyYAML also breaks at.
 */
const NOT_IN_A_LINE = /[^\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;
const outsideLine = (s: string): boolean => NOT_IN_A_LINE.test(s);
/** Printable ASCII and LF only: then no token or comment holds anything outsideLine looks for. */
const ASCII_TEXT = /[\n\x20-\x7E]*/y;

/** PyYAML drops a simple key whose `:` is more than 1,024 characters from its start: kept well inside. */
const MAX_KEY_LENGTH = 1000;
const [SPACE, LF, CR, HASH] = [32, 10, 13, 35];
/** Up to this many spaces are read one by one; a longer run by SPACES (a call costs what a few characters do). */
const SHORT_RUN = 16;
const SPACES = / */y;

const isBlank = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\r';
const closesFlowEntry = (c: string | undefined) => c === ',' || c === ']' || c === '}';

export class TokenGaps {
  /** Where the last token ended. */
  private pos = 0;
  /** The depth of open `[` and `{`. */
  flow = 0;
  /** The start of the current line, and where its indentation ends. */
  lineStart = 0;
  private indentEnd = 0;
  /** An explicit key: the column of its `?`, and whether its key token has been read. */
  private explicit: { column: number; keyRead: boolean } | undefined;
  private readonly anchorsSeen = new Set<string>();
  /** The text is printable ASCII and LF only: one pass here, and none per token or comment. */
  readonly asciiOnly: boolean;

  constructor(private readonly text: string) {
    this.indentEnd = this.skipSpaces(0, text.length);
    ASCII_TEXT.lastIndex = 0;
    ASCII_TEXT.test(text);
    this.asciiOnly = ASCII_TEXT.lastIndex === text.length;
  }

  /** Whether a token or comment holds what PyYAML reads as outside a line (see outsideLine). */
  outsideLine(start: number, end: number): boolean {
    return !this.asciiOnly && outsideLine(this.text.slice(start, end));
  }

  /** Reads the gap up to `to` (where the next token starts). */
  skipTo(to: number): void {
    const s = this.text;
    if (this.explicit?.keyRead) { this.valueOfExplicit(); }
    let i = this.pos;
    while (i < to) {
      const c = s.charCodeAt(i);
      if (c === SPACE) { i = this.skipSpaces(i, to); continue; }
      if (c === LF || c === CR) {
        if (c === CR && s.charCodeAt(i + 1) !== LF) { giveUp(); }
        if (this.flow > 0 || this.explicit) { giveUp(); }
        i += c === CR ? 2 : 1;
        this.lineStart = i;
        i = this.indentEnd = this.skipSpaces(i, to);
        continue;
      }
      if (c === HASH) {
        if (i > this.lineStart && s.charCodeAt(i - 1) !== SPACE) { giveUp(); }
        if (this.flow > 0 || this.explicit) { giveUp(); }
        let end = s.indexOf('\n', i);
        if (end < 0 || end > to) { end = to; }
        if (s.charCodeAt(end - 1) === CR) { end--; }
        if (this.outsideLine(i, end)) { giveUp(); }
        i = end;
        continue;
      }
      const next = s[i + 1];
      switch (s[i]) {
        case '-':
          if (this.flow > 0 || !isBlank(next) || this.explicit) { giveUp(); }
          break;
        case ':':
          if (!(isBlank(next) || (this.flow > 0 && closesFlowEntry(next)))) { giveUp(); }
          if (i - this.indentEnd > MAX_KEY_LENGTH) { giveUp(); }
          break;
        case '?':
          if (this.flow > 0 || next !== ' ' || this.explicit) { giveUp(); }
          this.explicit = { column: i - this.lineStart, keyRead: false };
          break;
        case '[': case '{': this.flow++; break;
        case ']': case '}': if (--this.flow < 0) { giveUp(); } break;
        case ',': if (this.flow === 0) { giveUp(); } break;
        case '&': i = this.anchor(i + 1) - 1; break;
        default: giveUp();
      }
      i++;
    }
    this.pos = to;
  }

  /** A token from `start` to `end` (one line: the caller checks its characters). */
  token(start: number, end: number): void {
    if (this.explicit) {
      // After `?`, the key must be this one token on the `?`'s line.
      if (this.explicit.keyRead) { giveUp(); }
      this.explicit.keyRead = true;
    }
    const br = this.text.indexOf('\n', start);
    if (br >= 0 && br < end) { giveUp(); }
    this.pos = end;
  }

  /** After an explicit key's token: the line ends, and the next one holds `:` under the `?`. */
  private valueOfExplicit(): void {
    const s = this.text;
    const column = this.explicit!.column;
    let i = this.skipSpaces(this.pos, s.length);
    if (s[i] === '\r') { i++; }
    if (s[i] !== '\n') { giveUp(); }
    this.lineStart = i + 1;
    this.indentEnd = this.skipSpaces(this.lineStart, s.length);
    if (this.indentEnd !== this.lineStart + column || s[this.indentEnd] !== ':' || !isBlank(s[this.indentEnd + 1])) { giveUp(); }
    this.explicit = undefined;
    this.pos = this.indentEnd + 1;
  }

  /** `&name` from `at` (just past the `&`): PyYAML's alphabet, then a blank or the end of a flow entry. */
  private anchor(at: number): number {
    let end = at;
    while (end < this.text.length && /[A-Za-z0-9_-]/.test(this.text[end])) { end++; }
    const after = this.text[end];
    if (end === at || !(isBlank(after) || (this.flow > 0 && closesFlowEntry(after)))) { giveUp(); }
    const name = this.text.slice(at, end);
    // PyYAML's composer refuses an anchor defined twice (yaml lets the later one win).
    if (this.anchorsSeen.has(name)) { giveUp(); }
    this.anchorsSeen.add(name);
    return end;
  }

  /** The rest of the text: nothing open, nothing but blanks and comments left. */
  finish(): void {
    this.skipTo(this.text.length);
    if (this.flow !== 0 || this.explicit) { giveUp(); }
  }

  private skipSpaces(i: number, to: number): number {
    const s = this.text;
    const stop = Math.min(to, i + SHORT_RUN);
    while (i < stop && s.charCodeAt(i) === SPACE) { i++; }
    if (i < stop || i >= to) { return i; }
    // Deep indentation is most of a deeply nested file: a long run is read natively.
    SPACES.lastIndex = i;
    SPACES.test(s);
    return Math.min(SPACES.lastIndex, to);
  }
}
