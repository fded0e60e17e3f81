// The gate in front of the whole app: the passphrase set-up on first start,
// the lock screen on every later start (each tab asks for itself), the
// one-time encryption of older records with its progress — and, once
// unlocked, the app itself, with the idle lock running and a lock from any
// other tab honoured.

import { type ReactNode, useEffect, useState } from "react";
import { encryptionPending, readKeyring } from "./security-storage";
import { encryptStoredRecords } from "./device-session";
import { lockThisTab, onLockElsewhere } from "./lock-channel";
import { useIdleLock } from "./use-idle-lock";
import { PassphraseSetup } from "./PassphraseSetup";
import { LockScreen } from "./LockScreen";
import { EncryptionProgress } from "./EncryptionProgress";
import "./device-security.css";

type GateState = "setup" | "locked" | "encrypting" | "unlocked";

export function DeviceSecurityGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>(() => (readKeyring() ? "locked" : "setup"));
  const opened = () => setState(encryptionPending() ? "encrypting" : "unlocked");
  // A lock (or a wipe) in another tab reaches this one in every state: it starts again from the top.
  useEffect(() => onLockElsewhere(lockThisTab), []);

  if (state === "setup") return <PassphraseSetup onDone={opened} />;
  if (state === "locked") return <LockScreen onUnlocked={opened} />;
  if (state === "encrypting") return <EncryptionProgress run={encryptStoredRecords} onDone={() => setState("unlocked")} />;
  return <Unlocked>{children}</Unlocked>;
}

function Unlocked({ children }: { children: ReactNode }) {
  useIdleLock();
  return <>{children}</>;
}
