import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.put(
    base_url + "/artifacts/rules/aar_01KJWRKX0ZNZP91YG3Q353776Q",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "title": "Code Style Rules",
      "description": "Apply when writing TypeScript.",
      "content": "- Prefer named exports.",
    },
)
print(response.text)
