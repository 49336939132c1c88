/**
 * Zoom Mail, as the member who signed in on a device: drafts (create, list, get, replace, send,
 * delete) and the vacation and language settings. Settings are put back afterwards so a persisted
 * sandbox looks the same after every tour.
 */
import { need } from "./client";
import { PEOPLE, bodyOf, listOf, v2, type Json, type TourContext, type V2Spec } from "./context";

/** A draft's `raw` is the whole RFC 2822 message, base64url-encoded (Gmail's format). */
function rawMessage(subject: string, body: string): string {
  const lines = [
    `From: ${PEOPLE.member}`,
    "To: ana.souza@brightwave.test",
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "",
    body,
  ];
  return Buffer.from(lines.join("\r\n")).toString("base64url");
}

function header(draft: Json, name: string): string | undefined {
  const headers = ((draft.message as Json | undefined)?.payload as Json | undefined)?.headers;
  return Array.isArray(headers) ? (headers as { name: string; value: string }[]).find((h) => h.name === name)?.value : undefined;
}

export async function mail(ctx: TourContext): Promise<void> {
  ctx.tour.section("Zoom Mail (device token)");
  const token = need(ctx.tokens.device, "the device token");
  const box = `/emails/mailboxes/${encodeURIComponent(PEOPLE.member)}`;
  const call = (spec: V2Spec) => v2(ctx, { ...spec, token });
  const draftIds = (r: Parameters<typeof listOf>[0]) => listOf<{ id: string }>(r, "drafts").map((d) => d.id);

  await call({ key: "mail.drafts.list", method: "GET", path: `${box}/drafts`, query: { maxResults: 500 }, expect: 200 });
  const subject = `Planning notes ${ctx.run}`;
  const created = await call({
    key: "mail.drafts.create",
    method: "POST",
    path: `${box}/drafts`,
    json: { message: { raw: rawMessage(subject, "First version.") } },
    expect: 200,
  });
  const id = need(bodyOf(created).id as string, "draft id");
  await call({
    key: "mail.drafts.get",
    method: "GET",
    path: `${box}/drafts/${id}`,
    query: { format: "full" },
    expect: 200,
    check: (r) => (header(bodyOf(r), "Subject") === subject ? undefined : `subject ${header(bodyOf(r), "Subject")}`),
  });
  await call({
    key: "mail.drafts.replace",
    method: "PUT",
    path: `${box}/drafts/${id}`,
    json: { message: { raw: rawMessage(subject, "Final version, with the dates.") } },
    expect: 200,
    check: (r) => (bodyOf(r).id === id ? undefined : "replacing changed the draft id"),
  });
  await call({
    key: "mail.drafts.send",
    method: "POST",
    path: `${box}/drafts/send`,
    json: { id },
    expect: 200,
    check: (r) => (listOf(r, "labelIds").includes("SENT") ? undefined : "not labelled SENT"),
  });
  await call({
    key: "mail.drafts.list.after-send",
    method: "GET",
    path: `${box}/drafts`,
    query: { maxResults: 500 },
    expect: 200,
    check: (r) => (draftIds(r).includes(id) ? "the sent draft is still a draft" : undefined),
  });

  const scratch = await call({ key: "mail.drafts.create.scratch", method: "POST", path: `${box}/drafts`, json: {}, expect: 200 });
  await call({ key: "mail.drafts.delete", method: "DELETE", path: `${box}/drafts/${need(bodyOf(scratch).id as string, "scratch draft id")}`, expect: 204 });

  const vacation = await call({ key: "mail.vacation.get", method: "GET", path: `${box}/settings/vacation`, expect: 200 });
  const start = Date.now() + 7 * 86_400_000;
  await call({
    key: "mail.vacation.put",
    method: "PUT",
    path: `${box}/settings/vacation`,
    json: {
      enableAutoReply: true,
      responseSubject: "Out of office",
      responseBodyPlainText: "Back next week; Ana covers for me.",
      startTime: String(start),
      endTime: String(start + 5 * 86_400_000),
      restrictToDomain: true,
    },
    expect: 200,
    check: (r) => (bodyOf(r).enableAutoReply === true ? undefined : "auto-reply not enabled"),
  });
  await call({ key: "mail.vacation.restore", method: "PUT", path: `${box}/settings/vacation`, json: bodyOf(vacation), expect: 200 });

  const language = await call({ key: "mail.language.get", method: "GET", path: `${box}/settings/language`, expect: 200 });
  await call({
    key: "mail.language.put",
    method: "PUT",
    path: `${box}/settings/language`,
    json: { language: "pt-br" },
    expect: 200,
    check: (r) => (bodyOf(r).language === "pt-BR" ? undefined : `language ${bodyOf(r).language}, expected pt-BR`),
  });
  await call({ key: "mail.language.restore", method: "PUT", path: `${box}/settings/language`, json: bodyOf(language), expect: 200 });
}
