import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const switchOff: Rule = {
  code: 'switch-off',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
