/**
 * @module What the sandbox agent does in one turn, as data: the `progress` updates it posts while it
 * works (a tool call, then the reply streamed in two pieces), its reply, and the file it attaches
 * when the prompt asks for one. The sandbox's conversations routes play it on timers; the message reference
 * page prints the same sequence, so the page cannot drift from what the sandbox does.
 */

/** The JSON envelope in a progress message's `content` (keys as Nairi's docs and public client use them). */
export interface ProgressEnvelope {
  job_id: string;
  progress_type: 'tool_use' | 'text';
  tool_use_id?: string;
  tool_name?: string;
  tool_status?: string;
  tool_input?: Record<string, unknown>;
  tool_output?: string;
  text_delta?: string;
}

export interface AgentFile {
  filename: string;
  content_type: string;
  text: string;
}

export interface Turn {
  progress: ProgressEnvelope[];
  reply: string;
  /** The file the agent produces, when the prompt asks for one. */
  file?: AgentFile;
}

/** A prompt asks for a file when it says `[file]` or "a file" ("…as a file", "send me a file"). */
export const asksForFile = (prompt: string) => /\[file\]|\ba file\b/i.test(prompt);

/** The turn the sandbox agent `agentName` plays for `prompt` in conversation `jobId`. */
export function sandboxTurn(agentName: string, prompt: string, jobId: string): Turn {
  const reply = `${agentName} (sandbox) received your prompt: ${prompt}`;
  const cut = reply.indexOf(':') + 1;
  const tool = { job_id: jobId, tool_use_id: 'toolu_sandbox_1', tool_name: 'bash' } as const;
  const file = asksForFile(prompt) ? { filename: 'reply.md', content_type: 'text/markdown', text: `# Reply\n\n${reply}\n` } : undefined;
  return {
    progress: [
      { ...tool, progress_type: 'tool_use', tool_status: 'running', tool_input: { command: 'ls' } },
      { ...tool, progress_type: 'tool_use', tool_status: 'completed', tool_output: file ? `${file.filename}\n` : 'notes.txt\n' },
      { job_id: jobId, progress_type: 'text', text_delta: reply.slice(0, cut) },
      { job_id: jobId, progress_type: 'text', text_delta: reply.slice(cut) },
    ],
    reply,
    ...(file ? { file } : {}),
  };
}

/** The top-level copies a progress message carries next to its `content`. */
export const progressFields = (envelope: ProgressEnvelope) => ({
  progress_type: envelope.progress_type,
  ...(envelope.tool_name ? { tool_name: envelope.tool_name } : {}),
  ...(envelope.tool_status ? { tool_status: envelope.tool_status } : {}),
  ...(envelope.tool_use_id ? { tool_use_id: envelope.tool_use_id } : {}),
});
