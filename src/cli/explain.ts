import { dirname, join } from 'node:path';
import { explain, renderEffective } from '../core/effective';
import type { PaiVersionOption } from '../core';
import { CliError } from './errors';
import { readInputFile, resolveTarget, siblingReaderFor } from './files';
import { formatExplainJson, formatExplainText } from './format-explain';

export interface ExplainCommand {
  kind: 'explain';
  format: 'text' | 'json';
  paiVersion: PaiVersionOption;
  showSecrets: boolean;
  target: string;
}

export const EXPLAIN_USAGE = `  openpai-marketplace explain [--format text|json] [--pai-version <v>] [--show-secrets] <file|folder>`;

export const EXPLAIN_HELP = `Options for explain (the values paictl deploys the marketplace with, and where each comes from):
  --format text|json         output format (default: text)
  --pai-version <v>          as for check
  --show-secrets             show passwords and connection strings (masked by default)
`;

/** Reads `explain`'s own arguments (the shared options are parsed by args.ts). */
export function parseExplain(rest: readonly string[], format: 'text' | 'json', paiVersion: PaiVersionOption, showSecrets: boolean): ExplainCommand {
  if (rest.length !== 1) { throw new CliError(rest.length === 0 ? 'explain: no file or folder given' : `explain takes one file or folder (got ${rest.length})`); }
  return { kind: 'explain', format, paiVersion, showSecrets, target: rest[0] };
}

export function runExplain(command: ExplainCommand, out: (text: string) => void): void {
  const path = resolveTarget(command.target).path;   // a folder stands for its services-configuration.yaml
  const input = readInputFile(path);
  const result = explain(input.text, {
    fileName: path, paiVersion: command.paiVersion, readSibling: siblingReaderFor(path), showSecrets: command.showSecrets,
  });
  if (command.format === 'json') { out(formatExplainJson(result)); return; }
  const folder = dirname(path);
  const names = { file: path, layout: join(folder, 'layout.yaml'), config: join(folder, 'config.yaml') };
  out(formatExplainText(renderEffective(result, names, !command.showSecrets)));
}
