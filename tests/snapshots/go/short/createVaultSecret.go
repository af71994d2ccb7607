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
	  "env_key": "STRIPE_API_KEY",
	  "value": "sk_test_example_value",
	  "allowed_domains": []any{
	    "*.stripe.com",
	  },
	})
	req, _ := http.NewRequest("POST", baseURL+"/vaults/vlt_01KQ27A9B8C7D6E5F4G3H2J1K0/secrets", bytes.NewReader(payload))
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
