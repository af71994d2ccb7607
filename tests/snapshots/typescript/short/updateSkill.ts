import { readFile } from "node:fs/promises";

const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const form = new FormData();
form.append("file", new Blob([await readFile("./my-skill.zip")]), "my-skill.zip");
const response = await fetch(baseUrl + "/artifacts/skills/ask_01KJWS9M4N5P6Q7R8S9T0V1W2X", {
  method: "PUT",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
  },
  body: form,
});
console.log(await response.text());
