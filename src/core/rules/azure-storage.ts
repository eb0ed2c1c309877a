import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const azureStorage: Rule = {
  code: 'azure-storage',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
