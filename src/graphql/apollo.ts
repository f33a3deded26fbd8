import { ApolloServer } from '@apollo/server';
import { HubContext } from './context';
import { formatError } from './format-error';
import { hubSchema } from './schema';

export async function createApolloServer(): Promise<ApolloServer<HubContext>> {
  const server = new ApolloServer<HubContext>({
    schema: await hubSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  return server;
}
