import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const mixedContent: Rule = {
  code: 'mixed-content',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
