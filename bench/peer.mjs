// The peer every benchmark compares with: yaml-language-server's language service, configured with
// our schema the way Red Hat's YAML extension would be for services-configuration.yaml.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_URI = 'file:///bench/services-configuration.schema.json';

/** A configured language service from `getLanguageService` (passed in, so callers can time the require apart). */
export function configuredPeer(getLanguageService, features = { validate: true, hover: true, completion: true }) {
  const schemaText = readFileSync(join(root, 'schemas/services-configuration.schema.json'), 'utf8');
  const ls = getLanguageService({
    schemaRequestService: async uri => { if (uri === SCHEMA_URI) { return schemaText; } throw new Error(`no schema ${uri}`); },
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  ls.configure({ ...features, format: false, schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: JSON.parse(schemaText) }] });
  return ls;
}
