// Reads CSV as Excel writes it in Vietnam: comma, semicolon or tab between
// fields (whichever splits the header into the most columns), double quotes
// around fields that hold a separator, CRLF or LF line ends, a UTF-8 BOM.

export interface DelimitedTable {
  delimiter: string;
  header: string[];
  /** Data rows; `line` is the 1-based line number in the file, for messages. */
  rows: Array<{ line: number; cells: string[] }>;
}

function splitRecords(text: string, delimiter: string): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") quoted = true;
    else if (char === delimiter) {
      cells.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      cells.push(field);
      if (cells.some((cell) => cell.trim() !== "")) records.push({ line: recordLine, cells });
      cells = [];
      field = "";
      line++;
      recordLine = line;
    } else field += char;
  }
  cells.push(field);
  if (cells.some((cell) => cell.trim() !== "")) records.push({ line: recordLine, cells });
  return records;
}

export function parseDelimitedText(text: string): DelimitedTable {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [";", "\t", ","].reduce((best, candidate) => (firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best), ",");
  const records = splitRecords(clean, delimiter);
  const [header, ...rows] = records;
  return { delimiter, header: (header?.cells ?? []).map((cell) => cell.trim()), rows };
}
