import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const schema: Rule = {
  code: 'schema',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
