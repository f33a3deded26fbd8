import { demoReportData } from '../../src/generator/demo-reports';
import { jaccard } from '../../src/answers/assessment/similarity/jaccard';
import { estimatedSimilarity, signature } from '../../src/answers/assessment/similarity/minhash';
import { EXACT_LIMIT, NarrativeDocument, mostSimilarReports } from '../../src/answers/assessment/similarity/most-similar';
import { mul32 } from '../../src/answers/assessment/similarity/mul32';
import { shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { narrativeText } from '../../src/reading/template/narrative';

const doc = (townshipCode: string, text: string, year = 2020): NarrativeDocument => ({ townshipCode, year, shingles: shingleSet(text) });

describe('shingles', () => {
  it('compare the wording only: digits, punctuation and whitespace are dropped', () => {
    const a = shingleSet('2019年，我镇通过政府网站公开政府信息130条。');
    const b = shingleSet('2020年 我镇通过政府网站公开政府信息 155 条');
    expect(jaccard(a, b)).toBe(1);
    expect(a.length).toBe('年我镇通过政府网站公开政府信息条'.length - 4);
  });

  it('are sorted and distinct; a text shorter than a shingle is one shingle; no letters, none', () => {
    const set = shingleSet('公开公开公开公开公开');
    expect(set.length).toBe(2); // 公开公开公, 开公开公开
    expect([...set]).toEqual([...set].sort((x, y) => x - y));
    expect(shingleSet('公开').length).toBe(1);
    expect(shingleSet('2020，—— 123').length).toBe(0);
  });

  it('take the three narrative sections', () => {
    expect(narrativeText({ sections: { overview: '总体', problems: '问题', other: '其他' } })).toBe('总体\n问题\n其他');
    expect(narrativeText({})).toBe('\n\n');
  });
});

describe('jaccard and MinHash', () => {
  const x = Uint32Array.from([1, 2, 3, 4]);
  const y = Uint32Array.from([3, 4, 5, 6, 7, 8]);

  it('jaccard is |A ∩ B| / |A ∪ B|', () => {
    expect(jaccard(x, y)).toBe(2 / 8);
    expect(jaccard(x, x)).toBe(1);
    expect(jaccard(x, new Uint32Array())).toBe(0);
    expect(jaccard(new Uint32Array(), new Uint32Array())).toBe(0);
  });

  it('MinHash estimates it, the same on every run', () => {
    const townships = [
      { code: '330281001', name: '梨洲街道' },
      { code: '330281002', name: '凤山街道' },
    ];
    const [a, b] = demoReportData(townships, [2020]).map((r) => shingleSet(narrativeText(r.data)));
    expect(Math.abs(estimatedSimilarity(signature(a), signature(b)) - jaccard(a, b))).toBeLessThan(0.2);
    expect(estimatedSimilarity(signature(a), signature(a))).toBe(1);
    expect(signature(a)).toEqual(signature(Uint32Array.from(a)));
  });

  it('a text of fewer shingles than bins still fills every bin, with its own values only', () => {
    const short = Uint32Array.of(11, 22, 33);
    // A single shingle's value fills all the bins; three shingles' signature holds exactly their three values.
    const own = [11, 22, 33].map((shingle) => new Set(signature(Uint32Array.of(shingle))));
    expect(own.map((values) => values.size)).toEqual([1, 1, 1]);
    expect(new Set(signature(short))).toEqual(new Set(own.flatMap((values) => [...values])));
    expect(estimatedSimilarity(signature(short), signature(Uint32Array.of(44, 55, 66)))).toBe(0);
  });

  it('mul32 is Math.imul', () => {
    for (const [a, b] of [
      [0x811c9dc5 | 0, 0x01000193],
      [-1, -1],
      [0x7fffffff, 0x85ebca6b],
      [123456789, 987654321],
    ]) {
      expect(mul32(a, b)).toBe(Math.imul(a, b));
    }
  });
});

describe('the most similar report', () => {
  const base = '今年我镇坚持以公开为常态不公开为例外严格按照条例要求围绕中心工作深化主动公开规范依申请公开';
  const other = '回顾全年我街道政府信息公开工作虽然取得了一定成绩但仍存在一些问题和不足需要进一步加强';

  it("is the township's own previous report or a peer's, with the exact similarity rounded to 2 decimals", () => {
    const similar = mostSimilarReports([doc('A', base), doc('B', `${base}另外`), doc('C', other)], [doc('C', other, 2019)]);
    const exact = jaccard(shingleSet(base), shingleSet(`${base}另外`));
    expect(exact).toBeLessThan(1);
    expect(similar.get('A')).toEqual({ townshipCode: 'B', year: 2020, similarity: Math.round(exact * 100) / 100 });
    expect(similar.get('C')).toEqual({ townshipCode: 'C', year: 2019, similarity: 1 });
  });

  it('prefers the own previous report, then the lowest code, on a tie; nothing to compare gives null', () => {
    const tie = mostSimilarReports([doc('B', base), doc('C', base), doc('A', base)], [doc('C', base, 2019)]);
    expect(tie.get('C')).toEqual({ townshipCode: 'C', year: 2019, similarity: 1 });
    expect(tie.get('B')).toEqual({ townshipCode: 'A', year: 2020, similarity: 1 });
    const alone = mostSimilarReports([doc('A', base), doc('B', '2020')], []);
    expect(alone.get('A')).toBeNull();
    expect(alone.get('B')).toBeNull();
  });

  it('in a region too large to compare every pair exactly, still finds copies and reports exact similarity', () => {
    const townships = Array.from({ length: EXACT_LIMIT + 50 }, (_, i) => ({
      code: `33900${String(i).padStart(4, '0')}`,
      name: `测试${i}镇`,
    }));
    const texts = demoReportData(townships, [2020]).map((report) => narrativeText(report.data));
    // Every tenth township copies the one before it.
    const docs = townships.map((t, i) => doc(t.code, i % 10 === 9 ? texts[i - 1] : texts[i]));
    const similar = mostSimilarReports(docs, []);
    for (let i = 9; i < docs.length; i += 10) {
      expect(similar.get(docs[i].townshipCode)).toEqual({ townshipCode: docs[i - 1].townshipCode, year: 2020, similarity: 1 });
    }
    for (const [code, found] of similar) {
      const self = docs.find((d) => d.townshipCode === code)!;
      const named = docs.find((d) => d.townshipCode === found!.townshipCode)!;
      expect(found!.similarity).toBe(Math.round(jaccard(self.shingles, named.shingles) * 100) / 100);
    }
  });
});
