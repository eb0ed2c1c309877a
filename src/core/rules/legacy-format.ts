import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const legacyFormat: Rule = {
  code: 'legacy-format',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
