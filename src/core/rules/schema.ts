import type { Rule } from '../rule';
import { schemaFindings } from '../schema';

export const schema: Rule = {
  code: 'schema',
  severity: 'error',
  fixable: true,
  description: 'Keys and values of the marketplace sections checked against the schema: wrong types and ranges (error), unknown or misspelled keys that paictl silently ignores (warning).',
  check(ctx) {
    return schemaFindings(ctx.doc, ctx.version);
  },
};
