import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const dbCredentials: Rule = {
  code: 'db-credentials',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
