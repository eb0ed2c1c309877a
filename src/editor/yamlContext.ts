/**
 * Where the cursor is in a block-style YAML file, found from the lines around it (no parse), so
 * completion works on the half-typed line a parser cannot place yet (`  marketpl|` is no key to a
 * parser). Hovers, on text that is already written, use the parse instead (core/key-at.ts). Pure.
 */
import type { PathSegment } from '../core/document';

export interface LineShape {
  blank: boolean;
  /** Columns of the `- ` sequence indicators at the start of the line, outermost first. */
  dashCols: number[];
  /** Column where the key (or the scalar) starts, after indentation and dashes. */
  keyCol: number;
  /** The key, unquoted, when the line holds `key:`. */
  key?: string;
  keyEnd?: number;
  /** Column right after the colon. */
  colonEnd?: number;
  /** The value text after the colon, without a trailing comment. */
  rest?: string;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=\s|$)/;

function unquote(key: string): string {
  if (key.startsWith("'")) { return key.slice(1, -1).replace(/''/g, "'"); }
  if (key.startsWith('"')) { try { return JSON.parse(key) as string; } catch { return key.slice(1, -1); } }
  return key;
}

function stripComment(s: string): string {
  let quote: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) { if (c === quote) { quote = undefined; } continue; }
    if (c === '"' || c === "'") { quote = c; continue; }
    if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) { return s.slice(0, i); }
  }
  return s;
}

export function lineShape(line: string): LineShape {
  let i = 0;
  while (i < line.length && line[i] === ' ') { i++; }
  if (i >= line.length || line[i] === '#') { return { blank: true, dashCols: [], keyCol: i }; }
  const dashCols: number[] = [];
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
    dashCols.push(i);
    i++;
    while (line[i] === ' ') { i++; }
  }
  const shape: LineShape = { blank: false, dashCols, keyCol: i };
  const m = KEY_RE.exec(line.slice(i));
  if (m) {
    shape.key = unquote(m[1]);
    shape.keyEnd = i + m[1].length;
    shape.colonEnd = i + m[0].length;
    shape.rest = stripComment(line.slice(shape.colonEnd)).trim();
  }
  return shape;
}

export type LineAt = (line: number) => string;

/**
 * The path of the mapping that holds a key written at `keyCol` on line `lineNo` (whose own
 * sequence dashes are `dashCols`). Sequence items appear as their index.
 */
export function containerPath(lineAt: LineAt, lineNo: number, keyCol: number, dashCols: readonly number[]): PathSegment[] {
  const reversed: PathSegment[] = [];
  let kind: 'key' | 'item' = dashCols.length > 0 ? 'item' : 'key';
  let col = dashCols.length > 0 ? dashCols[dashCols.length - 1] : keyCol;
  let items = 0;
  const enter = (shape: LineShape) => {
    reversed.push(shape.key!);
    if (shape.dashCols.length > 0) { kind = 'item'; col = shape.dashCols[shape.dashCols.length - 1]; items = 0; } else { kind = 'key'; col = shape.keyCol; }
  };
  for (let i = lineNo - 1; i >= 0 && !(kind === 'key' && col === 0); i--) {
    const shape = lineShape(lineAt(i));
    if (shape.blank) { continue; }
    const innerDash = shape.dashCols.length > 0 ? shape.dashCols[shape.dashCols.length - 1] : -1;
    if (kind === 'key') {
      if (shape.keyCol === col && innerDash >= 0) { kind = 'item'; col = innerDash; items = 0; continue; }
      if (shape.keyCol < col) {
        if (shape.key === undefined) { break; }
        enter(shape);
      }
      continue;
    }
    // kind === 'item': count earlier items of the same sequence until its key shows up.
    if (innerDash === col) { items++; continue; }
    if (shape.keyCol > col && !shape.dashCols.some(d => d <= col)) { continue; }
    reversed.push(items);
    if (shape.key === undefined || shape.keyCol > col) { kind = 'key'; col = 0; break; }
    enter(shape);
  }
  if (kind === 'item') { reversed.push(items); }
  return reversed.reverse();
}

export interface KeyContext {
  kind: 'key';
  /** The mapping the new key goes into. */
  parentPath: PathSegment[];
  /** What is typed of the key so far, and where it starts. */
  prefix: string;
  start: number;
  /** End of the key text on the line (the whole word under the cursor). */
  end: number;
  /** Whether the line already has `key:` (completion then replaces only the key). */
  hasColon: boolean;
}

export interface ValueContext {
  kind: 'value';
  path: PathSegment[];
  key: string;
  /** The value written so far on the line (trimmed of a trailing comment), and its columns. */
  value: string;
  start: number;
  end: number;
}

export type CursorContext = KeyContext | ValueContext;

/** What the cursor at (`lineNo`, `character`) is writing: a key of some mapping, or the value of a key. */
export function cursorContext(lineAt: LineAt, lineNo: number, character: number): CursorContext | undefined {
  const line = lineAt(lineNo);
  const before = line.slice(0, character);
  if (/(^|\s)#/.test(stripQuotedParts(before))) { return undefined; }
  const shape = lineShape(line);
  if (shape.key !== undefined && shape.colonEnd !== undefined && character >= shape.colonEnd) {
    const valueStart = firstNonSpace(line, shape.colonEnd);
    const valueText = stripComment(line.slice(valueStart)).replace(/\s+$/, '');
    if (/^[|>[{]/.test(valueText)) { return undefined; }
    return {
      kind: 'value',
      path: [...containerPath(lineAt, lineNo, shape.keyCol, shape.dashCols), shape.key],
      key: shape.key,
      value: valueText,
      start: valueStart,
      end: valueStart + valueText.length,
    };
  }
  if (character < shape.keyCol && !shape.blank) { return undefined; }
  const keyStart = shape.blank ? character : shape.keyCol;
  if (shape.blank && before.trim() !== '') { return undefined; }
  const typed = line.slice(keyStart, character);
  if (/[:#'"{}[\]]/.test(typed)) { return undefined; }
  const hasColon = shape.key !== undefined;
  const end = hasColon ? shape.keyEnd! : keyStart + (/^[^\s:#]*/.exec(line.slice(keyStart))?.[0].length ?? 0);
  return {
    kind: 'key',
    parentPath: containerPath(lineAt, lineNo, keyStart, shape.blank ? [] : shape.dashCols),
    prefix: typed,
    start: keyStart,
    end: Math.max(end, character),
    hasColon,
  };
}

function firstNonSpace(line: string, from: number): number {
  let i = from;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) { i++; }
  return i;
}

function stripQuotedParts(s: string): string {
  return s.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, m => ' '.repeat(m.length));
}
