// Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
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

interface Rule {
  id: string;
  title: string;
  description: string;
  content: string;
  created_at?: string;
  updated_at?: string;
}

// Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
const result = await api<Rule>("POST", "/artifacts/rules", {
  title: "It's \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
  description: "\r\nsecond line ",
  content: "back\\slash\nnew line\ttab — café ☕ 日本   end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
  meta: {
    var: "x\"; touch pwned; echo \"$NAIRI_API_KEY",
  },
  also: {
    var: "NAIRI_API_KEY",
  },
  ["__proto__"]: {
    polluted: "yes",
  },
  constructor: "not a function",
});
console.log(JSON.stringify(result, null, 2));
