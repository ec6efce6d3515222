import {
  bikProblem,
  innProblem,
  kppProblem,
  legalInn,
  legalOgrn,
  ogrnProblem,
  settlementAccount,
  settlementAccountProblem,
} from '../src/requisites';

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

describe('OGRN', () => {
  it.each(['1027700132195', '1027739609391', legalOgrn('102770013219')])('accepts %s', (ogrn) => {
    expect(ogrnProblem(ogrn)).toBeNull();
  });
  it('accepts an OGRNIP of 15 digits with its control digit (modulo 13)', () => {
    expect(ogrnProblem('304500116000157')).toBeNull();
  });
  it.each([
    ['1027700132196', 'control digit does not match'],
    ['304500116000158', 'control digit does not match'],
    ['10277001321', 'must be 13 digits (OGRN) or 15 digits (OGRNIP)'],
    ['10277001321950', 'must be 13 digits (OGRN) or 15 digits (OGRNIP)'],
  ])('refuses %s: %s', (ogrn, problem) => {
    expect(ogrnProblem(ogrn)).toBe(problem);
  });
});

describe('bank details', () => {
  it('checks a settlement account against the BIK with the control key (weights 7, 1, 3)', () => {
    expect(settlementAccountProblem('40702810038000017240', '044525225')).toBeNull(); // a published example
    expect(settlementAccountProblem('40702810038000017241', '044525225')).toBe(
      'does not match the bank (BIK): control key fails',
    );
    expect(settlementAccountProblem('40702810038000017240', '044525974')).not.toBeNull(); // another bank
    expect(settlementAccountProblem('4070281003800001724', '044525225')).toBe('must be 20 digits');
  });
  it('completes an account with the key that fits its bank', () => {
    const account = settlementAccount('044525974', '4070281000000777777');
    expect(account).toHaveLength(20);
    expect(settlementAccountProblem(account, '044525974')).toBeNull();
  });
  it.each([
    ['044525225', null],
    ['04452522', 'must be 9 digits starting with 04'],
    ['144525225', 'must be 9 digits starting with 04'],
  ])('BIK %s', (bik, problem) => {
    expect(bikProblem(bik)).toBe(problem);
  });
});
