import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const uriMismatch: Rule = {
  code: 'uri-mismatch',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
