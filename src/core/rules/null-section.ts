import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const nullSection: Rule = {
  code: 'null-section',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
