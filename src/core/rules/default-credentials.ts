import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const defaultCredentials: Rule = {
  code: 'default-credentials',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
