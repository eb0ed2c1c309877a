/**
 * A copy of a config folder under a path paictl's shell cannot break, holding what `cp -r <folder>/*`
 * copies (every entry but the dot files, recursively), so the pushed content is the same.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface StagedFolder {
  path: string;
  remove(): void;
}

export function stageFolder(folder: string, tmpdir: string): StagedFolder {
  const dir = fs.mkdtempSync(path.join(tmpdir, 'openpai-push-'));
  try {
    for (const name of fs.readdirSync(folder)) {
      if (name.startsWith('.')) { continue; }
      fs.cpSync(path.join(folder, name), path.join(dir, name), { recursive: true, dereference: true });
    }
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return { path: dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
