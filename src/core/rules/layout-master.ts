import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const layoutMaster: Rule = {
  code: 'layout-master',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
