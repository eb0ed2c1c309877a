/**
 * Edits elsewhere in the file that come with a marketplace section snippet, so that inserting it
 * leaves a clean file. Pure: unit-tested through completionModel.
 */
import type { ParsedDocument } from '../core/document';
import type { TextEdit } from '../core/finding';
import { scalarText, setKey } from '../core/fix';
import { SWITCH_PATH } from '../core/model';
import { addMarketplacePluginEdit, pluginEntries } from '../core/plugins';
import type { Endpoints } from '../core/uris';
import { atLeast, type PaiVersion } from '../core/version';

export interface CompanionEdits { switchOn?: TextEdit; plugin?: TextEdit }

export interface CompanionInput {
  doc: ParsedDocument;
  endpoints: Endpoints;
  version: PaiVersion;
  /** The cursor's line; without it, no companion edits. */
  line?: number;
}

/** Whether an edit stays clear of the cursor's line (and the lines around it, where the snippet lands). */
function clearOfCursor(edit: TextEdit, line: number): boolean {
  return edit.range.end.line < line - 1 || edit.range.start.line > line + 1;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.range.end, b.range.start) && !before(b.range.end, a.range.start);
}

/**
 * What a marketplace section snippet inserted at the root also needs elsewhere in the file, so the
 * result is clean: the switch turned on (sections without it leave pylon without /marketplace
 * routes) and, before v1.6, the Marketplace entry of webportal.plugins. An edit that would touch
 * the cursor's line or another edit is left out (its finding then offers it as a quick fix).
 */
export function companionEdits(input: CompanionInput): CompanionEdits {
  const { doc, line, endpoints, version } = input;
  if (line === undefined) { return {}; }
  const out: CompanionEdits = {};
  if (doc.valueAt(SWITCH_PATH) !== 'true') {
    const edit = setKey(doc, SWITCH_PATH, scalarText(doc, 'true', doc.locate(SWITCH_PATH)?.written));
    if (clearOfCursor(edit, line)) { out.switchOn = edit; }
  }
  const willBeOn = out.switchOn !== undefined || doc.valueAt(SWITCH_PATH) === 'true';
  if (willBeOn && !atLeast(version, '1.6') && !pluginEntries(doc).some(e => e.isMarketplace)) {
    const uri = (out.switchOn ? endpoints.pylon.plugin : endpoints.preferred.plugin) ?? '/marketplace/plugin.js';
    const edit = addMarketplacePluginEdit(doc, uri);
    if (edit && clearOfCursor(edit, line) && !(out.switchOn && overlaps(edit, out.switchOn))) { out.plugin = edit; }
  }
  return out;
}
