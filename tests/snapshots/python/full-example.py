"Full example"

import base64
import os
import sys
import time
from urllib.parse import quote

import requests

API_KEY = os.environ.get("NAIRI_API_KEY")
if not API_KEY:
    sys.exit("Set NAIRI_API_KEY to your Nairi public API key (nr_...).")
if "\r" in API_KEY or "\n" in API_KEY:
    sys.exit("NAIRI_API_KEY contains a line break; a key is one line (nr_...).")
BASE_URL = (os.environ.get("NAIRI_BASE_URL") or "https://api.nairi.ai/api/public/v1").rstrip("/")
# The bare host works too: the API prefix is added when it is missing.
if not BASE_URL.endswith("/api/public/v1"):
    BASE_URL += "/api/public/v1"
agent_name = os.environ.get("AGENT_NAME") or "Quickstart Agent"
secret_value = os.environ.get("SECRET_VALUE") or "replace-with-your-webhook-secret"
output_path = os.environ.get("OUTPUT_PATH") or "./agent-file.md"

session = requests.Session()
session.headers.update({"Authorization": f"Bearer {API_KEY}", "User-Agent": "nairi-docs-sample/1.0 (python)"})


def api(method, path, **kwargs):
    """Calls the API and returns the parsed JSON; on an HTTP error prints the API's message and exits."""
    if any(part in (".", "..") for part in path.split("?")[0].split("/")):
        sys.exit("Refusing to send a path with a \".\" or \"..\" segment (no ID is one; it would address another path): " + path)
    response = session.request(method, BASE_URL + path, timeout=30, **kwargs)
    if not response.ok:
        try:
            message = response.json().get("error", response.text)
        except ValueError:
            message = response.text
        sys.exit(f"Nairi API error {response.status_code} on {method} {path}: {message}")
    return response.json() if response.content else None


# Create the agent
data = api("POST", "/agents", json={
  "name": agent_name,
  "instances_count": 1,
})
agent_id = data["id"]

# Write a rule
data = api("POST", "/artifacts/rules", json={
  "title": "Answer style",
  "description": "Apply to every answer written for a customer.",
  "content": "- Answer in plain English.\n- Quote the ticket number you are answering.",
})
rule_id = data["id"]

# Attach the rule to the agent
api("POST", "/agents/" + quote(agent_id, safe="") + "/resources", json={
  "entity_type": "agent_artifact_rule",
  "entity_id": rule_id,
})

# Create a vault
data = api("POST", "/vaults", json={
  "name": "Quickstart Secrets",
  "description": "Credentials for the quickstart agent.",
})
vault_id = data["id"]

# Store a secret in the vault
api("POST", "/vaults/" + quote(vault_id, safe="") + "/secrets", json={
  "env_key": "WEBHOOK_SECRET",
  "value": secret_value,
  "allowed_domains": [
    "hooks.example.com",
  ],
})

# Attach the vault to the agent
api("POST", "/agents/" + quote(agent_id, safe="") + "/resources", json={
  "entity_type": "vault",
  "entity_id": vault_id,
})

# Deploy
api("POST", "/agents/" + quote(agent_id, safe="") + "/deploy", json={
  "update_config_only": False,
})
print("Deployed agent:", agent_id)

# Start the conversation
data = api("POST", "/conversations/start", json={
  "agent_id": agent_id,
  "prompt": "Customer cus_123 was charged twice for order 1042. Draft a refund note.",
  "ask_mode": False,
})
job_id = data["job_id"]
message_id = data["message_id"]

# Wait for the turn to finish
deadline = time.monotonic() + 120
while True:
    status = api("GET", "/messages/" + quote(message_id, safe=""))["status"]
    if status in ("completed", "failed"):
        break
    if time.monotonic() > deadline:
        sys.exit("Gave up after 120s; status is still " + str(status))
    time.sleep(2)
if status == "failed":
    sys.exit("The agent's turn ended as failed; the conversation's system message says why.")

# Read the reply
data = api("GET", "/conversations/" + quote(job_id, safe="") + "/messages")
reply = next((item["content"] for item in reversed(data["messages"]) if item["role"] == "assistant"), "")
print("Agent:", reply)

# Continue the thread
data = api("POST", "/conversations/" + quote(job_id, safe="") + "/continue", json={
  "prompt": "Make the note shorter and mention the order number.",
})
message_id = data["message_id"]

# Wait again
deadline = time.monotonic() + 120
while True:
    status = api("GET", "/messages/" + quote(message_id, safe=""))["status"]
    if status in ("completed", "failed"):
        break
    if time.monotonic() > deadline:
        sys.exit("Gave up after 120s; status is still " + str(status))
    time.sleep(2)
if status == "failed":
    sys.exit("The agent's turn ended as failed; the conversation's system message says why.")

# Read the new reply
data = api("GET", "/conversations/" + quote(job_id, safe="") + "/messages")
reply = next((item["content"] for item in reversed(data["messages"]) if item["role"] == "assistant"), "")
print("Agent:", reply)

# Ask for a file
data = api("POST", "/conversations/" + quote(job_id, safe="") + "/continue", json={
  "prompt": "Put the final note in a file.",
})
message_id = data["message_id"]

# Wait for the file
deadline = time.monotonic() + 120
while True:
    status = api("GET", "/messages/" + quote(message_id, safe=""))["status"]
    if status in ("completed", "failed"):
        break
    if time.monotonic() > deadline:
        sys.exit("Gave up after 120s; status is still " + str(status))
    time.sleep(2)
if status == "failed":
    sys.exit("The agent's turn ended as failed; the conversation's system message says why.")

# Find the file
data = api("GET", "/conversations/" + quote(job_id, safe="") + "/messages")
file_id = next(((item.get("attachment_ids") or [""])[0] for item in reversed(data["messages"]) if item["role"] == "assistant"), "")

# Download it
attachment = api("GET", "/attachments/" + quote(file_id, safe=""))
with open(output_path, "wb") as out:
    out.write(base64.b64decode(attachment["data"]))
print(f"Saved {attachment['filename']} to {output_path}")
