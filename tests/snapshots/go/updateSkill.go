// Upload a new version of a skill
// Standard library only; builds with Go 1.19 or newer: go run main.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
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
	skillID := envOr("SKILL_ID", "ask_01KJWS9M4N5P6Q7R8S9T0V1W2X")
	filePath := envOr("FILE_PATH", "./my-skill.zip")

	var result any
	upload("PUT", "/artifacts/skills/" + url.PathEscape(skillID), filePath, &result)
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

// upload sends one file as the multipart field "file".
func upload(method, path, filePath string, out any) {
	file, err := os.Open(filePath)
	check(err)
	defer file.Close()
	var buf bytes.Buffer
	form := multipart.NewWriter(&buf)
	part, err := form.CreateFormFile("file", filepath.Base(filePath))
	check(err)
	_, err = io.Copy(part, file)
	check(err)
	check(form.Close())
	req, err := http.NewRequest(method, baseURL+path, &buf)
	check(err)
	req.Header.Set("Content-Type", form.FormDataContentType())
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
