// The API's house rules: every type and field described, conventional names, no Float for money, and lists of
// objects that can grow paged as connections unless declared small.
import { buildSchema } from 'graphql';
import { lintSchema } from '../src/lint';

const GOOD = `
  type Query { "The company" company: Company }
  "A customer" type Company {
    "Its accounts, paged" accounts(first: Int): [Account!]!
    "Its branches, a few" branches: [Branch!]!
  }
  "An account" type Account { "Balance in kopecks" balance: Int! "State" status: Status! }
  "A branch" type Branch { "Its name" name: String! }
  "Account state" enum Status { ACTIVE FROZEN_BY_CUSTOMER }`;

describe('the schema lint', () => {
  it('passes a schema that keeps the rules (a small list declared as such)', () => {
    expect(lintSchema(buildSchema(GOOD), ['Company.branches'])).toEqual([]);
  });

  it('names every broken rule, where', () => {
    const bad = buildSchema(`
      type Query { company: Company }
      type Company { Accounts(first: Int): [Account!]! users: [User!]! }
      "An account" type Account { "Balance" balance: Float! "State" status: status }
      "A user" type User { "Name" full_name: String }
      "State" enum status { active }`);
    expect(lintSchema(bad, []).sort()).toEqual(
      [
        'Company: needs a description',
        'Company.Accounts: field names are camelCase',
        'Company.Accounts: needs a description',
        'Company.users: needs a description',
        'Company.users: a list of objects without paging — make it a connection (first/after), or name it in schema/bounded-lists.md with why it stays small',
        'Account.balance: money is never a Float (integer minor units, or Money)',
        'User.full_name: field names are camelCase',
        'status: type names are PascalCase',
        'status.active: enum values are UPPER_SNAKE',
        'Query.company: needs a description',
      ].sort(),
    );
  });
});
