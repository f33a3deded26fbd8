import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EntityManager } from 'typeorm';
import { NoticeState, Region } from '../entities';
import { createNotice } from '../src/answers/assessment/rectification/create-notice';
import {
  acceptNotice,
  answerIssue,
  archiveNotice,
  requireNotice,
  returnNotice,
  submitNotice,
} from '../src/answers/assessment/rectification/notice-steps';
import { isOverdue } from '../src/answers/assessment/rectification/overdue';
import { ACCESS } from '../src/api/auth/access';
import { checkNoticeScope } from '../src/api/auth/township-scope';
import { HubContext } from '../src/api/graphql/context';
import { chinaDay } from '../src/core/china-date';
import { checkYear } from '../src/core/report-year';
import { loadNotices, StoredNotice } from '../src/storage/store/rectification-store';
import { requireRegion } from '../src/storage/store/regions';
import { noticeView } from './notice-view';
import {
  AnswerNoticeIssueInput,
  CreateNoticeInput,
  NoticeFilter,
  NoticeStepInput,
  RectificationNoticeType,
} from './types/rectification.type';

type Step = (manager: EntityManager, notice: StoredNotice, actor: string, note: string) => Promise<StoredNotice>;

/** Notices still to be accepted: the only ones that can become overdue. */
const UNSETTLED = [NoticeState.OPEN, NoticeState.SUBMITTED, NoticeState.RETURNED];

@Resolver(() => RectificationNoticeType)
export class RectificationResolver {
  @FieldResolver(() => Region, { nullable: true })
  township(@Root() notice: RectificationNoticeType, @Ctx() { loaders }: HubContext): Promise<Region | null> {
    return loaders.region.load(notice.townshipCode);
  }

  @Authorized(ACCESS.readAssessment)
  @Query(() => [RectificationNoticeType], { description: 'Rectification notices (整改通知), newest first' })
  async rectificationNotices(
    @Arg('filter', () => NoticeFilter, { nullable: true }) filter: NoticeFilter | null,
    @Ctx() { dataSource }: HubContext,
  ): Promise<RectificationNoticeType[]> {
    const manager = dataSource.manager;
    const today = chinaDay();
    const region = filter?.regionCode ? await requireRegion(manager, filter.regionCode) : undefined;
    const year = typeof filter?.year === 'number' ? checkYear(filter.year) : undefined;
    const states = filter?.state ? [filter.state] : filter?.overdue ? UNSETTLED : undefined;
    const notices = await loadNotices(manager, { region, year, states, ...(filter?.overdue ? { dueBefore: today } : {}) });
    const wanted = typeof filter?.overdue !== 'boolean' ? notices : notices.filter((notice) => isOverdue(notice, today) === filter.overdue);
    return wanted.map((notice) => noticeView(notice, today));
  }

  @Authorized(ACCESS.readNotices)
  @Query(() => RectificationNoticeType, { description: 'One notice; an UPLOADER sees its own townships’ only' })
  async rectificationNotice(@Arg('id', () => ID) id: string, @Ctx() { dataSource, actor }: HubContext): Promise<RectificationNoticeType> {
    const notice = await requireNotice(dataSource.manager, Number(id));
    checkNoticeScope(actor, notice);
    return noticeView(notice);
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => RectificationNoticeType, {
    description: 'Issues a notice (OPEN) from confirmed issues of the current version of a report',
  })
  async createRectificationNotice(
    @Arg('input') input: CreateNoticeInput,
    @Ctx() { dataSource, actor }: HubContext,
  ): Promise<RectificationNoticeType> {
    const request = { ...input, comment: input.comment ?? '', actor: actor.name };
    return noticeView(await dataSource.transaction((manager) => createNotice(manager, request)));
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => RectificationNoticeType, { description: 'SUBMITTED → ACCEPTED' })
  acceptRectificationNotice(@Arg('input') input: NoticeStepInput, @Ctx() context: HubContext): Promise<RectificationNoticeType> {
    return runStep(context, input, acceptNotice);
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => RectificationNoticeType, {
    description: 'SUBMITTED → RETURNED, with the reason in `note` (required); answered issues are open again',
  })
  returnRectificationNotice(@Arg('input') input: NoticeStepInput, @Ctx() context: HubContext): Promise<RectificationNoticeType> {
    return runStep(context, input, returnNotice);
  }

  @Authorized(ACCESS.editAssessment)
  @Mutation(() => RectificationNoticeType, { description: 'ACCEPTED → ARCHIVED' })
  archiveRectificationNotice(@Arg('input') input: NoticeStepInput, @Ctx() context: HubContext): Promise<RectificationNoticeType> {
    return runStep(context, input, archiveNotice);
  }

  @Authorized(ACCESS.upload)
  @Mutation(() => RectificationNoticeType, {
    description: 'OPEN or RETURNED → SUBMITTED, once every issue is resolved by a new version or answered',
  })
  submitRectificationNotice(@Arg('input') input: NoticeStepInput, @Ctx() context: HubContext): Promise<RectificationNoticeType> {
    return runStep(context, input, submitNotice);
  }

  @Authorized(ACCESS.upload)
  @Mutation(() => RectificationNoticeType, {
    description: "Answers an issue of an OPEN or RETURNED notice with the township's explanation",
  })
  answerRectificationIssue(@Arg('input') input: AnswerNoticeIssueInput, @Ctx() context: HubContext): Promise<RectificationNoticeType> {
    return runStep(context, { id: input.id }, (manager, notice) => answerIssue(manager, notice, input.fingerprint, input.explanation));
  }
}

/** A step on the notice `input.id` in one transaction, by the token's holder, within an UPLOADER's scope. */
async function runStep({ dataSource, actor }: HubContext, input: NoticeStepInput, step: Step): Promise<RectificationNoticeType> {
  const changed = await dataSource.transaction(async (manager) => {
    const notice = await requireNotice(manager, Number(input.id));
    checkNoticeScope(actor, notice);
    return step(manager, notice, actor.name, input.note ?? '');
  });
  return noticeView(changed);
}
