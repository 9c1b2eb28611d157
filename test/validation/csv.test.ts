import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvObjects } from '../../validation/csv.js';

describe('parseCsv', () => {
  it('reads plain fields and LF records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads CRLF records and a last record without a newline', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps commas, newlines and doubled quotes inside quoted fields', () => {
    const text = 'id,text\r\n1,"one, two"\r\n2,"line 1\nline 2\r\nline 3"\r\n3,"she said ""hi"""\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text'],
      ['1', 'one, two'],
      ['2', 'line 1\nline 2\r\nline 3'],
      ['3', 'she said "hi"'],
    ]);
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(parseCsv('\uFEFF"1","x"\r\n"-1","y"\r\n')).toEqual([
      ['1', 'x'],
      ['-1', 'y'],
    ]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(parseCsv('a,,c,""\n,\n""\n')).toEqual([['a', '', 'c', ''], ['', ''], ['']]);
  });

  it('skips blank lines and returns nothing for empty text', () => {
    expect(parseCsv('a\n\n\r\nb\n')).toEqual([['a'], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('keeps non-ASCII text', () => {
    expect(parseCsv('x,"naïve — “quoted” 😊"\n')).toEqual([['x', 'naïve — “quoted” 😊']]);
  });
});

describe('parseCsvObjects', () => {
  it('keys records by the header and fills missing trailing fields with ""', () => {
    expect(parseCsvObjects('id,level,rationales\r\n1,2,\r\n2,0\r\n')).toEqual([
      { id: '1', level: '2', rationales: '' },
      { id: '2', level: '0', rationales: '' },
    ]);
  });

  it('rejects duplicate column names', () => {
    expect(() => parseCsvObjects('a,a\n1,2\n')).toThrow(/duplicate/);
  });

  it('returns no rows for a header-only or empty file', () => {
    expect(parseCsvObjects('a,b\n')).toEqual([]);
    expect(parseCsvObjects('')).toEqual([]);
  });
});
