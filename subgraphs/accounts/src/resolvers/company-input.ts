import { type FieldProblem, innProblem, kppProblem, TEXT_MAX, textProblems } from '@kabinet/kit';

export interface CompanyInput {
  name: string;
  inn: string;
  kpp: string;
  legalAddress: string;
}

const problemOf = (field: string, message: string | null): FieldProblem[] =>
  message ? [{ field, message }] : [];

/** Every problem of a company's requisites at once, each naming its field. */
export function companyInputProblems(input: CompanyInput): FieldProblem[] {
  return [
    ...textProblems('name', input.name, { min: 2, max: TEXT_MAX.companyName, name: true }),
    ...problemOf('inn', innProblem(input.inn)),
    ...problemOf('kpp', kppProblem(input.kpp)),
    ...textProblems('legalAddress', input.legalAddress, { min: 5, max: TEXT_MAX.address }),
  ];
}
