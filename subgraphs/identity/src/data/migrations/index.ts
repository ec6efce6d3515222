import { Init1764000000000 } from './1764000000000-init';

/** Every migration, oldest first. */
export const migrations = [Init1764000000000];
