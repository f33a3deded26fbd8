import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../src/api/auth/roles';

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'The city office: everything' },
    UPLOADER: { description: 'Uploads and previews reports of its own townships only' },
    EVALUATOR: { description: 'Reviews issues, edits rubrics, sees scores' },
    ANALYST: { description: 'Reads everything, writes nothing' },
  },
});

@ObjectType('ApiToken', { description: 'An API token (its secret is never shown again after creation)' })
export class ApiTokenType {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], { description: 'The townships an UPLOADER may upload for' })
  townshipCodes!: string[];

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'Who holds it (a person or a system); recorded in the audit log' })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], { defaultValue: [], description: 'Township codes, required for UPLOADER and only for it' })
  townshipCodes!: string[];
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret, to send as `Authorization: Bearer <token>`; shown this once only' })
  token!: string;

  @Field(() => ApiTokenType)
  apiToken!: ApiTokenType;
}

@ObjectType('AuditEvent', { description: 'A mutation as it was asked and how it ended' })
export class AuditEventType {
  @Field(() => ID)
  id!: number;

  @Field()
  at!: Date;

  @Field()
  actorName!: string;

  @Field(() => Role, { nullable: true, description: 'Null for a request without a token' })
  actorRole!: Role | null;

  @Field()
  mutation!: string;

  @Field({ description: 'JSON of the arguments; document content and long strings replaced by their length' })
  arguments!: string;

  @Field({ description: 'OK, or the error code the client got' })
  outcome!: string;

  @Field(() => Int, { nullable: true })
  reportId!: number | null;

  @Field(() => Int, { nullable: true, description: 'The report version an upload produced (or found unchanged)' })
  versionNumber!: number | null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the uploaded document' })
  documentHash!: string | null;

  @Field()
  requestId!: string;
}
