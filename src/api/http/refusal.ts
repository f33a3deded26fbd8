import { HubError } from '../../core/errors';

/** A request refused before GraphQL sees it, with the HTTP status (and any headers) to answer. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly error: HubError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(error.message);
    this.name = 'Refusal';
  }
}

/**
 * The status a typed error answers with outside GraphQL: 503 for a database to try again
 * later, 401, 403 and 404 for a download that needs a token, is not the token's or is not
 * there, else 400.
 */
export function refusalOf(error: HubError): Refusal {
  switch (error.code) {
    case 'DATABASE_UNAVAILABLE':
    case 'DATABASE_BUSY':
    case 'QUERY_INTERRUPTED':
      return new Refusal(503, error);
    case 'UNAUTHENTICATED':
      return new Refusal(401, error);
    case 'FORBIDDEN':
      return new Refusal(403, error);
    case 'NOT_FOUND':
      return new Refusal(404, error);
    default:
      return new Refusal(400, error);
  }
}
