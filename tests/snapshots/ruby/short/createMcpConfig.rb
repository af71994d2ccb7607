require "json"
require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/artifacts/mcp-configs")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
request["Content-Type"] = "application/json"
request.body = JSON.generate({
  "title" => "Database MCP",
  "description" => "Read-only access to the analytics database.",
  "content" => "{\"mcpServers\":{\"postgres\":{\"command\":\"npx\",\"args\":[\"-y\",\"@modelcontextprotocol/server-postgres\"]}}}",
  "is_sensitive" => true,
})
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
