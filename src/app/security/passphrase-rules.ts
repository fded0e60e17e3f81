// What a passphrase must be, said plainly: at least 8 characters of any kind
// (Vietnamese letters with diacritics, digits, spaces), or a PIN of at least
// 6 digits. Characters are counted after NFC normalisation, as typed letters.

export const PASSPHRASE_RULE = "Mật khẩu cần ít nhất 8 ký tự bất kỳ (chữ có dấu, chữ số, khoảng trắng đều được), hoặc là mã PIN gồm ít nhất 6 chữ số.";

/** A Vietnamese message when `passphrase` is not accepted, else null. */
export function passphraseProblem(passphrase: string): string | null {
  const normalized = passphrase.normalize("NFC");
  const characters = [...normalized].length;
  if (characters >= 8) return null;
  if (/^\d+$/.test(normalized) && characters >= 6) return null;
  if (/^\d+$/.test(normalized)) return `Mã PIN cần ít nhất 6 chữ số (mới có ${characters}).`;
  return `Mật khẩu quá ngắn (${characters} ký tự). ${PASSPHRASE_RULE}`;
}

export function confirmationProblem(passphrase: string, confirmation: string): string | null {
  return passphrase.normalize("NFC") === confirmation.normalize("NFC") ? null : "Hai lần nhập mật khẩu không giống nhau.";
}
