// Password hashing with Argon2id at the OWASP minimum the issue asks for:
// 19 MiB memory, 2 passes, 1 lane. The PHC string stores the parameters, so
// stronger settings later still verify old hashes.

import { hash, verify, type Algorithm } from "@node-rs/argon2";

// Algorithm.Argon2id: the package declares a const enum, which does not exist at run time.
const ARGON2ID_ALGORITHM = 2 as Algorithm;
const ARGON2ID = { algorithm: ARGON2ID_ALGORITHM, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** Verified against when the username does not exist, so timing does not reveal which accounts exist. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-never-used");
  return decoyHash;
}
