import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.post(
    base_url + "/scheduled-jobs",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "schedule": "0 9 * * 1-5",
      "timezone": "Europe/Sofia",
      "prompt": "Summarise yesterday's merged pull requests.",
      "job_type": "app",
      "agent_id": "my-agent",
    },
)
print(response.text)
