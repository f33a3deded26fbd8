import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { Assessment1765000000000 } from './1765000000000-assessment';

/** Every migration, oldest first. */
export const MIGRATIONS = [InitialSchema1764000000000, Assessment1765000000000];
