import { DataSource } from 'typeorm';
import { Loaders, createLoaders } from '../loaders';

/**
 * Who is acting: recorded with every decision and rubric edit. Access control will fill it
 * from the request; until then it is ANONYMOUS unless a mutation names the person.
 */
export interface Actor {
  name: string;
}

export const ANONYMOUS: Actor = { name: '匿名' };

/** What every resolver gets: the data source, this request's batch loaders and who is acting. */
export interface HubContext {
  dataSource: DataSource;
  loaders: Loaders;
  actor: Actor;
}

export function createContext(dataSource: DataSource, actor: Actor = ANONYMOUS): HubContext {
  return { dataSource, loaders: createLoaders(dataSource), actor };
}
