import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.post(
    base_url + "/conversations/start",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "agent_id": "my-agent",
      "prompt": "Summarise the open support tickets tagged billing.",
      "ask_mode": False,
    },
)
print(response.text)
