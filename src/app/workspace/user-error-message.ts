// What the officer reads when something fails: our own errors are written in
// Vietnamese and are shown as they are; anything else (a TypeError from a
// library, "Failed to fetch", "e is not iterable") is replaced by the
// caller's Vietnamese sentence and logged for developers only.

const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const ENGLISH_ENGINE_WORDING = /TypeError|ReferenceError|undefined|is not (a |iterable)|Cannot read|Failed to|Invalid Date|NaN\b|\[object /;

export function isUserFacingMessage(message: string): boolean {
  return VIETNAMESE_LETTER.test(message) && !ENGLISH_ENGINE_WORDING.test(message);
}

export function userErrorMessage(error: unknown, fallback: string): string {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (message !== "" && isUserFacingMessage(message)) return message;
  console.error(error);
  return fallback;
}
