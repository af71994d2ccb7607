const baseUrl = process.env.NAIRI_BASE_URL || "https://api.nairi.ai/api/public/v1";
const response = await fetch(baseUrl + "/scheduled-jobs", {
  method: "POST",
  headers: {
    Authorization: `Bearer ${process.env.NAIRI_API_KEY}`,
    "User-Agent": "nairi-docs-sample/1.0 (typescript)",
    "Content-Type": "application/json",
  },
  body: JSON.stringify({
    schedule: "0 9 * * 1-5",
    timezone: "Europe/Sofia",
    prompt: "Summarise yesterday's merged pull requests.",
    job_type: "app",
    agent_id: "my-agent",
  }),
});
console.log(await response.text());
