// A peer of Mirai's sync server made of the official automerge-repo JavaScript client, for
// sync-server/tests/interop.rs: it proves its Ed25519 device key, optionally redeems a pairing
// code, connects with WebSocketClientAdapter under its key's hex as peer id, creates or finds a
// document, edits it, and reports what it ended up with.
//
// stdout carries only events, one JSON object per line, in this order (each only when asked):
//   {"document": "<id>"}   --create: the server has acknowledged the new document
//   {"code": "<code>"}     --print-pairing-code: a pairing code for this device's account
//   {"ready": true}        --wait-go: set up; now waiting for a line "go" on stdin
//   {"keys": [...], "heads": [...]}  the end: sorted top-level keys and sorted hex heads, once
//                          the document has --expect keys and the server has all of them
// Logs go to stderr. Exit 0 after the last event; 1 with a message on stderr on any failure,
// including --timeout.
//
//   node peer.mjs --url ws://127.0.0.1:40123/sync --seed <64 hex>
//     [--pair-code CODE] (--create | --doc <id>) [--print-pairing-code] [--wait-go]
//     [--edits N --prefix P] [--expect K] [--timeout ms]

import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Repo, decodeHeads } from "@automerge/automerge-repo";
// (2.x has no NodeWSClientAdapter any more: WebSocketClientAdapter runs on Node through isomorphic-ws.)
import { WebSocketClientAdapter } from "@automerge/automerge-repo-network-websocket";
import { deviceKey, endpoints, prove as proveFor, signedPost } from "./proof.mjs";

function fail(message) {
  process.stderr.write(`peer.mjs: ${message}\n`);
  process.exit(1);
}

function log(message) {
  process.stderr.write(`peer.mjs: ${message}\n`);
}

function emit(event) {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    seed: { type: "string" },
    create: { type: "boolean", default: false },
    doc: { type: "string" },
    "pair-code": { type: "string" },
    "print-pairing-code": { type: "boolean", default: false },
    "wait-go": { type: "boolean", default: false },
    edits: { type: "string", default: "0" },
    prefix: { type: "string", default: "js" },
    expect: { type: "string" },
    timeout: { type: "string", default: "60000" },
  },
  strict: true,
});

if (!args.url) fail("--url ws://HOST:PORT/sync is required");
if (!args.seed || !/^[0-9a-f]{64}$/.test(args.seed)) fail("--seed must be 64 lowercase hex digits");
if (args.create === Boolean(args.doc)) fail("give exactly one of --create and --doc <id>");
const edits = Number.parseInt(args.edits, 10);
const expect = args.expect === undefined ? undefined : Number.parseInt(args.expect, 10);
const timeout = Number.parseInt(args.timeout, 10);

// Filled in as the peer gets further, for the timeout's message.
let stage = "starting";
let describe = () => "";
setTimeout(() => fail(`timed out after ${timeout} ms while ${stage}${describe()}`), timeout).unref();

// 1. The device key.
const key = deviceKey(args.seed);
const device = key.device;

if (new URL(args.url).protocol !== "ws:") fail(`--url must be ws://HOST:PORT/sync, not ${args.url}`);
const { url: syncUrl } = endpoints(args.url);

// 2. A proof: a fresh challenge, signed for this server's authority.
async function prove() {
  try {
    return await proveFor(args.url, key);
  } catch (error) {
    fail(error.message);
  }
}

async function post(path, what) {
  const { status, body } = await signedPost(args.url, key, path).catch((error) => fail(`${what}: ${error.message}`));
  if (status < 200 || status >= 300) fail(`${what}: POST ${path} answered ${status} ${JSON.stringify(body)}`);
  return body;
}

// 4. Pairing (step 4 of the protocol, but done before connecting, so that the first connection
// already acts for the code's account).
if (args["pair-code"]) {
  const { account } = await post(`/v1/pairing/${encodeURIComponent(args["pair-code"])}`, "redeeming the pairing code");
  log(`paired with account ${account}`);
}

// 3. The WebSocket, with a fresh proof of its own in its query.
const proof = await prove();
const dial = new URL(syncUrl);
dial.search = new URLSearchParams(proof).toString();
const adapter = new WebSocketClientAdapter(dial.toString());
// The adapter throws from its error handler on anything but ECONNREFUSED (for example the
// server's 401 for a refused proof), and reconnects with the same URL after a close, whose
// nonce is used up. Neither may happen in this test, so both end the peer with a clear message.
adapter.onError = (event) => {
  fail(`the sync socket failed (refused proof or server gone?): ${event.error?.message ?? event.message ?? event}`);
};
let finished = false;
adapter.onClose = (event) => {
  if (finished) return;
  fail(`the server closed the sync socket: code ${event.code} reason ${JSON.stringify(String(event.reason ?? ""))}`);
};

const repo = new Repo({ network: [adapter], peerId: device });
stage = "connecting";
const server = await new Promise((resolve) => {
  repo.networkSubsystem.once("peer", ({ peerId, peerMetadata }) => resolve({ peerId, peerMetadata }));
});
const storageId = repo.getStorageIdOfPeer(server.peerId);
log(`connected as ${device} to ${server.peerId}, server metadata ${JSON.stringify(server.peerMetadata)}`);
if (!storageId) fail(`the server announced no storageId, so its acknowledgements cannot be seen (${JSON.stringify(server.peerMetadata)})`);

/** Resolves once `predicate()` holds, re-checking whenever the handle emits one of `events`. */
function until(handle, events, predicate) {
  return new Promise((resolve) => {
    const check = () => {
      if (!predicate()) return;
      for (const event of events) handle.off(event, check);
      resolve();
    };
    for (const event of events) handle.on(event, check);
    check();
  });
}

function sameHeads(a, b) {
  return a !== undefined && a.length === b.length && a.every((head) => b.includes(head));
}

/** Resolves once the server has said it has exactly our heads (a sync reply sent after it stored them). */
function serverHasAll(handle) {
  return until(handle, ["remote-heads", "heads-changed"], () => sameHeads(handle.getRemoteHeads(storageId), handle.heads()));
}

let handle;
describe = () =>
  handle === undefined
    ? ""
    : `; ${Object.keys(handle.doc() ?? {}).length} keys, heads ${JSON.stringify(handle.heads())}, ` +
      `the server's ${JSON.stringify(handle.getRemoteHeads(storageId))}`;
if (args.create) {
  stage = "waiting for the server to acknowledge the new document";
  handle = repo.create({ created: "js" });
  await serverHasAll(handle);
  emit({ document: handle.documentId });
} else {
  stage = `finding ${args.doc}`;
  try {
    handle = await repo.find(`automerge:${args.doc}`);
  } catch (error) {
    fail(`document ${args.doc} not found: ${error.message} (the server lacks it or refused this device)`);
  }
  log(`found ${args.doc}`);
}

if (args["print-pairing-code"]) {
  const { code } = await post("/v1/pairing", "asking for a pairing code");
  emit({ code });
}

if (args["wait-go"]) {
  stage = "waiting for go on stdin";
  emit({ ready: true });
  const lines = createInterface({ input: process.stdin });
  let go = false;
  for await (const line of lines) {
    if (line.trim() === "go") {
      go = true;
      break;
    }
  }
  if (!go) fail("stdin closed before a line \"go\"");
}

// Separate changes, as fast as they come, yielding between them so that the other side's
// changes arriving meanwhile are merged in between.
stage = "editing";
for (let i = 0; i < edits; i++) {
  const key = `${args.prefix}-${String(i).padStart(2, "0")}`;
  handle.change((d) => {
    d[key] = i;
  });
  await new Promise((resolve) => setImmediate(resolve));
}

if (expect !== undefined) {
  stage = `waiting for ${expect} keys`;
  await until(handle, ["change"], () => Object.keys(handle.doc()).length >= expect);
}
// Before reporting (and exiting), the server must have everything, our own changes included.
stage = "waiting for the server to acknowledge everything";
await serverHasAll(handle);

const keys = Object.keys(handle.doc()).sort();
const heads = decodeHeads(handle.heads()).sort();
finished = true;
emit({ keys, heads });
// A clean close (the server sees a close frame, not a dropped socket), then exit.
const socket = adapter.socket;
await new Promise((resolve) => {
  socket.addEventListener("close", resolve);
  socket.close(1000, "done");
  setTimeout(resolve, 2000).unref();
});
process.exit(0);
