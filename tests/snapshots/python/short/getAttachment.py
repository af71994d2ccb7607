import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.get(
    base_url + "/attachments/att_01KRK1TZ3M6Q8W0D4N2B7C5E9F",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
)
print(response.text)
