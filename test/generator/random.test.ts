import { Random } from '../../src/generator/random';

function draws(seed: string | number, count = 20): number[] {
  const rng = new Random(seed);
  return Array.from({ length: count }, () => rng.next());
}

describe('Random', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draws('330281109' + 2019)).toEqual(draws('3302811092019'));
    expect(draws(42)).toEqual(draws(42));
  });

  it('gives different sequences for different seeds', () => {
    expect(draws('a')).not.toEqual(draws('b'));
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('keeps every helper in range', () => {
    const rng = new Random('range');
    for (let i = 0; i < 2000; i++) {
      const f = rng.next();
      expect(f >= 0 && f < 1).toBe(true);
      const n = rng.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
      const s = rng.skewedInt(1, 30);
      expect(Number.isInteger(s) && s >= 1 && s <= 30).toBe(true);
      expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
      expect(rng.weighted({ a: 1, b: 0 })).toBe('a');
    }
  });

  it('reaches both ends of an integer range', () => {
    const rng = new Random('ends');
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(0, 3)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('honours chance probabilities roughly', () => {
    const rng = new Random('chance');
    const hits = Array.from({ length: 10000 }, () => rng.chance(0.1)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(800);
    expect(hits).toBeLessThan(1200);
  });

  it('samples distinct items in their original order', () => {
    const rng = new Random('sample');
    for (let i = 0; i < 100; i++) {
      const picked = rng.sample(['a', 'b', 'c', 'd', 'e'], 3);
      expect(picked).toHaveLength(3);
      expect(new Set(picked).size).toBe(3);
      expect([...picked].sort()).toEqual(picked);
    }
  });
});
