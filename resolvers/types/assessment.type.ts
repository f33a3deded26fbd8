import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import { RuleKind } from '../../src/answers/assessment/rule-kind';
import { IssueType } from './issue.type';
import { TownshipType } from './township.type';

// The types here hold plain properties (no field is @Authorized): graphql's default resolver
// reads them (simpleResolvers), without type-graphql's wrapper per field of every row.
@ObjectType('AssessmentEvidence', { description: 'Why a criterion scored what it did', simpleResolvers: true })
export class AssessmentEvidenceType {
  @Field({ description: 'Chinese: the date, cell, issue or similar report that moved the points, and by how much' })
  text!: string;

  @Field(() => IssueType, { nullable: true, description: 'The issue behind it, when there is one (review it with reviewIssue)' })
  issue!: IssueType | null;
}

@ObjectType('CriterionScore', { description: "A township's points on one criterion of the rubric", simpleResolvers: true })
export class CriterionScoreType {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => RuleKind)
  kind!: RuleKind;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => [AssessmentEvidenceType])
  evidence!: AssessmentEvidenceType[];
}

@ObjectType('AssessmentResult', { description: "A township's score under a rubric for a report year", simpleResolvers: true })
export class AssessmentResultType {
  @Field(() => TownshipType)
  township!: Region;

  @Field({ description: 'Whether the township has a report for the year; without one it scores 0' })
  reported!: boolean;

  @Field(() => Float)
  total!: number;

  @Field(() => Float)
  maxTotal!: number;

  @Field(() => Int, { description: 'By total, highest first; ties share a rank' })
  rank!: number;

  @Field(() => Int, { description: 'The rubric version scored against' })
  rubricVersion!: number;

  @Field(() => [CriterionScoreType], { description: 'In the order of the rubric' })
  criteria!: CriterionScoreType[];
}
