import { readPlain11 } from '../manifest-value';
import { EFFECTIVE_SERVICES, type EffectiveConfig, type EffectiveEntry, type OriginKind } from './types';

/** The file names origins point into, as the reader should see them. */
export interface RenderNames {
  file: string;
  layout: string;
  config: string;
}

/** A place a line's origin column points to (0-based columns on that line). */
export interface RenderedLink {
  kind: Extract<OriginKind, 'file' | 'layout' | 'config'>;
  /** 1-based line in that file. */
  line: number;
  start: number;
  end: number;
}

export interface RenderedLine {
  text: string;
  link?: RenderedLink;
}

const VERSION_SOURCES: Record<string, string> = {
  option: 'as asked',
  'docker-registry.tag': 'from cluster.docker-registry.tag',
  'config.yaml': "from config.yaml's docker_image_tag",
  default: 'the latest known: no version found in the folder',
};

/** Control characters as escapes, so a value can never drive a terminal or break a line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined) { return '(none)'; }
  if (typeof value !== 'string') { return printable(JSON.stringify(value)); }
  // Quoted when it would not read back as this string: the switch's 'true' is not the boolean true.
  const ambiguous = value === '' || value.trim() !== value || readPlain11(value).kind !== 'str';
  return printable(ambiguous ? JSON.stringify(value) : value);
}

function originText(entry: EffectiveEntry, names: RenderNames): { text: string; link?: Omit<RenderedLink, 'start' | 'end'> & { length: number } } {
  const o = entry.origin;
  const from = o.from ? printable(o.from) : '';
  if ((o.kind === 'file' || o.kind === 'layout' || o.kind === 'config') && o.line !== undefined) {
    const place = `${o.kind === 'file' ? names.file : o.kind === 'layout' ? names.layout : names.config}:${o.line}`;
    const rest = o.kind === 'file' && /^[\w.-]+$/.test(from) ? '' : from ? `  ${from}` : '';
    return { text: `${place}${rest}`, link: { kind: o.kind, line: o.line, length: place.length } };
  }
  return { text: `${o.kind}${from ? `: ${from}` : ''}` };
}

/** A table per service: key, value, origin (a `file:line` where there is one). */
export function renderEffective(config: EffectiveConfig, names: RenderNames, masked: boolean): RenderedLine[] {
  const lines: RenderedLine[] = [
    { text: `# Effective configuration of ${printable(names.file)} as OpenPAI ${config.paiVersion} (${VERSION_SOURCES[config.versionSource] ?? config.versionSource})` },
    { text: masked ? '# Passwords and connection strings are masked.' : '# Passwords and connection strings are shown.' },
  ];
  for (const service of EFFECTIVE_SERVICES) {
    const values = config.services[service];
    const keys = Object.keys(values);
    if (keys.length === 0) { continue; }
    lines.push({ text: '' }, { text: service });
    const keyWidth = Math.max(...keys.map(k => k.length));
    const valueWidth = Math.min(40, Math.max(...keys.map(k => valueText(values[k].value).length)));
    for (const key of keys) {
      const entry = values[key];
      const head = `  ${key.padEnd(keyWidth)}  ${valueText(entry.value).padEnd(valueWidth)}  `;
      const origin = originText(entry, names);
      const line: RenderedLine = { text: `${head}${origin.text}` };
      if (origin.link) { line.link = { kind: origin.link.kind, line: origin.link.line, start: head.length, end: head.length + origin.link.length }; }
      lines.push(line);
    }
  }
  return lines;
}
