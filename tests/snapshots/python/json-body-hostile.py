"Line one\nprocess.exit(3) # */ \"\"\" \\U0001 #{1+1} %s $(touch pwned) `id` ends with a quote\""

import json
import os
import sys

import requests

API_KEY = os.environ.get("NAIRI_API_KEY")
if not API_KEY:
    sys.exit("Set NAIRI_API_KEY to your Nairi public API key (nr_...).")
if "\r" in API_KEY or "\n" in API_KEY:
    sys.exit("NAIRI_API_KEY contains a line break; a key is one line (nr_...).")
BASE_URL = (os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1").rstrip("/")
# The bare host works too: the API prefix is added when it is missing.
if not BASE_URL.endswith("/api/public/v1"):
    BASE_URL += "/api/public/v1"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {API_KEY}", "User-Agent": "nairi-docs-sample/1.0 (python)"})


def api(method, path, **kwargs):
    """Calls the API and returns the parsed JSON; on an HTTP error prints the API's message and exits."""
    if any(part in (".", "..") for part in path.split("?")[0].split("/")):
        sys.exit("Refusing to send a path with a \".\" or \"..\" segment (no ID is one; it would address another path): " + path)
    response = session.request(method, BASE_URL + path, timeout=30, **kwargs)
    if not response.ok:
        try:
            message = response.json().get("error", response.text)
        except ValueError:
            message = response.text
        sys.exit(f"Nairi API error {response.status_code} on {method} {path}: {message}")
    return response.json() if response.content else None


# Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
result = api("POST", "/artifacts/rules", json={
  "title": "It's \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
  "description": "\r\nsecond line ",
  "content": "back\\slash\nnew line\ttab — café ☕ 日本   end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
  "meta": {
    "var": "x\"; touch pwned; echo \"$NAIRI_API_KEY",
  },
  "also": {
    "var": "NAIRI_API_KEY",
  },
  "__proto__": {
    "polluted": "yes",
  },
  "constructor": "not a function",
})
print(json.dumps(result, indent=2, ensure_ascii=False))
