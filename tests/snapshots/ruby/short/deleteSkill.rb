require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/artifacts/skills/ask_01KJWS9M4N5P6Q7R8S9T0V1W2X")
request = Net::HTTP::Delete.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
