import { DEFAULT_CRITERIA } from '../../src/answers/assessment/default-rubric';
import { parseParameters, points } from '../../src/answers/assessment/parameters';
import { checkCriteria } from '../../src/answers/assessment/rubric';
import { RULE_KINDS, RuleKind } from '../../src/answers/assessment/rule-kind';
import { ruleOf } from '../../src/answers/assessment/rules';
import { HubError } from '../../src/core/errors';

function rejection(work: () => unknown): { message: string; field: unknown } {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(HubError);
    expect((error as HubError).code).toBe('BAD_USER_INPUT');
    return { message: (error as HubError).message, field: (error as HubError).details.field };
  }
  throw new Error('not rejected');
}

describe('rule parameters', () => {
  const schema = { lateDeduction: points('逾期扣分', 5), veryLateDeduction: points('严重逾期扣分', 10) };

  it('take their defaults when left out', () => {
    expect(parseParameters(schema, {}, 'p')).toEqual({ lateDeduction: 5, veryLateDeduction: 10 });
    expect(parseParameters(schema, { lateDeduction: 2.5 }, 'p')).toEqual({ lateDeduction: 2.5, veryLateDeduction: 10 });
  });

  it('are rejected, naming the field, when unknown or of the wrong kind', () => {
    expect(rejection(() => parseParameters(schema, { late: 1 }, 'criteria[0].parameters'))).toEqual({
      message: 'criteria[0].parameters.late：不是该规则的参数（可用：lateDeduction、veryLateDeduction）',
      field: 'criteria[0].parameters.late',
    });
    expect(rejection(() => parseParameters(schema, { lateDeduction: -1 }, 'p'))).toEqual({
      message: 'p.lateDeduction：须为不小于 0 的分值（收到 -1）',
      field: 'p.lateDeduction',
    });
    expect(rejection(() => parseParameters(schema, { lateDeduction: '5' }, 'p')).field).toBe('p.lateDeduction');
    expect(rejection(() => parseParameters(schema, [1], 'p')).field).toBe('p');
  });

  it('are checked per kind', () => {
    const onTime = ruleOf(RuleKind.ON_TIME);
    // The deadline is the region's setting, as report.late takes it: not a rubric's.
    expect(rejection(() => onTime.parse({ deadline: '01-15' }, 'p')).field).toBe('p.deadline');
    expect(rejection(() => onTime.parse({ veryLateAfterDays: 2.5 }, 'p')).field).toBe('p.veryLateAfterDays');
    const originality = ruleOf(RuleKind.ORIGINALITY);
    for (const threshold of [0, 1, 1.2]) expect(rejection(() => originality.parse({ threshold }, 'p')).field).toBe('p.threshold');
    const percentile = ruleOf(RuleKind.PERCENTILE);
    expect(percentile.parse({ metrics: ['channels.wechat'] }, 'p')).toEqual({ metrics: ['channels.wechat'] });
    for (const metrics of [[], ['channels.wechat', 'channels.wechat'], ['channels.fax'], 'channels.wechat']) {
      expect(rejection(() => percentile.parse({ metrics }, 'p')).field).toBe('p.metrics');
    }
  });

  it('are documented for every kind', () => {
    for (const kind of RULE_KINDS) expect(ruleOf(kind).parameterDocs).toMatch(/默认/);
  });
});

describe('rubric criteria', () => {
  it('of the default rubric are valid and complete', () => {
    const criteria = checkCriteria(DEFAULT_CRITERIA);
    expect(criteria.map((c) => c.key)).toEqual(['timeliness', 'completeness', 'arithmetic', 'originality', 'disclosure', 'applications']);
    expect(criteria.reduce((sum, c) => sum + c.maxPoints, 0)).toBe(50);
    expect(criteria.find((c) => c.key === 'originality')!.parameters).toEqual({ threshold: 0.8, deduction: 5 });
    expect(criteria.find((c) => c.key === 'disclosure')!.parameters).toEqual({ metrics: ['channels.totalActive', 'channels.used'] });
  });

  it('are rejected with the field named', () => {
    const with0 = (change: object) => () => checkCriteria([{ ...DEFAULT_CRITERIA[0], ...change }, DEFAULT_CRITERIA[1]]);
    expect(rejection(() => checkCriteria([])).field).toBe('criteria');
    expect(rejection(with0({ key: 'Timeliness' })).field).toBe('criteria[0].key');
    expect(rejection(with0({ key: 'completeness' })).field).toBe('criteria[1].key');
    expect(rejection(with0({ label: ' ' })).field).toBe('criteria[0].label');
    expect(rejection(with0({ maxPoints: Number.NaN })).field).toBe('criteria[0].maxPoints');
    expect(rejection(with0({ kind: 'SOMETHING' })).field).toBe('criteria[0].kind');
    expect(rejection(with0({ parameters: { threshold: 0.5 } })).field).toBe('criteria[0].parameters.threshold');
  });
});
