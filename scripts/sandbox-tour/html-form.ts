/**
 * Just enough HTML to do what a browser does with the sandbox's consent and device pages: find the
 * form, its hidden and text fields, the user radios (by their visible label) and the submit
 * buttons, and build the form post. The pages are plain server-rendered markup, so a few regular
 * expressions suffice; no DOM library is needed.
 */

export interface ParsedForm {
  /** Absolute URL the form posts to (a missing action means the page itself, as in browsers). */
  action: string;
  method: string;
  /** Hidden and text inputs with their values. */
  fields: Record<string, string>;
  /** Radio inputs: name, value and the text of the `<label for>` that names them. */
  radios: { name: string; value: string; label: string; checked: boolean }[];
  /** Submit buttons: name, value and visible text. */
  buttons: { name: string; value: string; text: string }[];
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)(?:\s*=\s*"([^"]*)")?/g)) attrs[m[1].toLowerCase()] = unescape(m[2] ?? "");
  return attrs;
}

function stripTags(html: string): string {
  return unescape(html.replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
}

export function parseForm(html: string, pageUrl: string): ParsedForm | undefined {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const formAttrs = attributes(form[1]);
  const inner = form[2];
  const labels = new Map<string, string>();
  for (const m of inner.matchAll(/<label\b([^>]*)>([\s\S]*?)<\/label>/gi)) {
    const target = attributes(m[1]).for;
    if (target) labels.set(target, stripTags(m[2]));
  }
  const parsed: ParsedForm = {
    action: new URL(formAttrs.action || pageUrl, pageUrl).toString(),
    method: (formAttrs.method || "get").toUpperCase(),
    fields: {},
    radios: [],
    buttons: [],
  };
  for (const m of inner.matchAll(/<input\b([^>]*)>/gi)) {
    const a = attributes(m[1]);
    if (!a.name) continue;
    const type = (a.type || "text").toLowerCase();
    if (type === "radio") parsed.radios.push({ name: a.name, value: a.value ?? "", label: labels.get(a.id) ?? "", checked: "checked" in a });
    else if (type === "hidden" || type === "text") parsed.fields[a.name] = a.value ?? "";
  }
  for (const m of inner.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/gi)) {
    const a = attributes(m[1]);
    parsed.buttons.push({ name: a.name ?? "", value: a.value ?? "", text: stripTags(m[2]) });
  }
  return parsed;
}

/**
 * The body a browser posts when the person picks the radio whose label contains `choose` and
 * clicks the button labelled `click`. Undefined when the page has no such radio or button.
 */
export function submission(form: ParsedForm, choose: string, click: string): Record<string, string> | undefined {
  const radio = form.radios.find((r) => r.label.includes(choose));
  const button = form.buttons.find((b) => b.text === click);
  if (!radio || !button) return undefined;
  const body = { ...form.fields, [radio.name]: radio.value };
  return button.name ? { ...body, [button.name]: button.value } : body;
}
