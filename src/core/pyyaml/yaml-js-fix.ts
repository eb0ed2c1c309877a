import { Loader } from 'yaml-js/lib/loader';
import { ScannerError } from 'yaml-js/lib/scanner';
import { ScalarToken } from 'yaml-js/lib/tokens';

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

/**
 * yaml-js's int resolver also matches `0o17` (a YAML 1.2 form); PyYAML 3.11's (resolver.py) does not, so
 * `0o_` loads there as a string while yaml-js's constructor fails on it. PyYAML's own regex, in place.
 */
const PYYAML_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const implicit = (Loader.prototype as unknown as { yaml_implicit_resolvers: Record<string, [string, RegExp][]> }).yaml_implicit_resolvers;
for (const resolvers of Object.values(implicit)) {
  for (const entry of resolvers) { if (entry[0] === 'tag:yaml.org,2002:int') { entry[1] = PYYAML_INT; } }
}

export { Loader };

/** PyYAML's break, blank and end-of-input characters (scanner.py's `'\0 \t\r\n\x85\u2028\u2029'`). */
const BREAK_OR_BLANK = new Set(['\0', ' ', '\t', '\r', '\n', '\x85', '\u2028', '\u2029']);
const FLOW_INDICATORS = new Set([',', ':', '?', '[', ']', '{', '}']);
const AFTER_FLOW_COLON = new Set([...BREAK_OR_BLANK, ',', '[', ']', '{', '}']);

interface PlainScanner extends ScannerState {
  indent: number;
  flow_level: number;
  column: number;
  allow_simple_key: boolean;
  scan_plain_spaces(indent: number, startMark: unknown): string[] | null | undefined;
}

type NotedScannerError = new (context: string, contextMark: unknown, problem: string, problemMark: unknown, note: string) => Error;

/**
 * PyYAML 3.11's Scanner.scan_plain (scanner.py) again, with set lookups: yaml-js's compiled one builds a
 * string and searches it for every character of a plain scalar (a 1 MB key took 60 times the parse).
 */
function scanPlain(this: PlainScanner): ScalarToken {
  let chunks: string[] = [];
  const startMark = this.get_mark();
  let endMark = startMark;
  const indent = this.indent + 1;
  let spaces: string[] | null | undefined = [];
  for (;;) {
    let length = 0;
    if (this.peek() === '#') { break; }
    let ch: string;
    for (;;) {
      ch = this.peek(length);
      if (BREAK_OR_BLANK.has(ch)
        || (this.flow_level === 0 && ch === ':' && BREAK_OR_BLANK.has(this.peek(length + 1)))
        || (this.flow_level !== 0 && FLOW_INDICATORS.has(ch))) { break; }
      length++;
    }
    if (this.flow_level !== 0 && ch === ':' && !AFTER_FLOW_COLON.has(this.peek(length + 1))) {
      this.forward(length);
      throw new (ScannerError as unknown as NotedScannerError)('while scanning a plain scalar', startMark, 'found unexpected \':\'', this.get_mark(),
        'Please check http://pyyaml.org/wiki/YAMLColonInFlowContext');
    }
    if (length === 0) { break; }
    this.allow_simple_key = false;
    chunks = chunks.concat(spaces);
    chunks.push(this.prefix(length));
    this.forward(length);
    endMark = this.get_mark();
    spaces = this.scan_plain_spaces(indent, startMark);
    if (spaces == null || spaces.length === 0 || this.peek() === '#' || (this.flow_level === 0 && this.column < indent)) { break; }
  }
  return new ScalarToken(chunks.join(''), true, startMark, endMark);
}

(Loader.prototype as unknown as { scan_plain: typeof scanPlain }).scan_plain = scanPlain;

