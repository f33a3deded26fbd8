/**
 * A rectification notice as a Word 整改通知 in its usual form: the title, the township
 * addressed, what was found, each issue numbered, the due date and how to answer, then who
 * issued it and when. Built with the docx package, as the 汇总 is (render-docx.ts).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { NoticeState } from '../../../entities';
import { ruleName } from '../../checks/rule-names';
import { chinaDay } from '../../core/china-date';
import type { StoredNotice } from '../../storage/store/rectification-store';

/** Two ideographic spaces: how a Chinese paragraph starts. */
const INDENT = '\u3000\u3000';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、… 十、then Arabic numbers: notices rarely list more than ten issues. */
const ordinal = (index: number): string => `${NUMERALS[index] ?? String(index + 1)}、`;

const dateWords = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

const paragraph = (text: string, alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph =>
  new Paragraph({ alignment, spacing: { after: 120 }, children: [new TextRun({ text, size: 28 })] });

export function noticeDocx(notice: StoredNotice, townshipName: string): Promise<Buffer> {
  const issued = notice.steps.find((step) => step.state === NoticeState.OPEN);
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: `关于${townshipName}${notice.year}年度政府信息公开工作年度报告问题的整改通知`, bold: true, size: 36 }),
      ],
    }),
    paragraph(`${townshipName}：`),
    paragraph(
      `${INDENT}经审核，你单位报送的${notice.year}年度政府信息公开工作年度报告存在以下问题（共 ${notice.items.length} 项），` +
        `请于${dateWords(notice.dueDate)}前完成整改：更正后重新上传报告，或对不需更正的问题逐项作出书面说明，并通过报告上传页面提交。`,
    ),
    ...notice.items.map((item, index) => paragraph(`${INDENT}${ordinal(index)}${ruleName(item.rule)}：${item.message}`)),
    ...(notice.comment ? [paragraph(`${INDENT}其他要求：${notice.comment}`)] : []),
    paragraph(`${INDENT}逾期未整改的，将在年度考核中扣分。`),
    paragraph(`通知编号：${notice.id}`, AlignmentType.RIGHT),
    paragraph(notice.createdBy, AlignmentType.RIGHT),
    paragraph(dateWords(chinaDay(issued?.at ?? notice.createdAt)), AlignmentType.RIGHT),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
