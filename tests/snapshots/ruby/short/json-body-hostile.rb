require "json"
require "net/http"

uri = URI(ENV.fetch("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1") + "/artifacts/rules")
request = Net::HTTP::Post.new(uri)
request["Authorization"] = "Bearer #{ENV.fetch("NAIRI_API_KEY")}"
request["User-Agent"] = "nairi-docs-sample/1.0 (ruby)"
request["Content-Type"] = "application/json"
request.body = JSON.generate({
  "title" => "It's \"quoted\" $HOME `whoami` \#{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
  "description" => "\r\nsecond line ",
  "content" => "back\\slash\nnew line\ttab — café ☕ 日本   end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
  "meta" => {
    "var" => "x\"; touch pwned; echo \"$NAIRI_API_KEY",
  },
  "also" => {
    "var" => "NAIRI_API_KEY",
  },
  "__proto__" => {
    "polluted" => "yes",
  },
  "constructor" => "not a function",
})
response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == "https") { |http| http.request(request) }
puts response.body
