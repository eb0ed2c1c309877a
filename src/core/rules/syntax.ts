import type { Rule } from '../rule';

const MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'Duplicate key: paictl\'s YAML loader keeps only the last one, so the earlier value is silently lost.',
  MULTIPLE_DOCS: 'More than one YAML document: paictl loads this file with PyYAML\'s yaml.load, which stops with "expected a single document in the stream", so every paictl command fails. Remove this `---` and what follows, or merge it into the first document.',
  ALIAS_LIMIT: 'Too many alias expansions (a YAML "billion laughs" shape): the file is not checked further.',
  TAB_AS_INDENT: 'A tab is used for indentation: YAML allows only spaces there.',
};

const MAX_REPORTED = 10;

export const syntax: Rule = {
  code: 'syntax',
  severity: 'error',
  description: 'YAML syntax errors, duplicate keys, and more than one document in the file.',
  everyVersion: true,
  check(ctx) {
    // One stray indent can produce dozens of follow-on errors: the first few say where to look.
    return ctx.doc.problems.slice(0, MAX_REPORTED).map(p => ({
      range: ctx.doc.range(p.start, p.end),
      severity: p.severity,
      message: MESSAGES[p.code] ?? `YAML: ${p.message.replace(/\s+at line \d+, column \d+.*$/s, '')}`,
      data: { yamlCode: p.code },
    }));
  },
};
