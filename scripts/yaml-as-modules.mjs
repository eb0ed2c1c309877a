import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * An esbuild plugin that bundles `yaml` from its ES modules (the build it ships for bundlers) rather than its
 * CommonJS one. Imported from CommonJS, every `isScalar`, `isMap`… call in the rules goes through one of esbuild's
 * re-export getters (about a sixth of the rules' time), and yaml's own modules call each other through export
 * objects (its parse is about a fifth slower). The two builds are one source: the CommonJS one only adds
 * LOG_TOKENS/LOG_STREAM debug printing and process.emitWarning for warnings (the ES one uses console.warn).
 * The bench's floor is bundled with it too, so that check/floor compares like with like.
 */
export function yamlAsModules() {
  const entry = join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js');
  return { name: 'yaml-as-modules', setup(build) { build.onResolve({ filter: /^yaml$/ }, () => ({ path: entry })); } };
}
