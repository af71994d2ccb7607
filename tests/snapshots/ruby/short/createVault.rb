require "json"
require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/vaults")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
request["Content-Type"] = "application/json"
request.body = JSON.generate({
  "name" => "Production Secrets",
  "description" => "Keys for production services.",
})
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
