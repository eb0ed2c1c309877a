import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const apiUri: Rule = {
  code: 'api-uri',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
