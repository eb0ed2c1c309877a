import { ParsedDocument } from './document';
import type { SIBLING_FILES } from './files';

/** The files paictl reads from the same config folder as `services-configuration.yaml`. */
export type SiblingName = typeof SIBLING_FILES[number];

/**
 * Reads a sibling file's text, or returns undefined when it does not exist. Injected so the core
 * stays pure and the editor can serve unsaved buffers. Throwing is treated as "absent".
 */
export type SiblingReader = (name: SiblingName) => string | undefined;

export interface Sibling {
  name: SiblingName;
  /** Display path (folder of the checked file + name) used in related locations. */
  path: string;
  doc: ParsedDocument;
}

export function siblingPath(fileName: string, name: SiblingName): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return slash < 0 ? name : `${fileName.slice(0, slash + 1)}${name}`;
}

/**
 * The last parse of each sibling path: a layout.yaml rarely changes between two checks of the file next
 * to it (every keystroke in the editor), so an unchanged text is not parsed again. A parse is never
 * changed once made; a few folders' worth are kept.
 */
const lastParses = new Map<string, { text: string; doc: ParsedDocument }>();
const KEPT_PARSES = 16;

function parsed(text: string, path: string): ParsedDocument {
  const last = lastParses.get(path);
  if (last?.text === text) { return last.doc; }
  const doc = new ParsedDocument(text, path);
  lastParses.delete(path);
  lastParses.set(path, { text, doc });
  if (lastParses.size > KEPT_PARSES) { lastParses.delete(lastParses.keys().next().value!); }
  return doc;
}

/** Reads and parses siblings at most once per check. */
export class Siblings {
  private readonly cache = new Map<SiblingName, Sibling | null>();
  constructor(private readonly fileName: string, private readonly reader?: SiblingReader) {}

  /** Whether a reader was given at all: without one, rules about the folder stay silent. */
  get known(): boolean { return this.reader !== undefined; }

  get(name: SiblingName): Sibling | undefined {
    if (!this.reader) { return undefined; }
    if (!this.cache.has(name)) {
      let text: string | undefined;
      try { text = this.reader(name); } catch { text = undefined; }
      const path = siblingPath(this.fileName, name);
      this.cache.set(name, text === undefined ? null : { name, path, doc: parsed(text, path) });
    }
    return this.cache.get(name) ?? undefined;
  }
}
