// Asked when "Nhập dữ liệu" meets an encrypted exchange package (Mật data):
// the passphrase the sender set at export. A wrong one says so and asks
// again; nothing is imported until the package opens.

import { useState } from "react";

interface Props {
  fileName: string;
  /** The message of a wrong passphrase, or null at the first ask. */
  wrong: string | null;
  onOpen: (passphrase: string) => void;
  onCancel: () => void;
}

export function PackagePassphraseForm({ fileName, wrong, onOpen, onCancel }: Props) {
  const [passphrase, setPassphrase] = useState("");
  return (
    <form
      className="import-report package-passphrase"
      aria-label={`Mở gói mã hóa “${fileName}”`}
      onSubmit={(event) => {
        event.preventDefault();
        if (passphrase) onOpen(passphrase);
      }}
    >
      <strong>Gói “{fileName}” chứa dữ liệu MẬT và đã được mã hóa.</strong>
      <label>
        Mật khẩu gói
        <input type="password" autoComplete="off" value={passphrase} autoFocus onChange={(event) => setPassphrase(event.target.value)} />
      </label>
      {wrong && (
        <p className="error" role="alert">
          {wrong}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={passphrase.length === 0}>
          Mở gói
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
