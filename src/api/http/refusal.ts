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

/** The status a typed error answers with outside GraphQL: 503 for a database to try again later, else 400. */
export function refusalOf(error: HubError): Refusal {
  switch (error.code) {
    case 'DATABASE_UNAVAILABLE':
    case 'DATABASE_BUSY':
    case 'QUERY_INTERRUPTED':
      return new Refusal(503, error);
    default:
      return new Refusal(400, error);
  }
}
