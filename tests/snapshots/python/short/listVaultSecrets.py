import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.get(
    base_url + "/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0/secrets",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
)
print(response.text)
