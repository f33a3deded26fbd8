import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ruleName } from '../src/checks/rule-names';
import { IssueType } from './types/issue.type';

@Resolver(() => IssueType)
export class IssueResolver {
  @FieldResolver(() => String, { description: "The rule's Chinese name (表格未填 for cells.blank), as the pages show it" })
  ruleName(@Root() issue: IssueType): string {
    return ruleName(issue.rule);
  }
}
