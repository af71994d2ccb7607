// Drive a conversation
// Runs on Node.js 22.18 or newer with no build step: node sample.ts

const apiKey = process.env.NAIRI_API_KEY;
if (!apiKey) {
  console.error("Set NAIRI_API_KEY to your Nairi public API key (nr_...).");
  process.exit(1);
}
if (/[\r\n]/.test(apiKey)) {
  console.error("NAIRI_API_KEY contains a line break; a key is one line (nr_...).");
  process.exit(1);
}
// An unset or empty variable falls back to the default.
const rawBaseUrl = (process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1").replace(/\/+$/, "");
// The bare host works too: the API prefix is added when it is missing.
const baseUrl = rawBaseUrl.endsWith("/api/public/v1") ? rawBaseUrl : rawBaseUrl + "/api/public/v1";
const agentId = process.env.AGENT_ID || "support-bot";

/** Calls the API and returns the parsed JSON; on an HTTP error prints the API's message and exits. */
async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  if (path.split("?")[0]!.split("/").some((part) => part === "." || part === "..")) {
    console.error("Refusing to send a path with a \".\" or \"..\" segment (no ID is one; it would address another path): " + path);
    process.exit(1);
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${apiKey}`, "User-Agent": "nairi-docs-sample/1.0 (typescript)" };
  if (body !== undefined && !(body instanceof FormData)) headers["Content-Type"] = "application/json";
  const payload = body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body);
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  if (!res.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? text;
    } catch {
      // Not JSON: show the raw body.
    }
    console.error(`Nairi API error ${res.status} on ${method} ${path}: ${message}`);
    process.exit(1);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

// Start the conversation
const data = await api<{ job_id: string; message_id: string }>("POST", "/conversations/start", {
  agent_id: agentId,
  prompt: "Customer cus_123 was charged twice for order 1042. Draft a refund note.",
  ask_mode: false,
});
const jobId = data.job_id;
let messageId = data.message_id;

// Wait for the turn to finish
let status = "";
for (const deadline = Date.now() + 120000; ; ) {
  status = (await api<{ status: string }>("GET", `/messages/${encodeURIComponent(messageId)}`)).status;
  if (status === "completed" || status === "failed") break;
  if (Date.now() > deadline) throw new Error("Gave up after 120s; status is still " + status);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
if (status === "failed") {
  console.error("The agent's turn ended as failed; the conversation's system message says why.");
  process.exit(1);
}

// Read the reply
const data2 = await api<{ messages: { role: string; content: string }[] }>("GET", `/conversations/${encodeURIComponent(jobId)}/messages`);
let reply = data2.messages.filter((item) => item.role === "assistant").at(-1)?.content ?? "";
console.log("Agent:", reply);

// Continue the thread
const data3 = await api<{ message_id: string }>("POST", `/conversations/${encodeURIComponent(jobId)}/continue`, {
  prompt: "Make the note shorter and mention the order number.",
});
messageId = data3.message_id;

// Wait again
for (const deadline = Date.now() + 120000; ; ) {
  status = (await api<{ status: string }>("GET", `/messages/${encodeURIComponent(messageId)}`)).status;
  if (status === "completed" || status === "failed") break;
  if (Date.now() > deadline) throw new Error("Gave up after 120s; status is still " + status);
  await new Promise((resolve) => setTimeout(resolve, 2000));
}
if (status === "failed") {
  console.error("The agent's turn ended as failed; the conversation's system message says why.");
  process.exit(1);
}

// Read the new reply
const data4 = await api<{ messages: { role: string; content: string }[] }>("GET", `/conversations/${encodeURIComponent(jobId)}/messages`);
reply = data4.messages.filter((item) => item.role === "assistant").at(-1)?.content ?? "";
console.log("Agent:", reply);
