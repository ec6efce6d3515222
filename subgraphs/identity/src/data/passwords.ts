import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id`, spelled out: the package exports a const enum, which isolated modules cannot read. */
const ARGON2ID = 2;

/**
 * argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): slow enough to hurt offline guessing,
 * fast enough that login stays well under 100 ms on a 2-core machine.
 */
const PARAMETERS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, PARAMETERS);

let decoy: Promise<string> | undefined;

/**
 * Verifies a password. For an unknown login it still spends the same work on a decoy hash, so response
 * times do not reveal which logins exist.
 */
export async function passwordMatches(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    decoy ??= hashPassword('decoy password that matches nothing');
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
