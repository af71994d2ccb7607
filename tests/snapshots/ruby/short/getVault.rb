require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0")
request = Net::HTTP::Get.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
