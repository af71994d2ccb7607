# Full example
# Standard library only. Reads your key from NAIRI_API_KEY.
require "base64"
require "erb"
require "json"
require "net/http"
require "uri"

# An unset or empty variable falls back to the default.
def env_or(name, fallback)
  value = ENV.fetch(name, "")
  value.empty? ? fallback : value
end

API_KEY = env_or("NAIRI_API_KEY", "")
abort "Set NAIRI_API_KEY to your Nairi public API key (nr_...)." if API_KEY.empty?
abort "NAIRI_API_KEY contains a line break; a key is one line (nr_...)." if API_KEY.match?(/[\r\n]/)
# The bare host works too: the API prefix is added when it is missing.
BASE_URL = env_or("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1").sub(%r{/+\z}, "").then { |url| url.end_with?("/api/public/v1") ? url : url + "/api/public/v1" }
agent_name = env_or("AGENT_NAME", "Quickstart Agent")
secret_value = env_or("SECRET_VALUE", "replace-with-your-webhook-secret")
output_path = env_or("OUTPUT_PATH", "./agent-file.md")

# Calls the API and returns the parsed JSON; on an HTTP error prints the API's message and exits.
def api(method, path, body: nil, file: nil)
  abort "Refusing to send a path with a \".\" or \"..\" segment (no ID is one; it would address another path): " + path if path.split("?").first.split("/").any? { |part| part == "." || part == ".." }
  uri = URI("#{BASE_URL}#{path}")
  request = Net::HTTP.const_get(method.capitalize).new(uri)
  request["Authorization"] = "Bearer #{API_KEY}"
  request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
  upload = file && File.open(file, "rb")
  if upload
    request.set_form([["file", upload]], "multipart/form-data")
  elsif body
    request["Content-Type"] = "application/json"
    request.body = JSON.generate(body)
  end
  response = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https", open_timeout: 10, read_timeout: 30) do |http|
    http.request(request)
  end
  unless response.is_a?(Net::HTTPSuccess)
    message = begin
      JSON.parse(response.body).fetch("error", response.body)
    rescue JSON::ParserError, TypeError
      response.body
    end
    abort "Nairi API error #{response.code} on #{method} #{path}: #{message}"
  end
  response.body.to_s.empty? ? nil : JSON.parse(response.body)
ensure
  upload&.close
end

# Create the agent
data = api("POST", "/agents", body: {
  "name" => agent_name,
  "instances_count" => 1,
})
agent_id = data.fetch("id")

# Write a rule
data = api("POST", "/artifacts/rules", body: {
  "title" => "Answer style",
  "description" => "Apply to every answer written for a customer.",
  "content" => "- Answer in plain English.\n- Quote the ticket number you are answering.",
})
rule_id = data.fetch("id")

# Attach the rule to the agent
api("POST", "/agents/#{ERB::Util.url_encode(agent_id)}/resources", body: {
  "entity_type" => "agent_artifact_rule",
  "entity_id" => rule_id,
})

# Create a vault
data = api("POST", "/vaults", body: {
  "name" => "Quickstart Secrets",
  "description" => "Credentials for the quickstart agent.",
})
vault_id = data.fetch("id")

# Store a secret in the vault
api("POST", "/vaults/#{ERB::Util.url_encode(vault_id)}/secrets", body: {
  "env_key" => "WEBHOOK_SECRET",
  "value" => secret_value,
  "allowed_domains" => [
    "hooks.example.com",
  ],
})

# Attach the vault to the agent
api("POST", "/agents/#{ERB::Util.url_encode(agent_id)}/resources", body: {
  "entity_type" => "vault",
  "entity_id" => vault_id,
})

# Deploy
api("POST", "/agents/#{ERB::Util.url_encode(agent_id)}/deploy", body: {
  "update_config_only" => false,
})
puts "Deployed agent: #{agent_id}"

# Start the conversation
data = api("POST", "/conversations/start", body: {
  "agent_id" => agent_id,
  "prompt" => "Customer cus_123 was charged twice for order 1042. Draft a refund note.",
  "ask_mode" => false,
})
job_id = data.fetch("job_id")
message_id = data.fetch("message_id")

# Wait for the turn to finish
status = nil
deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + 120
loop do
  status = api("GET", "/messages/#{ERB::Util.url_encode(message_id)}").fetch("status")
  break if ["completed", "failed"].include?(status)
  abort "Gave up after 120s; status is still " + status.to_s if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline
  sleep 2
end
abort "The agent's turn ended as failed; the conversation's system message says why." if status == "failed"

# Read the reply
data = api("GET", "/conversations/#{ERB::Util.url_encode(job_id)}/messages")
reply = data.fetch("messages").select { |item| item["role"] == "assistant" }.last&.fetch("content").to_s
puts "Agent: #{reply}"

# Continue the thread
data = api("POST", "/conversations/#{ERB::Util.url_encode(job_id)}/continue", body: {
  "prompt" => "Make the note shorter and mention the order number.",
})
message_id = data.fetch("message_id")

# Wait again
status = nil
deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + 120
loop do
  status = api("GET", "/messages/#{ERB::Util.url_encode(message_id)}").fetch("status")
  break if ["completed", "failed"].include?(status)
  abort "Gave up after 120s; status is still " + status.to_s if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline
  sleep 2
end
abort "The agent's turn ended as failed; the conversation's system message says why." if status == "failed"

# Read the new reply
data = api("GET", "/conversations/#{ERB::Util.url_encode(job_id)}/messages")
reply = data.fetch("messages").select { |item| item["role"] == "assistant" }.last&.fetch("content").to_s
puts "Agent: #{reply}"

# Ask for a file
data = api("POST", "/conversations/#{ERB::Util.url_encode(job_id)}/continue", body: {
  "prompt" => "Put the final note in a file.",
})
message_id = data.fetch("message_id")

# Wait for the file
status = nil
deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + 120
loop do
  status = api("GET", "/messages/#{ERB::Util.url_encode(message_id)}").fetch("status")
  break if ["completed", "failed"].include?(status)
  abort "Gave up after 120s; status is still " + status.to_s if Process.clock_gettime(Process::CLOCK_MONOTONIC) > deadline
  sleep 2
end
abort "The agent's turn ended as failed; the conversation's system message says why." if status == "failed"

# Find the file
data = api("GET", "/conversations/#{ERB::Util.url_encode(job_id)}/messages")
file_id = data.fetch("messages").select { |item| item["role"] == "assistant" }.last&.dig("attachment_ids", 0).to_s

# Download it
attachment = api("GET", "/attachments/#{ERB::Util.url_encode(file_id)}")
File.binwrite(output_path, Base64.strict_decode64(attachment["data"]))
puts "Saved #{attachment["filename"]} to #{output_path}"
