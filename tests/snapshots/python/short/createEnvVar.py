import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.post(
    base_url + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/env-vars",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "key": "NODE_ENV",
      "value": "production",
    },
)
print(response.text)
