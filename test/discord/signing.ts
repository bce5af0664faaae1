import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An Ed25519 key pair standing in for a Discord application's, and requests signed as Discord signs them. */
export function discordKeys(): { publicKeyHex: string; sign(body: string, timestamp?: string): Record<string, string> } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { publicKeyHex: rawHex(publicKey), sign: (body, timestamp) => signedHeaders(privateKey, body, timestamp) };
}

function rawHex(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('hex');
}

function signedHeaders(privateKey: KeyObject, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

/** POSTs an interaction to the bot's endpoint; `headers` decide whether it is correctly signed. */
export async function postInteraction(url: string, body: string, headers: Record<string, string>): Promise<{ status: number; text: string; json: unknown }> {
  const response = await fetch(url, { method: 'POST', body, headers });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Refusals carry no body.
  }
  return { status: response.status, text, json };
}
