/**
 * A strict RFC 4180 reader, for reading the package's CSV files back as a data user's
 * tool would: fields separated by commas, records ending in CRLF (the last one too), a
 * field that holds a comma, a quote or a line break enclosed in double quotes, and a
 * quote inside it doubled. Anything else — a quote inside an unquoted field, text after
 * a closing quote, an unclosed quote, a bare line feed, a missing final CRLF — is an
 * error that says where it is.
 */
export function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new SyntaxError(`CSV, record ${rows.length + 1}, field ${row.length + 1} (offset ${i}): ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unclosed quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += text[i++];
        }
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('a quote inside an unquoted field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i >= text.length) {
      fail('the last record does not end with CRLF');
    } else {
      fail(`${JSON.stringify(text[i])} where a comma or CRLF should be`);
    }
  }
  if (row.length > 0) fail('the last record does not end with CRLF');
  return rows;
}
