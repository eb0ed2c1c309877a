import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const fileName: Rule = {
  code: 'file-name',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
