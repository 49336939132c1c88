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

  it.each([
    ["components/scheduled/example.tsx", 'import { writeBudget } from "@/lib/zoom/write-budget";\nexport const w = writeBudget;\n'],
    ["components/meetings/example.tsx", 'import { meetingCreateBody } from "@/lib/zoom/meeting-body";\nexport const b = meetingCreateBody;\n'],
    ["components/settings/example.tsx", 'import { getViewer } from "@/lib/auth/viewer";\nexport const v = getViewer;\n'],
    ["components/example.tsx", 'import { hostsFor } from "@/lib/services/account";\nexport const h = hostsFor;\n'],
    ["components/ui/example.ts", 'import { db } from "@/lib/db/client";\nexport const d = db;\n'],
    ["components/ui/example.ts", 'import { logger } from "@/lib/server/logger";\nexport const l = logger;\n'],
    ["components/ui/example.ts", 'import { ApiError } from "@/lib/api/errors";\nexport const e = ApiError;\n'],
    ["app/(app)/error.tsx", 'import { getViewer } from "@/lib/auth/viewer";\nexport const v = getViewer;\n'],
    ["lib/auth/expiry.ts", 'import { zoomFetch } from "@/lib/zoom/client";\nexport const z = zoomFetch;\n'],
  ])("client code (and the pure modules it may use) may not value-import a server layer: %s", async (file, code) => {
    expect(await ruleIds(file, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["components/meetings/example.tsx", 'import type { MeetingDetail } from "@/lib/zoom/meetings";\nexport type M = MeetingDetail;\n'],
    ["components/meetings/example.tsx", 'import { meetingToInput } from "@/lib/schemas/scheduled-from-zoom";\nexport const m = meetingToInput;\n'],
    ["components/settings/example.tsx", 'import { describeExpiry } from "@/lib/auth/expiry";\nexport const d = describeExpiry;\n'],
    ["components/shell/example.tsx", 'import { isAdminRole } from "@/lib/auth/viewer-type";\nexport const a = isAdminRole;\n'],
    ["app/(app)/meetings/page.tsx", 'import { meetingPageFor } from "@/lib/services/meetings";\nexport const m = meetingPageFor;\n'],
  ])("client code may import types and pure helpers, server pages the services: %s", async (file, code) => {
    expect(await ruleIds(file, code)).not.toContain("no-restricted-imports");
  });

  it("server pages prefetch through the lib/queries factories, not hand-built keys", async () => {
    const handBuilt = 'export const p = (client, viewer) => client.prefetchQuery({ queryKey: ["meetings", "detail", "1"], queryFn: () => viewer });\n';
    const factory = 'import { meetingQueries } from "@/lib/queries/meetings";\nexport const p = (client, viewer) => client.prefetchQuery({ ...meetingQueries.detail("1"), queryFn: () => viewer });\n';
    expect(await ruleIds("app/(app)/meetings/[meetingId]/page.tsx", handBuilt)).toContain("no-restricted-syntax");
    expect(await ruleIds("app/(app)/meetings/[meetingId]/page.tsx", factory)).not.toContain("no-restricted-syntax");
  });

  it("allows the downward direction", async () => {
    expect(await ruleIds("lib/services/example.ts", 'import { getMeeting } from "@/lib/zoom/meetings";\nexport const g = getMeeting;\n')).not.toContain("no-restricted-imports");
    expect(await ruleIds("lib/zoom/example.ts", 'import { zoomFetch } from "@/lib/zoom/client";\nexport const z = zoomFetch;\n')).not.toContain("no-restricted-imports");
    // Errors sit below every layer that throws them, lib/zoom included.
    expect(await ruleIds("lib/zoom/example.ts", 'import { ApiError } from "@/lib/errors/api-error";\nexport const e = ApiError;\n')).not.toContain("no-restricted-imports");
    expect(await ruleIds("lib/auth/example.ts", 'import { ApiError } from "@/lib/errors/api-error";\nexport const e = ApiError;\n')).not.toContain("no-restricted-imports");
  });
});
