import { type FieldProblem, innProblem, kppProblem, TEXT_MAX, textProblems } from '@kabinet/kit';
import type { CreateCompanyInput } from '../generated/schema';

const problemOf = (field: string, message: string | null): FieldProblem[] =>
  message ? [{ field, message }] : [];

/** Every problem of a company's requisites at once, each naming its field. */
export function companyInputProblems(input: CreateCompanyInput): FieldProblem[] {
  return [
    ...textProblems('name', input.name, { min: 2, max: TEXT_MAX.companyName, name: true }),
    ...problemOf('inn', innProblem(input.inn)),
    ...problemOf('kpp', kppProblem(input.kpp)),
    ...textProblems('legalAddress', input.legalAddress, { min: 5, max: TEXT_MAX.address }),
  ];
}
