import { type FieldProblem, innProblem, kppProblem } from '@kabinet/kit';

export interface CompanyInput {
  name: string;
  inn: string;
  kpp: string;
  legalAddress: string;
}

/** Every problem of a company's requisites at once, each naming its field. */
export function companyInputProblems(input: CompanyInput): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [
    input.name.trim().length < 2 ? { field: 'name', message: 'must be at least 2 characters' } : null,
    input.name.length > 300 ? { field: 'name', message: 'must be at most 300 characters' } : null,
    ((message) => (message ? { field: 'inn', message } : null))(innProblem(input.inn)),
    ((message) => (message ? { field: 'kpp', message } : null))(kppProblem(input.kpp)),
    input.legalAddress.trim().length < 5
      ? { field: 'legalAddress', message: 'must be at least 5 characters' }
      : null,
  ];
  return problems.filter((p): p is FieldProblem => p !== null);
}
