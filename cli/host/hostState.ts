import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isVenueRole, type VenueRole } from '../../shared/codecs/venue/roles';

/** A laptop that joined: its token is kept only as a hash, so the host's files do not let anyone in. */
export interface JoinedLaptop {
  deviceId: string;
  name: string;
  role: VenueRole;
  database: string;
  tokenSha256: string;
  pairedAt: string;
  revokedAt: string | null;
}

export interface PairingCode {
  code: string;
  role: VenueRole;
  /** The event's database; null for the first laptop, which brings its event. */
  database: string | null;
  expiresAt: number;
}

export const CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;
const MAX_CODES = 1_000;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

/** The host's state under its data folder: the laptops joined (laptops.json) and the admin token. */
export class HostState {
  private readonly laptopsFile: string;
  private laptops: JoinedLaptop[];
  private readonly codes = new Map<string, PairingCode>();
  readonly adminToken: string;

  constructor(readonly dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.laptopsFile = path.join(dataDir, 'laptops.json');
    this.laptops = existsSync(this.laptopsFile) ? readLaptops(this.laptopsFile) : [];
    const adminFile = path.join(dataDir, 'admin-token');
    if (!existsSync(adminFile)) writeFileSync(adminFile, newSecret(), { mode: 0o600 });
    this.adminToken = readFileSync(adminFile, 'utf8').trim();
  }

  newCode(role: VenueRole, database: string | null, now: number): PairingCode {
    for (const [code, entry] of this.codes) if (entry.expiresAt <= now) this.codes.delete(code);
    if (this.codes.size >= MAX_CODES) this.codes.delete(this.codes.keys().next().value!);
    const entry = {
      code: randomBytes(18).toString('base64url'),
      role,
      database,
      expiresAt: now + CODE_LIFETIME_MS,
    };
    this.codes.set(entry.code, entry);
    return entry;
  }

  /** The code's grant, if it is still good, without spending it. */
  peekCode(code: string, now: number): PairingCode | null {
    const entry = this.codes.get(code);
    return entry && entry.expiresAt > now ? entry : null;
  }

  /** Spends a code: it lets one laptop in, once. */
  takeCode(code: string, now: number): PairingCode | null {
    const entry = this.codes.get(code);
    this.codes.delete(code);
    return entry && entry.expiresAt > now ? entry : null;
  }

  /** Joins a laptop (again, with a new token, if it had joined before) and returns its token. */
  join(laptop: Omit<JoinedLaptop, 'tokenSha256' | 'revokedAt'>): string {
    const token = newSecret();
    this.laptops = this.laptops.filter(
      (l) => !(l.deviceId === laptop.deviceId && l.database === laptop.database),
    );
    this.laptops.push({ ...laptop, tokenSha256: sha256Hex(token), revokedAt: null });
    this.save();
    return token;
  }

  laptopOfToken(token: string): JoinedLaptop | null {
    const hash = sha256Hex(token);
    return this.laptops.find((l) => l.tokenSha256 === hash && !l.revokedAt) ?? null;
  }

  laptopsOf(database: string): readonly JoinedLaptop[] {
    return this.laptops.filter((l) => l.database === database);
  }

  revoke(database: string, deviceId: string, at: string): JoinedLaptop | null {
    const laptop = this.laptops.find((l) => l.database === database && l.deviceId === deviceId);
    if (!laptop) return null;
    laptop.revokedAt ??= at;
    this.save();
    return laptop;
  }

  private save(): void {
    const temporary = `${this.laptopsFile}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.laptops, null, 2), { mode: 0o600 });
    renameSync(temporary, this.laptopsFile);
  }
}

function readLaptops(file: string): JoinedLaptop[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: not a list of laptops`);
  return parsed.filter(
    (l): l is JoinedLaptop =>
      typeof l?.deviceId === 'string' && typeof l?.tokenSha256 === 'string' && isVenueRole(l?.role),
  );
}
