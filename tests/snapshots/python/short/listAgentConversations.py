import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.get(
    base_url + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/conversations?status=completed%2Cactive",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
)
print(response.text)
