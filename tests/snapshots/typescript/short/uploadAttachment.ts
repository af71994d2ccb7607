import { readFile } from "node:fs/promises";

const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const form = new FormData();
form.append("file", new Blob([await readFile("./notes.txt")]), "notes.txt");
const response = await fetch(baseUrl + "/attachments", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
  },
  body: form,
});
console.log(await response.text());
