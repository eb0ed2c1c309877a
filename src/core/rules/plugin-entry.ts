import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const pluginEntry: Rule = {
  code: 'plugin-entry',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
