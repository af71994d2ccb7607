// Configure and deploy an agent
// Standard library only; builds with Go 1.19 or newer: go run main.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
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
	agentName := envOr("AGENT_NAME", "Quickstart Agent")
	secretValue := envOr("SECRET_VALUE", "replace-with-your-webhook-secret")

	// Create the agent
	var result1 struct {
		ID string `json:"id"`
	}
	call("POST", "/agents", map[string]any{
	  "name": agentName,
	  "instances_count": 1,
	}, &result1)
	agentID := result1.ID

	// Write a rule
	var result2 struct {
		ID string `json:"id"`
	}
	call("POST", "/artifacts/rules", map[string]any{
	  "title": "Answer style",
	  "description": "Apply to every answer written for a customer.",
	  "content": "- Answer in plain English.\n- Quote the ticket number you are answering.",
	}, &result2)
	ruleID := result2.ID

	// Attach the rule to the agent
	call("POST", "/agents/" + url.PathEscape(agentID) + "/resources", map[string]any{
	  "entity_type": "agent_artifact_rule",
	  "entity_id": ruleID,
	}, nil)

	// Create a vault
	var result4 struct {
		ID string `json:"id"`
	}
	call("POST", "/vaults", map[string]any{
	  "name": "Quickstart Secrets",
	  "description": "Credentials for the quickstart agent.",
	}, &result4)
	vaultID := result4.ID

	// Store a secret in the vault
	call("POST", "/vaults/" + url.PathEscape(vaultID) + "/secrets", map[string]any{
	  "env_key": "WEBHOOK_SECRET",
	  "value": secretValue,
	  "allowed_domains": []any{
	    "hooks.example.com",
	  },
	}, nil)

	// Attach the vault to the agent
	call("POST", "/agents/" + url.PathEscape(agentID) + "/resources", map[string]any{
	  "entity_type": "vault",
	  "entity_id": vaultID,
	}, nil)

	// Deploy
	call("POST", "/agents/" + url.PathEscape(agentID) + "/deploy", map[string]any{
	  "update_config_only": false,
	}, nil)
	fmt.Println("Deployed agent:", agentID)
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
