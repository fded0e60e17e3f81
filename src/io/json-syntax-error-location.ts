// Finds the 1-based line and column of a JSON.parse error from the engine's
// message, so the officer can open the file at the broken spot. Runs only after
// a failed parse; returns {} when the engine gave nothing usable.

export interface TextLocation {
  line?: number;
  column?: number;
}

/** Characters V8 shows on each side of the bad token in "Unexpected token" messages. */
const V8_CONTEXT = 10;

export function syntaxErrorLocation(text: string, message: string): TextLocation {
  // V8 ("… at position 7 (line 1 column 8)") and Firefox ("… at line 1 column 8 of the JSON data").
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return locationOfOffset(text, Number(position[1]));
  if (/unexpected end/i.test(message)) return locationOfOffset(text, text.length);
  const offset = offsetFromV8Snippet(text, message);
  return offset === null ? {} : locationOfOffset(text, offset);
}

/**
 * V8 says e.g. `Unexpected token ']', ..."16,17,18,]" is not valid JSON`, quoting
 * the text around the token: from 10 characters before it when the quote starts
 * with "...", else from the start of the text. The quote must occur once.
 */
function offsetFromV8Snippet(text: string, message: string): number | null {
  const match = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!match) return null;
  const [, token, cutBefore, snippet, cutAfter] = match;
  if (cutBefore) {
    const start = text.indexOf(snippet);
    return start >= 0 && start === text.lastIndexOf(snippet) ? start + V8_CONTEXT : null;
  }
  if (cutAfter) return text.startsWith(snippet) ? snippet.length - V8_CONTEXT : null;
  const at = text.indexOf(token);
  return at >= 0 && at === text.lastIndexOf(token) ? at : null;
}

function locationOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
