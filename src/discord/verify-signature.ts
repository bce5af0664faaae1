import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * Discord signs every interaction it POSTs: Ed25519 over timestamp + raw body, with the
 * application's public key (64 hex characters) shown in the developer portal.
 */
export function signatureVerifier(publicKeyHex: string): (timestamp: string, body: Buffer, signatureHex: string) => boolean {
  const key = publicKeyFromHex(publicKeyHex);
  return (timestamp, body, signatureHex) => {
    if (!/^[0-9a-f]{128}$/i.test(signatureHex) || timestamp.length === 0) return false;
    try {
      return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
    } catch {
      return false;
    }
  };
}

function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error('discord: DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}
