import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const webportalFlag: Rule = {
  code: 'webportal-flag',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
