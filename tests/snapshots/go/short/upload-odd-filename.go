package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"os"
)

func main() {
	baseURL := os.Getenv("NAIRI_BASE_URL")
	if baseURL == "" {
		baseURL = "https://api.nairi.ai/api/public/v1"
	}
	file, err := os.Open("./we;ird, \"name\" x.txt")
	if err != nil {
		panic(err)
	}
	var body bytes.Buffer
	form := multipart.NewWriter(&body)
	part, _ := form.CreateFormFile("file", "we;ird, \"name\" x.txt")
	io.Copy(part, file)
	form.Close()
	req, _ := http.NewRequest("POST", baseURL+"/attachments", &body)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("NAIRI_API_KEY"))
	req.Header.Set("User-Agent", "nairi-docs-sample/1.0 (go)")
	req.Header.Set("Content-Type", form.FormDataContentType())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
