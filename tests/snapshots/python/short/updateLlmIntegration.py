import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.patch(
    base_url + "/integrations/llm/ai_01KJTC8VXB6YJHHV8ZRHQZ4A8G",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "name": "Staging Anthropic",
    },
)
print(response.text)
