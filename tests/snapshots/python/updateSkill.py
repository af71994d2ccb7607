"Upload a new version of a skill"

import json
import os
import sys
from urllib.parse import quote

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
skill_id = os.environ.get("SKILL_ID") or "ask_01KJWS9M4N5P6Q7R8S9T0V1W2X"
file_path = os.environ.get("FILE_PATH") or "./my-skill.zip"

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


with open(file_path, "rb") as upload:
    result = api("PUT", "/artifacts/skills/" + quote(skill_id, safe=""), files={"file": (os.path.basename(file_path), upload)})
print(json.dumps(result, indent=2, ensure_ascii=False))
