import { NarrativeDocument, mostSimilarReports } from '../../src/answers/assessment/similarity/most-similar';
import { shingleSet } from '../../src/answers/assessment/similarity/shingles';
import { cachedMostSimilarReports, keepShingles, keptShingles } from '../../src/answers/assessment/similarity/similarity-cache';
import { narrativeDigest } from '../../src/reading/template/narrative';

const BASE = '本年度我镇通过政府网站和政务微信主动公开政府信息，依申请公开工作运行平稳，未发生行政复议和行政诉讼';
const digestOf = (text: string) => narrativeDigest({ sections: { overview: text } })!;
/** As the loader takes a narrative's shingles: kept ones, else its text's, kept. */
const shinglesOf = (text: string) => keptShingles(digestOf(text)) ?? keepShingles(digestOf(text), text);
const doc = (townshipCode: string, text: string, year = 2024): NarrativeDocument => ({ townshipCode, year, shingles: shinglesOf(text) });

describe('the similarity kept between assessments', () => {
  it('keeps a text’s shingles, as shingleSet gives them, under its digest', () => {
    const text = `${BASE}甲`;
    expect(keptShingles(digestOf(text))).toBeUndefined();
    const kept = keepShingles(digestOf(text), text);
    expect([...kept]).toEqual([...shingleSet(text)]);
    expect(keptShingles(digestOf(`${BASE}甲`))).toBe(kept);
    expect(keptShingles(digestOf(`${BASE}乙`))).toBeUndefined();
  });

  it('answers what mostSimilarReports answers, and again after a text changed', () => {
    const texts = ['甲', '乙', '丙丁', '戊己庚'].map((tail) => `${BASE}${tail}`);
    const current = texts.map((text, i) => doc(`33028100${i}`, text));
    const previous = [doc('330281000', `${BASE}辛壬癸子丑寅卯`, 2023)];
    const first = cachedMostSimilarReports(current, previous, 0);
    expect([...first]).toEqual([...mostSimilarReports(current, previous, 0)]);
    expect(cachedMostSimilarReports([...current], [...previous], 0)).toBe(first);

    // One township's text rewritten: the kept answer no longer fits, and is not given.
    const rewritten = [...current.slice(0, 3), doc('330281003', '与其他乡镇完全不同的叙述文字，没有一个片段重复出现')];
    const second = cachedMostSimilarReports(rewritten, previous, 0);
    expect([...second]).toEqual([...mostSimilarReports(rewritten, previous, 0)]);
    expect(second.get('330281003')!.similarity).toBeLessThan(first.get('330281003')!.similarity);
    // Another floor is another answer.
    expect(cachedMostSimilarReports(current, previous, 0.5)).not.toBe(first);
  });
});
