import type { Rule } from '../rule';

// TODO(stub): not implemented yet.
export const pluginUri: Rule = {
  code: 'plugin-uri',
  severity: 'error',
  description: 'TODO',
  check() {
    return [];
  },
};
