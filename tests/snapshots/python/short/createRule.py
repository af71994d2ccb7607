import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.post(
    base_url + "/artifacts/rules",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "title": "Code Style Rules",
      "description": "Apply when writing or reviewing TypeScript.",
      "content": "- Prefer named exports.\n- No default exports in libraries.",
    },
)
print(response.text)
