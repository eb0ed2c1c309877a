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

export { Loader };
