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
	})
	req, _ := http.NewRequest("POST", baseURL+"/artifacts/rules", bytes.NewReader(payload))
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
