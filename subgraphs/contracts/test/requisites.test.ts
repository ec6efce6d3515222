import { innProblem, kppProblem, legalInn } from '../src/requisites';

describe('INN', () => {
  it.each(['7707083893', '7736207543', '500100732259', legalInn('123456789')])('accepts %s', (inn) => {
    expect(innProblem(inn)).toBeNull();
  });

  it.each([
    ['7707083894', 'checksum does not match'],
    ['500100732258', 'checksum does not match'],
    ['500100732269', 'checksum does not match'],
    ['0000000000', 'cannot be all zeros'],
    ['000000000000', 'cannot be all zeros'],
    ['77070838', 'must be 10 digits (legal entity) or 12 digits (individual)'],
    ['77070838931', 'must be 10 digits (legal entity) or 12 digits (individual)'],
    ['７７０７０８３８９３', 'must be 10 digits (legal entity) or 12 digits (individual)'],
    [' 7707083893', 'must be 10 digits (legal entity) or 12 digits (individual)'],
  ])('refuses %s: %s', (inn, problem) => {
    expect(innProblem(inn)).toBe(problem);
  });
});

describe('KPP', () => {
  it.each(['770101001', '7701AB001', '773301001'])('accepts %s', (kpp) => expect(kppProblem(kpp)).toBeNull());
  it.each(['77010100', '7701ab001', '77010100A', 'AB0101001', ''])('refuses "%s"', (kpp) =>
    expect(kppProblem(kpp)).toMatch(/must match/),
  );
});
