import { TEXT_MAX, textProblems } from '../src/core/text';

describe('textProblems', () => {
  it('refuses a text over its limit, counting characters as people do', () => {
    expect(textProblems('fullName', 'я'.repeat(200_001), { max: TEXT_MAX.name })).toEqual([
      { field: 'fullName', message: 'must be at most 200 characters' },
    ]);
    expect(textProblems('fullName', 'я'.repeat(200), { max: TEXT_MAX.name })).toEqual([]);
    // 200 emoji are 400 UTF-16 units but 200 characters.
    expect(textProblems('fullName', '😀'.repeat(200), { max: 200 })).toEqual([]);
    expect(textProblems('fullName', '😀'.repeat(201), { max: 200 })).toHaveLength(1);
  });

  it('requires the fewest characters once trimmed, and a required text to be there', () => {
    expect(textProblems('name', '  ', { max: 100, min: 1 })).toEqual([
      { field: 'name', message: 'is required' },
    ]);
    expect(textProblems('name', ' a ', { max: 100, min: 2 })).toEqual([
      { field: 'name', message: 'must be at least 2 characters' },
    ]);
    expect(textProblems('number', null, { max: 50, min: 1 })).toEqual([
      { field: 'number', message: 'is required' },
    ]);
    expect(textProblems('comment', undefined, { max: 2000 })).toEqual([]);
    expect(textProblems('comment', '', { max: 2000 })).toEqual([]);
  });

  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069', '200E', '200F', '061C'])(
    'refuses U+%s in a name',
    (hex) => {
      const control = String.fromCodePoint(Number.parseInt(hex, 16));
      expect(textProblems('fullName', `Иванов${control}вонавИ`, { max: 200, name: true })).toEqual([
        { field: 'fullName', message: 'must not contain characters that change the direction of text' },
      ]);
    },
  );

  it('lets other texts carry direction marks (Arabic or Hebrew in a comment needs them)', () => {
    expect(textProblems('comment', 'שלום\u200F, привет', { max: 2000 })).toEqual([]);
    expect(textProblems('fullName', 'Ёлкина-Д’Арк Мария', { max: 200, name: true })).toEqual([]);
  });
});
