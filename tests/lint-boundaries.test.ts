/**
 * The layer boundaries are enforced by ESLint, not by good intentions: a forbidden import in each
 * layer fails lint, and the allowed direction passes.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe("layer boundaries", () => {
  it.each([
    ["lib/zoom/example.ts", 'import { getViewer } from "@/lib/auth/viewer";\nexport const v = getViewer;\n'],
    ["lib/zoom/example.ts", 'import { route } from "@/lib/api/route";\nexport const r = route;\n'],
    ["lib/zoom/example.ts", 'import { db } from "@/lib/db/client";\nexport const d = db;\n'],
    ["lib/auth/example.ts", 'import { meetingDetailFor } from "@/lib/services/meetings";\nexport const m = meetingDetailFor;\n'],
    ["lib/services/example.ts", 'import { meetingQueries } from "@/lib/queries/meetings";\nexport const q = meetingQueries;\n'],
    ["lib/services/example.ts", 'import { route } from "@/lib/api/route";\nexport const r = route;\n'],
    ["lib/auth/example.ts", 'import { route } from "@/lib/api/route";\nexport const r = route;\n'],
    ["lib/errors/example.ts", 'import { route } from "@/lib/api/route";\nexport const r = route;\n'],
    ["lib/errors/example.ts", 'import { db } from "@/lib/db/client";\nexport const d = db;\n'],
  ])("%s may not import upward: %s", async (file, code) => {
    expect(await ruleIds(file, code)).toContain("no-restricted-imports");
  });

  it("allows the downward direction", async () => {
    expect(await ruleIds("lib/services/example.ts", 'import { getMeeting } from "@/lib/zoom/meetings";\nexport const g = getMeeting;\n')).not.toContain("no-restricted-imports");
    expect(await ruleIds("lib/zoom/example.ts", 'import { zoomFetch } from "@/lib/zoom/client";\nexport const z = zoomFetch;\n')).not.toContain("no-restricted-imports");
    // Errors sit below every layer that throws them, lib/zoom included.
    expect(await ruleIds("lib/zoom/example.ts", 'import { ApiError } from "@/lib/errors/api-error";\nexport const e = ApiError;\n')).not.toContain("no-restricted-imports");
    expect(await ruleIds("lib/auth/example.ts", 'import { ApiError } from "@/lib/errors/api-error";\nexport const e = ApiError;\n')).not.toContain("no-restricted-imports");
  });
});
