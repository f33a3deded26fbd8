import { GraphQLClient } from './graphql';

const CREATE_TOKEN = `
  mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name role townshipCodes } } }`;

/** A new token's secret, created by the (admin) client. */
export async function createTestToken(api: GraphQLClient, name: string, role: string, townshipCodes: string[] = []): Promise<string> {
  const result = await api.execute<{ createApiToken: { token: string } }>(CREATE_TOKEN, { input: { name, role, townshipCodes } });
  if (result.errors) throw new Error(`createApiToken failed: ${JSON.stringify(result.errors)}`);
  return result.data!.createApiToken.token;
}
