import { Field, Int, ObjectType } from 'type-graphql';
import { Region } from '../../entities';
import { Role } from '../../src/api/auth/roles';

@ObjectType('Me', { description: 'Who the request’s token belongs to, and what it may do' })
export class MeType {
  @Field({ description: 'The token’s holder (匿名 without a token)' })
  name!: string;

  @Field(() => Role, { nullable: true, description: 'null without a token: public reading only' })
  role!: Role | null;

  @Field(() => [Region], {
    description: 'The townships an UPLOADER may upload for; empty for other roles. With year, only those whose code is valid in it',
  })
  townships!: Region[];

  @Field(() => Int, { description: 'The largest document an upload takes, in bytes (decoded), so a page can say so before sending' })
  maxUploadBytes!: number;
}
