/**
 * report.changedAfterDeadline: a township's new upload, made after its report's publication
 * deadline (report-deadline.ts, 《政府信息公开条例》第四十九条), whose table values differ from
 * the version current at the deadline: what the public read by the deadline was changed
 * afterwards. One finding per changed cell, old → new, so evaluators see each edit. Whether the
 * report is such an upload is the storage's to say (`atDeadline`): a re-read of a stored
 * document is no edit, and an upload made by the deadline changes nothing published.
 */
import { cellValues } from '../reading/template/cell-values';
import { describeCell } from '../reading/template/cell-labels';
import type { Cell } from '../reading/template/report-data';
import { formatNumber } from './helpers';
import type { Rule } from './rule';

const shown = (value: Cell | undefined): string => (value === undefined ? '（无此项）' : value === null ? '空白' : formatNumber(value));

export const reportChangedAfterDeadline: Rule = {
  id: 'report.changedAfterDeadline',
  severity: 'warning',
  check: (data, { atDeadline }) => {
    if (!atDeadline) return [];
    const before = cellValues(atDeadline.data);
    const after = cellValues(data);
    const paths = [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path));
    return paths.map((path) => ({
      message:
        `期限 ${atDeadline.deadline} 后上传的版本改动了期限时（第 ${atDeadline.versionNumber} 版）已发布的数据：` +
        `${describeCell(path, data.template)} ${shown(before.get(path))} → ${shown(after.get(path))}`,
      cells: [path],
    }));
  },
};
