import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.get(
    base_url + "/artifacts/skills/ask_01KJWS9M4N5P6Q7R8S9T0V1W2X",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
)
print(response.text)
