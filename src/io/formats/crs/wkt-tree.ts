// A small reader of Well-Known Text coordinate systems (WKT1 as in .prj
// files, WKT2 as GDAL reports them): KEYWORD[value, value, KEYWORD[…]] into a
// tree, so the CRS recogniser can ask for a parameter by name.

export interface WktNode {
  keyword: string;
  values: Array<string | number | WktNode>;
}

export function parseWkt(text: string): WktNode | null {
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && /\s/.test(text[index])) index++;
  };
  function node(): WktNode | null {
    skipSpace();
    const keyword = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index))?.[0];
    if (!keyword) return null;
    index += keyword.length;
    skipSpace();
    const open = text[index];
    if (open !== "[" && open !== "(") return { keyword: keyword.toUpperCase(), values: [] };
    const close = open === "[" ? "]" : ")";
    index++;
    const values: WktNode["values"] = [];
    for (;;) {
      skipSpace();
      const char = text[index];
      if (char === undefined) return null;
      if (char === close) {
        index++;
        return { keyword: keyword.toUpperCase(), values };
      }
      if (char === ",") {
        index++;
        continue;
      }
      if (char === '"') {
        let end = index + 1;
        let value = "";
        for (; end < text.length; end++) {
          if (text[end] === '"' && text[end + 1] === '"') {
            value += '"';
            end++;
          } else if (text[end] === '"') break;
          else value += text[end];
        }
        values.push(value);
        index = end + 1;
        continue;
      }
      const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(index))?.[0];
      if (number) {
        values.push(Number(number));
        index += number.length;
        continue;
      }
      const child = node();
      if (!child) return null;
      values.push(child);
    }
  }
  const root = node();
  return root;
}

export function children(node: WktNode, ...keywords: string[]): WktNode[] {
  return node.values.filter((value): value is WktNode => typeof value === "object" && keywords.includes(value.keyword));
}

export function child(node: WktNode, ...keywords: string[]): WktNode | undefined {
  return children(node, ...keywords)[0];
}

export function nameOf(node: WktNode | undefined): string {
  return typeof node?.values[0] === "string" ? node.values[0] : "";
}

/** The EPSG code a node carries (WKT2 ID["EPSG",n] or WKT1 AUTHORITY["EPSG","n"]). */
export function epsgCodeIn(node: WktNode | undefined): number | undefined {
  const id = node && child(node, "ID", "AUTHORITY");
  if (!id || String(id.values[0]).toUpperCase() !== "EPSG") return undefined;
  const code = Number(id.values[1]);
  return Number.isFinite(code) ? code : undefined;
}

/** A PARAMETER's number by any of its names (compared without case, spaces or underscores). */
export function parameterValue(node: WktNode, names: readonly string[]): number | undefined {
  const folded = names.map((name) => name.toLowerCase().replace(/[\s_]/g, ""));
  for (const parameter of children(node, "PARAMETER")) {
    if (folded.includes(nameOf(parameter).toLowerCase().replace(/[\s_]/g, "")) && typeof parameter.values[1] === "number") return parameter.values[1];
  }
  return undefined;
}
