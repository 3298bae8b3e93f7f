import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for secrets at rest (the TOTP secrets). The key is derived with HKDF-SHA256 from
 * the configured key material (TWO_FACTOR_KEY, by default SESSION_SECRET). Output:
 * `v1.<iv>.<tag>.<ciphertext>`, base64url.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(keyMaterial: string) {
    if (!keyMaterial) throw new Error('SecretBox needs key material');
    this.key = Buffer.from(
      hkdfSync('sha256', keyMaterial, 'platform-jep', 'two-factor-secret-box', 32),
    );
  }

  seal(plain: Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    const tag = cipher.getAuthTag();
    return ['v1', iv, tag, data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** The plain bytes, or null when the text was not sealed with this key or was altered. */
  open(sealed: string): Buffer | null {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1') return null;
    try {
      const [iv, tag, data] = parts.slice(1).map((p) => Buffer.from(p, 'base64url'));
      if (iv.length !== 12 || tag.length !== 16) return null;
      const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(data), decipher.final()]);
    } catch {
      return null;
    }
  }
}
