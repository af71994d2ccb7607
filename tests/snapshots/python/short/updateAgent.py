import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.patch(
    base_url + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "description": "Answers billing questions",
      "system_prompt": "You are a careful billing assistant.",
    },
)
print(response.text)
