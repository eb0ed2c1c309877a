import { Loader } from 'yaml-js/lib/loader';
import { ScannerError } from 'yaml-js/lib/scanner';

interface ScannerState { peek(k?: number): string; forward(n?: number): void; prefix(n: number): string; get_mark(): unknown }

/**
 * yaml-js 0.3.1 throws on every `%xx` escape in a tag (its loop lost the hex test when it was
 * compiled): this is PyYAML 3.11's Scanner.scan_uri_escapes (scanner.py) again.
 */
function scanUriEscapes(this: ScannerState, name: string, startMark: unknown): string {
  const codes: number[] = [];
  const mark = this.get_mark();
  while (this.peek() === '%') {
    this.forward();
    for (let k = 0; k < 2; k++) {
      if (!/[0-9A-Fa-f]/.test(this.peek(k))) {
        throw new ScannerError(`while scanning a ${name}`, startMark, `expected URI escape sequence of 2 hexdecimal numbers, but found '${this.peek(k)}'`, this.get_mark());
      }
    }
    codes.push(parseInt(this.prefix(2), 16));
    this.forward(2);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(codes));
  } catch (e) {
    throw new ScannerError(`while scanning a ${name}`, startMark, e instanceof Error ? e.message : String(e), mark);
  }
}

(Loader.prototype as unknown as { scan_uri_escapes: typeof scanUriEscapes }).scan_uri_escapes = scanUriEscapes;

interface ReaderState { string: string; index: number; line: number; column: number }

/**
 * PyYAML 3.11's Reader.forward (reader.py) again: yaml-js's compiled one collects an array per call and
 * tests each character with a string search (ten times the parse on deeply indented files), and its
 * line-break set has a typo (U+2082 for PyYAML's U+2028).
 */
function forward(this: ReaderState, length = 1): void {
  const s = this.string;
  for (let n = length; n > 0; n--) {
    const c = s.charCodeAt(this.index++);
    if (c === 10 || c === 0x85 || c === 0x2028 || c === 0x2029 || (c === 13 && s.charCodeAt(this.index) !== 10)) {
      this.line++;
      this.column = 0;
    } else {
      this.column++;
    }
  }
}

(Loader.prototype as unknown as { forward: typeof forward }).forward = forward;

export { Loader };
