package main

import (
	"io"
	"net/http"
	"os"
)

func main() {
	baseURL := os.Getenv("NAIRI_BASE_URL")
	if baseURL == "" {
		baseURL = "https://api.nairi.ai/api/public/v1"
	}
	req, _ := http.NewRequest("GET", baseURL+"/artifacts/rules/aar_01KJWRKX0ZNZP91YG3Q353776Q", nil)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("NAIRI_API_KEY"))
	req.Header.Set("User-Agent", "nairi-docs-sample/1.0 (go)")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
