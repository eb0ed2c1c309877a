import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const placeholder: Rule = {
  code: 'placeholder',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
