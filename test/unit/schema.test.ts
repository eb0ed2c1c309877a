import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import schemaJson from '../../schemas/services-configuration.schema.json';
import annotationKeywords from '../../schemas/annotation-keywords.json';
import { ParsedDocument } from '../../src/core/document';
import { schemaFindings } from '../../src/core/schema';
import { allSchemaPaths, schemaNodeAt, type SchemaNode } from '../../src/core/schema-docs';
import { missingKeyRange, pointerToPath } from '../../src/core/schema-placement';
import { textAt, yaml } from './helpers';

const root = join(__dirname, '../..');
const SAMPLES = join(root, 'test/fixtures/openpai-samples');
const DEPLOYMENT_DOC_EXAMPLE = join(root, 'test/fixtures/deployment-doc/step1.yaml');
const MARKETPLACE = ['marketplace-db', 'marketplace-restserver', 'marketplace-webportal'];

function schemaMessages(text: string): string[] {
  return schemaFindings(new ParsedDocument(text), '1.8').map(f => f.message);
}

/** Builds a document holding `value` at `path` (list indexes as one-item lists). */
function documentWith(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, segment) => (segment === '*' ? [inner] : { [segment]: inner }), value);
}

describe('schema file', () => {
  it('is a valid draft-07 schema, and strict ajv knows every keyword it uses', () => {
    const ajv = new Ajv({ strict: true, strictTypes: false, allErrors: true });
    ajv.addVocabulary(annotationKeywords);
    assert.equal(ajv.validateSchema(schemaJson), true, JSON.stringify(ajv.errors));
    assert.equal((schemaJson as { $schema: string }).$schema, 'http://json-schema.org/draft-07/schema#');
    assert.doesNotThrow(() => ajv.compile(schemaJson));
  });

  it('matches the generated validator (run the build after editing the schema)', function () {
    this.timeout(30000);
    const source = execFileSync(process.execPath, ['--input-type=module', '-e',
      "import { validatorSource } from './scripts/generate-schema-validator.mjs'; import { readFileSync } from 'node:fs';"
      + " process.stdout.write(validatorSource(JSON.parse(readFileSync('schemas/services-configuration.schema.json', 'utf8'))));"], { cwd: root, encoding: 'utf8' });
    assert.equal(readFileSync(join(root, 'src/core/generated/validate-schema.js'), 'utf8'), source);
  });

  it('gives every key a title and a markdownDescription, and says Required/Optional in the marketplace sections', () => {
    const paths = allSchemaPaths().filter(p => p.length > 0);
    assert.ok(paths.length > 60, `only ${paths.length} schema paths`);
    for (const path of paths) {
      const node = schemaNodeAt(path)!;
      assert.ok(node.title, `${path.join('.')} has no title`);
      assert.ok(node.markdownDescription, `${path.join('.')} has no markdownDescription`);
      if (MARKETPLACE.includes(path[0]) && path.length > 1 && path[path.length - 1] !== '*') {
        assert.match(node.markdownDescription!, /\*\*(Required|Optional|Computed)/, `${path.join('.')} does not say Required/Optional`);
        assert.ok(node['x-computed'] || node['x-versions'] || path[path.length - 1] === 'service_type', `${path.join('.')} has no x-versions`);
      }
    }
  });

  it('closes the marketplace sections, azure_storage and plugin entries, and nothing else', () => {
    const closed = allSchemaPaths().filter(p => schemaNodeAt(p)!.additionalProperties === false).map(p => p.join('.'));
    assert.deepEqual(closed.sort(), ['marketplace-db', 'marketplace-restserver', 'marketplace-restserver.azure_storage', 'marketplace-webportal', 'webportal.plugins.*'].sort());
  });

  it('has enum descriptions that line up with the enums', () => {
    for (const path of allSchemaPaths()) {
      const node: SchemaNode = schemaNodeAt(path)!;
      if (node.markdownEnumDescriptions) { assert.equal(node.markdownEnumDescriptions.length, node.enum?.length, path.join('.')); }
    }
  });

  it('accepts every default it documents', () => {
    for (const path of allSchemaPaths()) {
      const node = schemaNodeAt(path)!;
      if (!('default' in node) || path.length === 0) { continue; }
      const text = JSON.stringify({ 'rest-server': {}, ...documentWith(path, node.default) as object });
      const atPath = schemaFindings(new ParsedDocument(text), '1.8').filter(f => f.data?.kind === 'value');
      assert.deepEqual(atPath.map(f => f.message), [], `default of ${path.join('.')}`);
    }
  });

  it('accepts its own snippets once the tab stops are filled in', () => {
    const fill = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/\$\{\d+:([^}]*)\}/g, '$1'));
    for (const path of allSchemaPaths()) {
      for (const snippet of schemaNodeAt(path)!.defaultSnippets ?? []) {
        const value = path.length === 0 ? fill(snippet.body) : documentWith(path, fill(snippet.body));
        const text = JSON.stringify({ 'rest-server': {}, ...value as object });
        assert.deepEqual(schemaMessages(text), [], `snippet ${snippet.label}`);
      }
    }
  });
});

describe('schema against real files', () => {
  const files = readdirSync(SAMPLES).filter(f => f.includes('services-configuration'));
  it('finds the real services-configuration samples', () => { assert.ok(files.length >= 2); });
  for (const file of files) {
    it(`finds nothing in ${file}`, () => {
      assert.deepEqual(schemaMessages(readFileSync(join(SAMPLES, file), 'utf8')), []);
    });
  }

  it('accepts each service\'s default config file as its section (azure_storage_json belongs to azure-storage)', () => {
    const section = (name: string, file: string) => {
      const body = readFileSync(join(SAMPLES, file), 'utf8').split('\n').map(l => `  ${l}`).join('\n');
      return `rest-server: {}\n${name}:\n${body}\n`;
    };
    assert.deepEqual(schemaMessages(section('marketplace-db', 'src__marketplace-db__config__marketplace-db.yaml')), []);
    assert.deepEqual(schemaMessages(section('marketplace-webportal', 'src__marketplace-webportal__config__marketplace-webportal.yaml')), []);
    assert.deepEqual(schemaMessages(section('webportal', 'src__webportal__config__webportal.v1.8.0.yaml')), []);
    assert.deepEqual(schemaMessages(section('pylon', 'src__pylon__config__pylon.v1.8.0.yaml')), []);
    assert.deepEqual(schemaMessages(section('marketplace-restserver', 'src__marketplace-restserver__config__marketplace-restserver.v1.4.0.yaml')), []);
    assert.deepEqual(schemaMessages(section('marketplace-restserver', 'src__marketplace-restserver__config__marketplace-restserver.v1.8.0.yaml')), []);
  });

  it('accepts the deployment doc\'s step-1 example (placeholders are still strings)', () => {
    const text = `${readFileSync(DEPLOYMENT_DOC_EXAMPLE, 'utf8')}rest-server: {}\n`;
    assert.match(text, /marketplace_api_uri: https:\/\/<openpai cluster>\/marketplace\/api/);
    for (const version of ['1.4', '1.5', '1.6', '1.8'] as const) {
      assert.deepEqual(schemaFindings(new ParsedDocument(text), version).map(f => f.message), [], `v${version}`);
    }
  });
});

describe('schema placement helpers', () => {
  it('unescapes JSON pointers (~1 then ~0) and turns list indexes into numbers', () => {
    const value = { 'a/b': { 'c~d': [{ '~1': 1 }] } };
    assert.deepEqual(pointerToPath('/a~1b/c~0d/0/~01', value), ['a/b', 'c~d', 0, '~1']);
    assert.deepEqual(pointerToPath('', value), []);
    assert.deepEqual(pointerToPath('/x/0', { x: { 0: 1 } }), ['x', '0']);
  });

  it('marks a missing key in a list item on the item\'s first line', () => {
    const text = yaml('webportal:', '  plugins:', '  - id: marketplace   # no title', '    uri: /marketplace/plugin.js');
    const doc = new ParsedDocument(text);
    assert.equal(textAt(text, missingKeyRange(doc, ['webportal', 'plugins', 0])), 'id: marketplace');
    assert.equal(textAt(text, missingKeyRange(doc, ['webportal', 'plugins'])), 'plugins');
    assert.equal(textAt(text, missingKeyRange(doc, ['webportal', 'nope', 'deeper'])), 'webportal');
  });

  it('says the file itself must be a mapping', () => {
    const text = yaml('- marketplace-db', '- rest-server');
    const [f] = schemaFindings(new ParsedDocument(text), '1.8');
    assert.match(f.message, /^The file must be a mapping of sections/);
  });

  it('is silent on an empty or unparsable file', () => {
    assert.deepEqual(schemaMessages(''), []);
    assert.deepEqual(schemaMessages(yaml('# only a comment')), []);
  });
});
