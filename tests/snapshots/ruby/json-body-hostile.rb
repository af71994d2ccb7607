# Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
# Standard library only. Reads your key from NAIRI_API_KEY.
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

# Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
result = api("POST", "/artifacts/rules", body: {
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
puts JSON.pretty_generate(result)
