import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ReportVersion } from '../entities';
import { HubContext } from '../src/api/graphql/context';
import { HubError } from '../src/core/errors';
import { ReportVersionType } from './types/report.type';

@Resolver(() => ReportVersionType)
export class ReportVersionResolver {
  @FieldResolver(() => String, {
    description:
      'The township’s original document of this version, byte for byte, in base64 (its form is `format`); one statement per version asked',
  })
  async document(@Root() version: ReportVersionType, @Ctx() { dataSource }: HubContext): Promise<string> {
    // The bytes are left out of every other read of versions (select: false): read here, when asked for.
    const row = await dataSource.manager.findOne(ReportVersion, { where: { id: version.id }, select: { id: true, document: true } });
    if (!row) throw new HubError('NOT_FOUND', `报告版本 ${version.number} 已不存在`, { version: version.number });
    return row.document.toString('base64');
  }
}
