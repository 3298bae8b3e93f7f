import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { calculateJwkThumbprint } from 'jose';
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** An Ed25519 key as JWK (RFC 8037): `x` is the public key, `d` the private one. */
export interface Ed25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d?: string;
}

/** One key in the key file, oldest first. `kid` is the RFC 7638 thumbprint of the public key. */
export interface StoredSigningKey {
  kid: string;
  /** ISO 8601, UTC */
  createdAt: string;
  privateJwk: Ed25519Jwk & { d: string };
  publicJwk: Ed25519Jwk;
}

/** A public key as published in the JWKS: `kid` is the key's URL (see `SigningKeys.keyUrl`). */
export interface PublishedJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

interface KeyFile {
  version: 1;
  keys: StoredSigningKey[];
}

interface LoadedKey {
  stored: StoredSigningKey;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export class SigningKeyFileError extends Error {}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isEd25519Jwk(value: unknown, needPrivate: boolean): value is Ed25519Jwk {
  if (!value || typeof value !== 'object') return false;
  const jwk = value as Record<string, unknown>;
  return (
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.x === 'string' &&
    BASE64URL.test(jwk.x) &&
    (!needPrivate || (typeof jwk.d === 'string' && BASE64URL.test(jwk.d)))
  );
}

function publicPart(jwk: Ed25519Jwk): Ed25519Jwk {
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x };
}

/** A new Ed25519 key pair with its thumbprint as kid. */
async function newKey(now: Date): Promise<StoredSigningKey> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as Ed25519Jwk & { d: string };
  const privateJwk = { kty: 'OKP' as const, crv: 'Ed25519' as const, x: jwk.x, d: jwk.d };
  const publicJwk = publicPart(privateJwk);
  return {
    kid: await calculateJwkThumbprint(publicJwk, 'sha256'),
    createdAt: now.toISOString(),
    privateJwk,
    publicJwk,
  };
}

/**
 * The keys that sign certificate credentials, kept in one JSON file (`CERTIFICATE_KEY_FILE`,
 * mode 0600). The file is created with one Ed25519 key at the first start; `rotate()` adds a
 * key at the end and keeps the old ones. The newest (last) key signs; every key in the file
 * verifies and is published, so a credential signed before a rotation stays valid.
 *
 * The file is read again when it changes on disk, so `npm run keys:rotate` takes effect in a
 * running instance at its next signature without a restart. Several instances must share the
 * same file (or copies of it): each verifies with the keys it has.
 */
@Injectable()
export class SigningKeys implements OnModuleInit {
  private readonly logger = new Logger('SigningKeys');
  private keys: LoadedKey[] = [];
  /** mtime and size of the file as last read, to notice a rotation by another process */
  private seen: { mtimeMs: number; size: number } | null = null;
  private loading: Promise<void> | null = null;
  private rotation: Promise<unknown> = Promise.resolve();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get file(): string {
    return this.config.certificateKeyFile;
  }

  /** Loads the key file, or creates it with a first key when there is none. */
  async onModuleInit(): Promise<void> {
    await this.ready();
  }

  /** The key that signs now: the newest. */
  async current(): Promise<{ kid: string; keyUrl: string; privateKey: KeyObject }> {
    await this.ready();
    const newest = this.keys[this.keys.length - 1];
    return {
      kid: newest.stored.kid,
      keyUrl: this.keyUrl(newest.stored.kid),
      privateKey: newest.privateKey,
    };
  }

  /** The public key with this kid (thumbprint), or null when it is not one of ours. */
  async publicKey(kid: string): Promise<KeyObject | null> {
    await this.ready();
    return this.keys.find((k) => k.stored.kid === kid)?.publicKey ?? null;
  }

  /** All public keys, oldest first. */
  async all(): Promise<{ kid: string; createdAt: string; publicKey: KeyObject }[]> {
    await this.ready();
    return this.keys.map((k) => ({
      kid: k.stored.kid,
      createdAt: k.stored.createdAt,
      publicKey: k.publicKey,
    }));
  }

  /** The JWK Set published at `/.well-known/jwks.json`: every key, newest first. */
  async jwks(): Promise<{ keys: PublishedJwk[] }> {
    await this.ready();
    return { keys: [...this.keys].reverse().map((k) => this.published(k.stored)) };
  }

  /** One published public key, or null. */
  async jwk(kid: string): Promise<PublishedJwk | null> {
    await this.ready();
    const key = this.keys.find((k) => k.stored.kid === kid);
    return key ? this.published(key.stored) : null;
  }

  /**
   * The URL of a key, used as `kid` in the JWS header and the JWKS: Open Badges 3.0 asks for a
   * kid that dereferences to the JWK. It answers at `GET /.well-known/jwks/<thumbprint>.json`.
   */
  keyUrl(kid: string): string {
    return `${this.config.baseUrl}/.well-known/jwks/${kid}.json`;
  }

  /** The thumbprint a header kid names, when it is one of our key URLs or a bare thumbprint. */
  kidFromHeader(kid: unknown): string | null {
    if (typeof kid !== 'string' || kid.length > 300) return null;
    const prefix = `${this.config.baseUrl}/.well-known/jwks/`;
    const id = kid.startsWith(prefix) && kid.endsWith('.json') ? kid.slice(prefix.length, -5) : kid;
    return BASE64URL.test(id) ? id : null;
  }

  /**
   * Adds a new signing key and keeps the old ones (they still verify). Reads the file first, so
   * a rotation made elsewhere is not lost. Returns the new key's kid.
   */
  rotate(now = new Date()): Promise<{ kid: string; createdAt: string }> {
    // One rotation at a time in this process, so two at once cannot lose a key.
    const next = this.rotation.then(async () => {
      await this.ready();
      await this.reloadIfChanged(true); // a rotation made elsewhere since is kept
      const key = await newKey(now);
      const file: KeyFile = { version: 1, keys: [...this.keys.map((k) => k.stored), key] };
      await this.write(file, false);
      await this.reloadIfChanged(true);
      this.logger.log(`Certificate signing key rotated: new kid ${key.kid}`);
      return { kid: key.kid, createdAt: key.createdAt };
    });
    this.rotation = next.catch(() => undefined);
    return next;
  }

  private published(stored: StoredSigningKey): PublishedJwk {
    return {
      ...(publicPart(stored.publicJwk) as { kty: 'OKP'; crv: 'Ed25519'; x: string }),
      kid: this.keyUrl(stored.kid),
      alg: 'EdDSA',
      use: 'sig',
    };
  }

  private async ready(): Promise<void> {
    if (!this.loading) {
      this.loading = this.loadOrCreate().catch((error: unknown) => {
        this.loading = null;
        throw error;
      });
    }
    await this.loading;
    await this.reloadIfChanged(false);
  }

  private async loadOrCreate(): Promise<void> {
    if (!(await this.exists())) {
      const first = await newKey(new Date());
      const created = await this.write({ version: 1, keys: [first] }, true);
      if (created) {
        this.logger.log(`Certificate signing key created in ${this.file} (kid ${first.kid})`);
      }
    }
    await this.reloadIfChanged(true);
  }

  private async exists(): Promise<boolean> {
    try {
      await fs.stat(this.file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Reads the file when it changed since the last read (or always, when forced). */
  private async reloadIfChanged(force: boolean): Promise<void> {
    let stat;
    try {
      stat = await fs.stat(this.file);
    } catch (error) {
      // Gone while running: keep signing and verifying with the keys in memory.
      if (this.keys.length && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (!force && this.seen && this.seen.mtimeMs === stat.mtimeMs && this.seen.size === stat.size)
      return;
    if ((stat.mode & 0o077) !== 0) {
      this.logger.warn(
        `${this.file} can be read by others (mode ${(stat.mode & 0o777).toString(8)}); use 0600`,
      );
    }
    const text = await fs.readFile(this.file, 'utf8');
    this.keys = await this.parse(text);
    this.seen = { mtimeMs: stat.mtimeMs, size: stat.size };
  }

  private async parse(text: string): Promise<LoadedKey[]> {
    const fail = (why: string) =>
      new SigningKeyFileError(`Certificate key file ${this.file} is not usable: ${why}`);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw fail('not valid JSON');
    }
    const keys = (data as Partial<KeyFile> | null)?.keys;
    if (!Array.isArray(keys) || keys.length === 0) throw fail('no "keys" list');
    const loaded: LoadedKey[] = [];
    for (const [i, entry] of (keys as unknown[]).entries()) {
      const k = entry as Partial<StoredSigningKey> | null;
      if (
        !k ||
        typeof k.kid !== 'string' ||
        typeof k.createdAt !== 'string' ||
        Number.isNaN(Date.parse(k.createdAt)) ||
        !isEd25519Jwk(k.privateJwk, true) ||
        !isEd25519Jwk(k.publicJwk, false) ||
        k.privateJwk.x !== k.publicJwk.x
      ) {
        throw fail(`key ${i + 1} is incomplete`);
      }
      if ((await calculateJwkThumbprint(publicPart(k.publicJwk), 'sha256')) !== k.kid)
        throw fail(`key ${i + 1}: kid is not the thumbprint of its public key`);
      let privateKey: KeyObject;
      let publicKey: KeyObject;
      try {
        privateKey = createPrivateKey({ key: { ...k.privateJwk }, format: 'jwk' });
        publicKey = createPublicKey({ key: { ...publicPart(k.publicJwk) }, format: 'jwk' });
      } catch {
        throw fail(`key ${i + 1} is not a valid Ed25519 key`);
      }
      if (createPublicKey(privateKey).export({ format: 'jwk' }).x !== k.publicJwk.x)
        throw fail(`key ${i + 1}: public and private key do not belong together`);
      if (loaded.some((l) => l.stored.kid === k.kid))
        throw fail(`key ${i + 1} is in the file twice`);
      loaded.push({ stored: k as StoredSigningKey, privateKey, publicKey });
    }
    // File order is age order: rotate() appends, and the last key signs.
    return loaded;
  }

  /**
   * Writes the file atomically with mode 0600 (a temporary file, then rename). With `exclusive`
   * it only creates: when another process created the file first, theirs is kept and false is
   * returned.
   */
  private async write(file: KeyFile, exclusive: boolean): Promise<boolean> {
    await fs.mkdir(dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      if (!exclusive) {
        await fs.rename(temp, this.file);
        return true;
      }
      try {
        await fs.link(temp, this.file); // fails when the file exists: never overwrites a key
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
      }
      // A file system without hard links: an exclusive copy, then the mode made sure.
      try {
        await fs.copyFile(temp, this.file, fsConstants.COPYFILE_EXCL);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
      await fs.chmod(this.file, 0o600);
      return true;
    } finally {
      await fs.rm(temp, { force: true });
    }
  }
}
