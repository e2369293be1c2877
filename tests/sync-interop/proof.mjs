// A device's proof for the Mirai sync server, in plain Node (node:crypto's Ed25519), written
// from the protocol's description (`crates/mirai-sync/src/client.rs`) and not from the Rust code:
// the JavaScript interop peer and the app's end-to-end test use it as any other client would.

import crypto from "node:crypto";

const CONTEXT = Buffer.from("mirai-sync device challenge v1", "ascii");
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** The device key from its 32-byte seed (64 hex digits): the signing key and the public key in hex. */
export function deviceKey(seed) {
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(seed, "hex")]),
    format: "der",
    type: "pkcs8",
  });
  const spki = crypto.createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return { privateKey, device: spki.subarray(spki.length - 32).toString("hex") };
}

/** `ws://HOST:PORT/path` → the HTTP base, and the authority a proof is signed for (HOST:PORT
 *  exactly as dialed; the port is left out only when it is the default). */
export function endpoints(syncUrl) {
  const url = new URL(syncUrl);
  if (url.protocol !== "ws:") throw new Error(`a test sync URL is ws://HOST:PORT/sync, not ${syncUrl}`);
  return { url, authority: url.host, httpBase: `http://${url.host}` };
}

/** A fresh challenge from the server, signed for its authority: `{device, nonce, sig}`. */
export async function prove(syncUrl, key) {
  const { url, authority, httpBase } = endpoints(syncUrl);
  const response = await fetch(`${httpBase}${url.pathname.replace(/\/$/, "")}/challenge`);
  if (!response.ok) throw new Error(`GET challenge answered ${response.status}`);
  const { nonce } = await response.json();
  if (!/^[0-9a-f]{64}$/.test(nonce)) throw new Error(`unreadable challenge nonce ${JSON.stringify(nonce)}`);
  const server = Buffer.from(authority, "utf8");
  const length = Buffer.alloc(2);
  length.writeUInt16BE(server.length);
  const message = Buffer.concat([CONTEXT, length, server, Buffer.from(nonce, "hex")]);
  const sig = crypto.sign(null, message, key.privateKey).toString("hex");
  return { device: key.device, nonce, sig };
}

/** POSTs a fresh proof to `path` (`/v1/...`) and answers `{status, body}`, the body parsed when JSON. */
export async function signedPost(syncUrl, key, path) {
  const { httpBase } = endpoints(syncUrl);
  const response = await fetch(`${httpBase}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(await prove(syncUrl, key)),
  });
  const text = await response.text();
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the caller's message.
  }
  return { status: response.status, body };
}
