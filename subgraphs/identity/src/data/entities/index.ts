import { User } from './user';

export { User };
export const entities = [User];
