import { AccountGroup } from './account-group';
import { Company } from './company';
import { PersonalAccount } from './personal-account';

export { AccountGroup, Company, PersonalAccount };
export const entities = [Company, AccountGroup, PersonalAccount];
