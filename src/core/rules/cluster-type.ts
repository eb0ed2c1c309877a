import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const clusterType: Rule = {
  code: 'cluster-type',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
