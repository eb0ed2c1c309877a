/** The messages the extension localizes: the first argument of every `l10n.t(...)` call in src/. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

export interface L10nCall { file: string; line: number; message?: string }

/** Every `l10n.t(...)` call; `message` is undefined when its first argument is not a plain string literal. */
export function l10nCalls(srcDir: string): L10nCall[] {
  const out: L10nCall[] = [];
  for (const file of files(srcDir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
        && node.expression.name.text === 't' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'l10n') {
        const first = node.arguments[0];
        const message = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
        out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, message });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
