import { CHANNEL_RANKING_INDEX } from '../report-values-layout';
import { narrowIndexMigration } from './narrow-index';

/**
 * The read model's channel counts beside the scope's key, in an index of their own (both
 * databases): channelComparison, the dashboard's ranking, reads a province's rows of a year
 * from this narrow range alone instead of the primary key's rows of some 300 columns. On
 * 浙江省 (1,387 townships) the read went from 1.8 to 0.65 ms in the server and the whole
 * statement to the floor's time; rewriting 杭州市's 1,176 rows of the read model took no
 * measurably longer with the index.
 */
export const ChannelRankingIndex1769500000000 = narrowIndexMigration('ChannelRankingIndex1769500000000', CHANNEL_RANKING_INDEX);
