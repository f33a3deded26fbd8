import { DataSource } from 'typeorm';
import { Loaders, createLoaders } from '../loaders';

/** What every resolver gets: the data source and this request's batch loaders. */
export interface HubContext {
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource): HubContext {
  return { dataSource, loaders: createLoaders(dataSource) };
}
