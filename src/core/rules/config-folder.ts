import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const configFolder: Rule = {
  code: 'config-folder',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
