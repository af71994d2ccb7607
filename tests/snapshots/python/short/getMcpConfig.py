import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.get(
    base_url + "/artifacts/mcp-configs/amc_01KJWS2T7W3X9Y4Z5A6B7C8D9E",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
)
print(response.text)
