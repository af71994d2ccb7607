import os

import requests

base_url = os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1"
response = requests.post(
    base_url + "/artifacts/rules",
    headers={"Authorization": "Bearer " + os.environ["NAIRI_API_KEY"], "User-Agent": "nairi-docs-sample/1.0 (python)"},
    json={
      "title": "It's \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
      "description": "\r\nsecond line ",
      "content": "back\\slash\nnew line\ttab — café ☕ 日本   end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
      "meta": {
        "var": "x\"; touch pwned; echo \"$NAIRI_API_KEY",
      },
      "also": {
        "var": "NAIRI_API_KEY",
      },
      "__proto__": {
        "polluted": "yes",
      },
      "constructor": "not a function",
    },
)
print(response.text)
