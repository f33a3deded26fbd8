import { HEADLINE_INDEX } from '../report-values-layout';
import { narrowIndexMigration } from './narrow-index';

/**
 * The read model's headline figures beside every level's code, in an index of their own (both
 * databases): a comparison of counties, cities or provinces of the country or of a province
 * that reads nothing else reads this narrow range instead of the primary key's rows of some
 * 300 columns. The country's grouped comparison of the bench (248,112 reports, MariaDB) went
 * from 201 to 138 ms with it; bulk ingest stayed within its runs' spread (675–737 reports/s
 * with it, 703–738 without).
 */
export const HeadlineIndex1769800000000 = narrowIndexMigration('HeadlineIndex1769800000000', HEADLINE_INDEX);
