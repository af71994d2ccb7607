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
	  "is_enabled": false,
	})
	req, _ := http.NewRequest("PATCH", baseURL+"/scheduled-jobs/sj_01K7XSRBBM0294N1WBD2M9EVQC", bytes.NewReader(payload))
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
