import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const pluginDuplicate: Rule = {
  code: 'plugin-duplicate',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
