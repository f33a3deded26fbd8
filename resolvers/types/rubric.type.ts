import { GraphQLJSONObject } from 'graphql-scalars';
import { Extensions, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RULE_KINDS, RuleKind } from '../../src/answers/assessment/rule-kind';
import { ruleOf } from '../../src/answers/assessment/rules';
import { maxLength } from './max-length';

/** rubric_versions.note */
const MAX_NOTE = 500;
/**
 * The JSON text of a criterion's parameters: a few numbers and metric keys. Short enough that
 * no nesting it can hold overflows JSON.stringify (about 5,000 levels).
 */
const MAX_PARAMETERS = 4000;

registerEnumType(RuleKind, {
  name: 'RuleKind',
  description: "How a criterion's points are computed; each kind takes its own parameters",
  valuesConfig: Object.fromEntries(
    RULE_KINDS.map((kind) => [kind, { description: `${ruleOf(kind).description}。参数：${ruleOf(kind).parameterDocs}` }]),
  ),
});

@ObjectType('RubricCriterion', { description: 'One scored item of a rubric' })
export class RubricCriterionType {
  @Field({ description: 'timeliness, completeness, arithmetic, originality, disclosure, applications, …' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => RuleKind)
  kind!: RuleKind;

  @Field(() => GraphQLJSONObject, { description: "The kind's parameters, every one (defaults filled in)" })
  parameters!: Record<string, unknown>;
}

@ObjectType('Rubric', { description: "A version of a region's assessment rubric (考核细则) for a report year" })
export class RubricType {
  @Field({ description: 'The region whose townships it scores' })
  regionCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: '1, 2, …: every edit is a new version; old versions stay and can be scored again' })
  version!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Who stored this version: the holder of the token that stored it' })
  createdBy!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Float, { description: 'The sum of the criteria’s maxPoints' })
  maxTotal!: number;

  @Field(() => [RubricCriterionType])
  criteria!: RubricCriterionType[];
}

@InputType({ description: 'One criterion of a new rubric version' })
export class RubricCriterionInput {
  @Field({ description: 'Unique in the rubric: a lower-case letter, then letters and digits' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  maxPoints!: number;

  @Field(() => RuleKind)
  kind!: RuleKind;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: `The kind's parameters (see RuleKind); those left out take their defaults (at most ${MAX_PARAMETERS} characters of JSON)`,
  })
  @Extensions(maxLength(MAX_PARAMETERS))
  parameters?: Record<string, unknown> | null;
}

@InputType({ description: "A whole rubric, stored as the next version of the region's rubric for the year" })
export class RubricInput {
  @Field({ description: 'The region whose townships it scores (any written form of the code)' })
  regionCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [RubricCriterionInput])
  criteria!: RubricCriterionInput[];

  @Field(() => String, { nullable: true, description: `What changed and why (at most ${MAX_NOTE} characters)` })
  @Extensions(maxLength(MAX_NOTE))
  note?: string | null;
}
