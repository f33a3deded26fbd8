/**
 * The narrative similarity of the originality rule on generated reports, without a database:
 * `node dist/bench/similarity.js <region code prefix> [floor] [out.json]` times the most
 * similar report of every township of the region (its two last bench years) and counts the
 * MinHash work. The generated narratives share phrase lists, so most pairs are LSH candidates.
 */
import fs from 'node:fs';
import { demoReportData } from '../src/generator/demo-reports';
import { mostSimilarReports, nearestByMinHash } from '../src/answers/assessment/similarity/most-similar';
import { shingleSet } from '../src/answers/assessment/similarity/shingles';
import { narrativeText } from '../src/reading/template/narrative';
import { loadRegionSeed } from '../src/storage/store/region-seed';

const [prefix = '33', floorArgument = '0', out] = process.argv.slice(2);
const floor = Number(floorArgument);
const townships = loadRegionSeed().filter((region) => region.level === 'TOWNSHIP' && region.code.startsWith(prefix));
const documents = demoReportData(townships, [2023, 2024]).map((report) => ({
  townshipCode: report.townshipCode,
  year: report.year,
  shingles: shingleSet(narrativeText(report.data)),
}));
const current = documents.filter((document) => document.year === 2024);
const previous = documents.filter((document) => document.year === 2023);
console.log(`${current.length} townships under ${prefix}, floor ${floor}`);
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  const similar = mostSimilarReports(current, previous, floor);
  console.log(`mostSimilarReports ${Number(process.hrtime.bigint() - start) / 1e6} ms`);
  if (run === 0 && out) fs.writeFileSync(out, JSON.stringify([...similar]));
}
const inCodeOrder = [...current].sort((a, b) => a.townshipCode.localeCompare(b.townshipCode));
const { estimated, binsCompared } = nearestByMinHash(inCodeOrder, floor);
console.log(`candidate pairs ${estimated}, MinHash bins compared ${binsCompared}`);
