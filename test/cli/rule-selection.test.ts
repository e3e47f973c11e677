import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { selectRules } from '../../src/cli/rule-selection.js';
import { UsageError } from '../../src/errors.js';

const none = { rule: [], only: [], skip: [] };

function thrown(fn: () => unknown): { message: string; hint?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return { message: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) };
    throw error;
  }
  throw new Error('no error');
}

describe('selectRules', () => {
  it('keeps the configuration severities when no flag is given', () => {
    const s = selectRules(none, rules, new Map([['NET401', 'warning' as const]]));
    expect({ severities: [...s.severities], setBy: [...s.setBy] }).toEqual({ severities: [['NET401', 'warning']], setBy: [] });
  });

  it('--only turns off every rule not listed except NET002-NET004, and runs a listed rule the file turned off', () => {
    const s = selectRules({ ...none, only: ['NET101,open-ingress'] }, rules, new Map([['NET401', 'off' as const]]));
    const on = rules.filter((r) => s.severities.get(r.id) !== 'off').map((r) => r.id);
    expect(on).toEqual(['NET002', 'NET003', 'NET004', 'NET101', 'NET401']);
    expect(s.severities.has('NET401')).toBe(false);
  });

  it('applies --skip after --only and --rule last, the last --rule for a rule winning', () => {
    const s = selectRules({ rule: ['NET003=off', 'peering-dns=error', 'NET304=warning'], only: ['NET304,NET101'], skip: ['NET002'] }, rules, undefined);
    const on = rules.filter((r) => s.severities.get(r.id) !== 'off').map((r) => `${r.id}=${s.severities.get(r.id) ?? 'default'}`);
    expect(on).toEqual(['NET004=default', 'NET101=default', 'NET304=warning']);
    expect([s.setBy.get('NET002'), s.setBy.get('NET003'), s.setBy.get('NET304'), s.setBy.get('NET201')]).toEqual(['--skip', '--rule', '--rule', '--only']);
  });

  it.each([
    { flags: { ...none, only: ['NET101,'] }, error: { message: '--only needs rule IDs or names separated by commas, not "NET101,"', hint: 'for example --only NET101,open-ingress' } },
    { flags: { ...none, skip: ['NET401'], rule: ['NET401=error'] }, error: { message: '--rule NET401=error: NET401 open-ingress is also in --skip' } },
    { flags: { ...none, rule: ['open-ingress'] }, error: { message: '--rule needs ID=SEVERITY with a severity of error, warning, note or off, not "open-ingress"', hint: 'for example --rule NET401=off or --rule open-ingress=warning' } },
    { flags: { ...none, only: ['nothing-like-it'] }, error: { message: '--only: unknown rule "nothing-like-it"', hint: 'vpclint --list-rules lists the rules' } },
  ])('refuses $flags', ({ flags, error }) => {
    expect(thrown(() => selectRules(flags, rules, undefined))).toEqual(error);
  });
});
