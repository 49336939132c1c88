/**
 * What an audited request did, named from the route: the `audit` label a route declares, else a
 * label found by path (routes other people add without one), else a generic `post /api/…/[id]`
 * action so no mutating route is ever silent. Pure: shared by `route()`, tests and the audit page.
 */

/** A route's own label, given in its `RouteSpec`. */
export interface AuditLabel {
  /** `meeting.update`, `registrant.status`, … — `<target>.<verb>`. */
  action: string;
  /** The kind of thing acted on (`meeting`, `member`, …) and the path parameter holding its id. */
  target?: { type: string; param?: string };
  /**
   * What the summary keeps of the request body: `body` (default: the fields sent, secrets removed),
   * `keys` (only which fields were sent), `none` (message text, captions, files: never stored).
   */
  summary?: "body" | "keys" | "none";
}

/** The label of one request, with the target id already read from the path. */
export interface ResolvedAudit {
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: "body" | "keys" | "none";
}

type Params = Record<string, string | string[] | undefined>;

/** `/api/zoom/meetings/8312/registrants` + `{ meetingId: "8312" }` → `/api/zoom/meetings/[meetingId]/registrants`. */
export function pathPattern(pathname: string, params: Params): string {
  const byValue = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string" && value) byValue.set(value, `[${name}]`);
    else if (Array.isArray(value)) for (const item of value) if (item) byValue.set(item, `[...${name}]`);
  }
  return pathname
    .split("/")
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape is kept as sent.
      }
      return byValue.get(decoded) ?? segment;
    })
    .join("/");
}

interface PathRule {
  pattern: RegExp;
  /** Group 1, when present, is the kind (`meetings`/`webinars`); group 2 the target id. */
  label: (method: string, match: RegExpMatchArray) => AuditLabel | null;
}

const scheduledTarget = (match: RegExpMatchArray) => ({ type: match[1] === "webinars" ? "webinar" : "meeting" });

const mailVerb: Record<string, string> = { POST: "create", PUT: "update", PATCH: "update", DELETE: "delete" };

/**
 * Routes whose authors do not label them (live controls, captions, Zoom Mail): labelled here by
 * path. Mail and captions keep no body at all — subjects, bodies, attachments and caption text
 * are what people wrote, not what they did.
 */
const PATH_RULES: PathRule[] = [
  {
    pattern: /^\/api\/zoom\/(meetings|webinars)\/([^/]+)\/live(?:\/|$)/,
    label: (_method, match) => ({ action: "live.event", target: scheduledTarget(match), summary: "keys" }),
  },
  {
    pattern: /^\/api\/zoom\/(meetings|webinars)\/([^/]+)\/captions(?:\/(.*))?$/,
    label: (_method, match) => ({
      action: match[3]?.startsWith("lines") || !match[3] ? "caption.send" : `caption.${match[3].split("/")[0]}`,
      target: scheduledTarget(match),
      summary: "none",
    }),
  },
  {
    pattern: /^\/api\/zoom\/mail\/drafts\/([^/]+)\/send$/,
    label: () => ({ action: "mail.draft.send", target: { type: "mail_draft" }, summary: "none" }),
  },
  {
    pattern: /^\/api\/zoom\/mail\/drafts(?:\/([^/]+))?$/,
    label: (method) => ({ action: `mail.draft.${mailVerb[method] ?? method.toLowerCase()}`, target: { type: "mail_draft" }, summary: "none" }),
  },
  {
    pattern: /^\/api\/zoom\/mail\/settings\/(vacation|language)$/,
    // A vacation responder's subject and message are mail text too.
    label: (_method, match) => ({ action: `mail.${match[1]}.update`, target: { type: "mail_settings" }, summary: match[1] === "language" ? "body" : "keys" }),
  },
  {
    pattern: /^\/api\/zoom\/mail(?:\/|$)/,
    label: (method) => ({ action: `mail.${method.toLowerCase()}`, summary: "none" }),
  },
];

/** The id a path rule's target refers to: the segment after the kind, or the mail draft id. */
function idFromMatch(match: RegExpMatchArray, label: AuditLabel): string | null {
  if (label.target?.type === "meeting" || label.target?.type === "webinar") return match[2] ?? null;
  if (label.target?.type === "mail_draft") return match[1] ?? null;
  return null;
}

/** The label for a mutating request: the route's own, else by path, else generic. */
export function resolveAudit(method: string, pathname: string, params: Params, own: AuditLabel | undefined): ResolvedAudit {
  if (own) {
    const param = own.target?.param;
    const raw = param ? params[param] : undefined;
    return {
      action: own.action,
      targetType: own.target?.type ?? null,
      targetId: typeof raw === "string" ? raw : Array.isArray(raw) ? raw.join("/") : null,
      summary: own.summary ?? "body",
    };
  }
  for (const rule of PATH_RULES) {
    const match = pathname.match(rule.pattern);
    const label = match && rule.label(method, match);
    if (match && label) {
      return { action: label.action, targetType: label.target?.type ?? null, targetId: idFromMatch(match, label), summary: label.summary ?? "body" };
    }
  }
  // Unknown routes keep only which fields were sent: they may carry anything.
  return { action: `${method.toLowerCase()} ${pathPattern(pathname, params)}`, targetType: null, targetId: null, summary: "keys" };
}
