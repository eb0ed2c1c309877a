import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const unsafeValue: Rule = {
  code: 'unsafe-value',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
