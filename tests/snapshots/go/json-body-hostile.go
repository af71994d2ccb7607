// Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
// Standard library only; builds with Go 1.19 or newer: go run main.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

const userAgent = "nairi-docs-sample/1.0 (go)"

var (
	apiKey  = os.Getenv("NAIRI_API_KEY")
	baseURL = apiBase(envOr("NAIRI_BASE_URL", "https://api.nairi.ai/api/public/v1"))
	client  = &http.Client{Timeout: 30 * time.Second}
)

func main() {
	if apiKey == "" {
		fail("Set NAIRI_API_KEY to your Nairi public API key (nr_...).")
	}
	if strings.ContainsAny(apiKey, "\r\n") {
		fail("NAIRI_API_KEY contains a line break; a key is one line (nr_...).")
	}

	// Line one process.exit(3) # */ """ \U0001 #{1+1} %s $(touch pwned) `id` ends with a quote"
	var result any
	call("POST", "/artifacts/rules", map[string]any{
	  "title": "It's \"quoted\" $HOME `whoami` #{1+1} %s %d */ \"\"\" \\U0001F600 trailing\"",
	  "description": "\r\nsecond line\u2028",
	  "content": "back\\slash\nnew line\ttab — café ☕ 日本 \u2028 end '\\'' $(echo injected >&2) ${PATH} \\\" \\\\",
	  "meta": map[string]any{
	    "var": "x\"; touch pwned; echo \"$NAIRI_API_KEY",
	  },
	  "also": map[string]any{
	    "var": "NAIRI_API_KEY",
	  },
	  "__proto__": map[string]any{
	    "polluted": "yes",
	  },
	  "constructor": "not a function",
	}, &result)
	pretty, err := json.MarshalIndent(result, "", "  ")
	check(err)
	fmt.Println(string(pretty))
}

// call sends a JSON request and decodes the response into out (if not nil).
func call(method, path string, body any, out any) {
	var payload io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		check(err)
		payload = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, baseURL+path, payload)
	check(err)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	send(req, path, out)
}

// send adds the key and User-Agent, and on an HTTP error prints the API's message and exits.
func send(req *http.Request, path string, out any) {
	for _, part := range strings.Split(strings.SplitN(path, "?", 2)[0], "/") {
		if part == "." || part == ".." {
			fail("Refusing to send a path with a \".\" or \"..\" segment (no ID is one; it would address another path): " + path)
		}
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("User-Agent", userAgent)
	resp, err := client.Do(req)
	check(err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	check(err)
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		var apiErr struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(data, &apiErr) != nil || apiErr.Error == "" {
			apiErr.Error = string(data)
		}
		fail(fmt.Sprintf("Nairi API error %d on %s %s: %s", resp.StatusCode, req.Method, path, apiErr.Error))
	}
	if out != nil && len(data) > 0 {
		check(json.Unmarshal(data, out))
	}
}

// apiBase accepts the bare host too: it drops trailing slashes and adds the API prefix if it is missing.
func apiBase(url string) string {
	url = strings.TrimRight(url, "/")
	if !strings.HasSuffix(url, "/api/public/v1") {
		url += "/api/public/v1"
	}
	return url
}

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func check(err error) {
	if err != nil {
		fail(err.Error())
	}
}

func fail(message string) {
	fmt.Fprintln(os.Stderr, message)
	os.Exit(1)
}
