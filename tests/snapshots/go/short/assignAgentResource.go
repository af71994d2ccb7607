package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
)

func main() {
	baseURL := os.Getenv("NAIRI_BASE_URL")
	if baseURL == "" {
		baseURL = "https://api.nairi.ai/api/public/v1"
	}
	payload, _ := json.Marshal(map[string]any{
	  "entity_type": "agent_artifact_rule",
	  "entity_id": "aar_01KJWRKX0ZNZP91YG3Q353776Q",
	})
	req, _ := http.NewRequest("POST", baseURL+"/agents/cci_01KEQ6963XS96YDP3NF9NKB7QJ/resources", bytes.NewReader(payload))
	req.Header.Set("Authorization", "Bearer "+os.Getenv("NAIRI_API_KEY"))
	req.Header.Set("User-Agent", "nairi-docs-sample/1.0 (go)")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
