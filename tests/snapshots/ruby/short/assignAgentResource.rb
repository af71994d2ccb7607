require "json"
require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/resources")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
request["Content-Type"] = "application/json"
request.body = JSON.generate({
  "entity_type" => "agent_artifact_rule",
  "entity_id" => "aar_01KJWRKX0ZNZP91YG3Q353776Q",
})
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
