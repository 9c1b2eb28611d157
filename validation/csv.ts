/**
 * A small RFC 4180 CSV reader for the evaluation files.
 *
 * The data sets mix CRLF record ends with bare LF inside quoted fields, start with a BOM
 * (CoNLL-2010) and double quotes inside quoted fields, so a line-based split is not enough.
 * Bare CR or LF outside quotes also ends a record, as spreadsheet exports do.
 */

/** Parses CSV text into records of raw field strings. Blank lines yield no record. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  // True once the current field held a quoted part, so `""` stays an empty field, not a missing one.
  let fieldStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      fieldStarted = true;
      i++;
    } else if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      // A blank line is skipped rather than read as a record with one empty field.
      if (record.length > 0 || fieldStarted) endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      fieldStarted = true;
      i++;
    }
  }
  // A file that does not end with a newline still ends its last record.
  if (fieldStarted || field !== '' || record.length > 0) endRecord();
  return records;
}

/**
 * Parses CSV text whose first record is a header into objects keyed by column name.
 * Missing trailing fields read as ''. Throws on a duplicate column name, which would
 * silently drop data.
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  if (new Set(header).size !== header.length) throw new Error(`duplicate CSV column in: ${header.join(',')}`);
  return rows.map((row) => {
    const out: Record<string, string> = {};
    header.forEach((name, j) => {
      out[name] = row[j] ?? '';
    });
    return out;
  });
}
