import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const pluginMissing: Rule = {
  code: 'plugin-missing',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
