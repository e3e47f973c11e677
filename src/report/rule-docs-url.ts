import type { Rule } from '../engine/define-rule.js';

/** Where a rule is documented: its section of docs/rules.md, for this version of vpclint. */
export function ruleDocsUrl(rule: Rule): string {
  return rule.docsUrl;
}
