import { Extensions, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ItemState, NoticeState, Region } from '../../entities';
import { maxLength } from './max-length';

/** A reason or an explanation is a paragraph, not a document. */
const MAX_TEXT = 2000;

registerEnumType(NoticeState, {
  name: 'NoticeState',
  valuesConfig: {
    OPEN: { description: '待整改: issued, waiting for the township' },
    SUBMITTED: { description: '已提交: every issue is gone from a new version or answered; waiting for the evaluator' },
    ACCEPTED: { description: '已通过' },
    RETURNED: { description: "已退回: back to the township with the evaluator's reason" },
    ARCHIVED: { description: '已归档' },
  },
});

registerEnumType(ItemState, {
  name: 'NoticeIssueState',
  valuesConfig: {
    OPEN: { description: 'Still to fix or answer' },
    RESOLVED: { description: 'Gone (by fingerprint) from a new uploaded version' },
    ANSWERED: { description: 'The township explained why the report stays as it is' },
  },
});

@ObjectType('NoticeIssue', { description: 'An issue a rectification notice covers, as it was when the notice was made' })
export class NoticeIssueType {
  @Field()
  fingerprint!: string;

  @Field()
  rule!: string;

  @Field({ description: 'Chinese, naming the table, row and column' })
  message!: string;

  @Field(() => [String], { description: 'ReportData paths of the cells involved' })
  cells!: string[];

  @Field(() => ItemState)
  state!: ItemState;

  @Field(() => String, { nullable: true, description: "The township's explanation, when it answered" })
  explanation!: string | null;

  @Field(() => Int, { nullable: true, description: 'The version number that no longer has the issue' })
  resolvedByVersion!: number | null;
}

@ObjectType('NoticeStep', { description: "A step of a notice's history" })
export class NoticeStepType {
  @Field(() => NoticeState, { description: 'The state the step moved the notice to' })
  state!: NoticeState;

  @Field({ description: 'Who: the holder of the token, or 上传新版本 when a new version submitted it' })
  actor!: string;

  @Field()
  at!: Date;

  @Field({ description: 'The comment, reason or note of the step' })
  note!: string;
}

@ObjectType('RectificationNotice', { description: '整改通知: confirmed issues of a township’s report to fix by a due date' })
export class RectificationNoticeType {
  @Field(() => ID)
  id!: number;

  @Field()
  townshipCode!: string;

  @Field(() => Region, { nullable: true })
  township?: Region | null;

  @Field(() => Int)
  year!: number;

  @Field({ description: 'YYYY-MM-DD, the last day (China time)' })
  dueDate!: string;

  @Field()
  comment!: string;

  @Field(() => NoticeState)
  state!: NoticeState;

  @Field({ description: 'Not accepted or archived and past its due date, as of today in China (computed when asked)' })
  overdue!: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD it was first accepted or archived' })
  settledOn!: string | null;

  @Field({ description: 'The evaluator who issued it' })
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => [NoticeIssueType])
  issues!: NoticeIssueType[];

  @Field(() => [NoticeStepType], { description: 'Every step, oldest first' })
  history!: NoticeStepType[];
}

@InputType({ description: 'A rectification notice to issue from confirmed issues of the current version of a report' })
export class CreateNoticeInput {
  @Field({ description: '9-digit statistical code of the township' })
  townshipCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [String], { description: 'Issue.fingerprint of each confirmed issue to fix' })
  fingerprints!: string[];

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: `At most ${MAX_TEXT} characters` })
  @Extensions(maxLength(MAX_TEXT))
  comment?: string | null;
}

@InputType({ description: 'Which notices to list; every field given narrows the list' })
export class NoticeFilter {
  @Field(() => NoticeState, { nullable: true })
  state?: NoticeState | null;

  @Field(() => String, { nullable: true, description: 'Notices of the townships under this region' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue notices (as of today in China)' })
  overdue?: boolean | null;
}

@InputType({ description: 'A step on a notice: its id and the note (the reason, when returning it)' })
export class NoticeStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: `Required when returning; at most ${MAX_TEXT} characters` })
  @Extensions(maxLength(MAX_TEXT))
  note?: string | null;
}

@InputType({ description: "The township's explanation of one issue of a notice" })
export class AnswerNoticeIssueInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'NoticeIssue.fingerprint' })
  fingerprint!: string;

  @Field({ description: `Why the report stays as it is; at most ${MAX_TEXT} characters` })
  @Extensions(maxLength(MAX_TEXT))
  explanation!: string;
}
