import { RULE_IDS } from '../../src/checks/rule';
import { RULE_NAMES, ruleName } from '../../src/checks/rule-names';

describe('the rules’ Chinese names', () => {
  it('names every rule in Chinese, no two alike', () => {
    const names = RULE_IDS.map(ruleName);
    for (const name of names) expect(name).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(names).size).toBe(RULE_IDS.length);
    expect(Object.keys(RULE_NAMES).sort()).toEqual([...RULE_IDS].sort());
  });

  it('shows a rule id it does not know as itself', () => {
    expect(ruleName('some.newRule')).toBe('some.newRule');
  });
});
