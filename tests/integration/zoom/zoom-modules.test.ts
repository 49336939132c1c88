/**
 * lib/zoom/* against the real sandbox over HTTP: every operation the dashboard uses, the shape of
 * what comes back, and the failure paths (3001, 429, validation) as Zoom reports them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { defaultRecurrence } from "@/lib/schemas/recurrence";
import type { MeetingInput } from "@/lib/schemas/meeting";
import { clientSettings } from "@/lib/zoom/client";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { meetingCreateBody, meetingUpdateBody } from "@/lib/zoom/meeting-body";
import { meetingToInput } from "@/lib/schemas/scheduled-from-zoom";
import { createMeeting, deleteMeeting, getMeeting, listMeetings, updateMeeting } from "@/lib/zoom/meetings";
import { zoomPages } from "@/lib/zoom/paginate";
import { occurrenceBody } from "@/lib/zoom/scheduled-body";
import { createMeetingTemplate, listMeetingTemplates, listWebinarTemplates } from "@/lib/zoom/templates";
import type { ZoomMeetingList } from "@/lib/zoom/types/meeting";
import { createNonLoginUser, getUser, listAllActiveUsers, listUsers } from "@/lib/zoom/users";
import { createWebinar, deleteWebinar, getWebinar, listWebinars, updateWebinar } from "@/lib/zoom/webinars";
import { webinarCreateBody } from "@/lib/zoom/webinar-body";
import { startHarness, MEMBER, OWNER, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  clientSettings.sleep = async () => {}; // retries are counted, not waited for
});
afterAll(async () => h?.close());
beforeEach(async () => {
  await h.control("DELETE", "/faults");
});

const tomorrow = DateTime.now().setZone("America/New_York").plus({ days: 1 });

function input(patch: Partial<MeetingInput> = {}): MeetingInput {
  return {
    topic: "Integration sync",
    agenda: "Walk through the board",
    startDate: tomorrow.toFormat("yyyy-MM-dd"),
    startTime: "09:30",
    timezone: "America/New_York",
    duration: 45,
    passcode: "abc123",
    settings: {
      waitingRoom: true,
      joinBeforeHost: false,
      jbhTime: 0,
      muteUponEntry: true,
      hostVideo: true,
      participantVideo: false,
      autoRecording: "cloud",
      approvalType: 2,
      registrationType: 1,
      alternativeHosts: [],
    },
    recurrence: null,
    scheduleFor: "",
    templateId: "",
    ...patch,
  };
}

describe("meetings", () => {
  it("creates a meeting at the local time asked for, reads it back, updates and deletes it", async () => {
    const ctx = await h.user(OWNER);
    const created = await createMeeting(ctx, "me", meetingCreateBody(input()));
    expect(created).toMatchObject({ topic: "Integration sync", type: 2, duration: 45, timezone: "America/New_York", password: "abc123" });
    expect(DateTime.fromISO(created.start_time!).setZone("America/New_York").toFormat("HH:mm")).toBe("09:30");
    expect(created.settings).toMatchObject({ waiting_room: true, mute_upon_entry: true, auto_recording: "cloud" });

    const read = await getMeeting(ctx, String(created.id));
    const asForm = meetingToInput(read, "UTC");
    expect(asForm).toMatchObject({ topic: "Integration sync", startTime: "09:30", duration: 45, passcode: "abc123" });

    await updateMeeting(ctx, String(created.id), meetingUpdateBody({ topic: "Renamed sync", duration: 30 }));
    expect(await getMeeting(ctx, String(created.id))).toMatchObject({ topic: "Renamed sync", duration: 30 });

    await deleteMeeting(ctx, String(created.id));
    const gone = await getMeeting(ctx, String(created.id)).catch((e) => e);
    expect(gone).toBeInstanceOf(ZoomApiError);
    expect(gone).toMatchObject({ status: 404, code: 3001 });
    expect(gone.trackingId).toBeTruthy();
  });

  it("edits and deletes one occurrence of a series without touching the others", async () => {
    const ctx = await h.user(OWNER);
    const recurrence = { ...defaultRecurrence(), type: "daily" as const, interval: 1, endMode: "count" as const, endTimes: 5 };
    const created = await createMeeting(ctx, "me", meetingCreateBody(input({ recurrence })));
    expect(created.type).toBe(8);
    expect(created.occurrences).toHaveLength(5);
    const [first, second, third] = created.occurrences!;

    const moved = DateTime.fromISO(second!.start_time).setZone("America/New_York").set({ hour: 11, minute: 0 });
    await updateMeeting(
      ctx,
      String(created.id),
      occurrenceBody({ startDate: moved.toFormat("yyyy-MM-dd"), startTime: "11:00", timezone: "America/New_York", duration: 20 }),
      second!.occurrence_id,
    );
    await deleteMeeting(ctx, String(created.id), { occurrenceId: third!.occurrence_id });

    const after = await getMeeting(ctx, String(created.id));
    const byId = new Map(after.occurrences!.map((o) => [o.occurrence_id, o]));
    expect(byId.get(first!.occurrence_id)).toMatchObject({ start_time: first!.start_time, duration: 45, status: "available" });
    expect(byId.get(second!.occurrence_id)).toMatchObject({ start_time: moved.toUTC().toISO({ suppressMilliseconds: true }), duration: 20 });
    expect(byId.get(third!.occurrence_id)?.status ?? "deleted").toBe("deleted");

    // A topic-only edit of the series keeps the per-occurrence changes (timing is not resent).
    await updateMeeting(ctx, String(created.id), meetingUpdateBody({ topic: "Renamed series" }));
    const renamed = await getMeeting(ctx, String(created.id));
    expect(renamed.occurrences!.find((o) => o.occurrence_id === second!.occurrence_id)?.duration).toBe(20);
    await deleteMeeting(ctx, String(created.id));
  });

  it("lists more than 300 scheduled meetings by following next_page_token", async () => {
    const ctx = await h.user(OWNER);
    const ids = new Set<number>();
    let pages = 0;
    for await (const page of zoomPages<ZoomMeetingList>(ctx, "/users/me/meetings", { operation: "meetings", query: { type: "scheduled" }, pageSize: 100 })) {
      pages++;
      for (const m of page.meetings ?? []) ids.add(m.id);
    }
    const first = await listMeetings(ctx, "me", { type: "scheduled", pageSize: 100 });
    expect(first.total_records).toBeGreaterThan(300);
    expect(ids.size).toBe(first.total_records);
    expect(pages).toBe(Math.ceil(first.total_records! / 100));
  });

  it("surfaces Zoom's field errors from a create it refuses", async () => {
    const ctx = await h.user(OWNER);
    const error = await createMeeting(ctx, "me", { topic: "x".repeat(201) }).catch((e) => e);
    expect(error).toMatchObject({ status: 400, code: 300 });
    expect(error.details.errors?.[0]?.field).toBe("topic");
  });

  it("does not retry a create that hit a 429, and keeps Zoom's reset time", async () => {
    const ctx = await h.user(OWNER);
    await h.control("POST", "/faults", {
      method: "POST",
      path: "/users/{userId}/meetings",
      status: 429,
      body: { code: 429, message: "You have reached the maximum daily rate limit for this API." },
      count: 2,
    });
    await h.resetCounters();
    const error = await createMeeting(ctx, "me", meetingCreateBody(input())).catch((e) => e);
    expect(error).toMatchObject({ status: 429 });
    expect((await h.calls()).meetingCreate).toBe(1);
  });

  it("retries a read through a transient 503", async () => {
    const ctx = await h.user(OWNER);
    await h.control("POST", "/faults", { method: "GET", path: "meetings", status: 503, count: 1 });
    await h.resetCounters();
    const page = await listMeetings(ctx, "me", { type: "upcoming", pageSize: 10 });
    expect(page.meetings?.length).toBe(10);
    expect((await h.calls()).meetings).toBe(2);
  });
});

describe("webinars", () => {
  it("creates, lists, updates and deletes a webinar with webinar settings", async () => {
    const ctx = await h.user(OWNER);
    const body = webinarCreateBody({
      ...input({ topic: "Product launch webinar" }),
      settings: {
        hostVideo: true,
        panelistsVideo: true,
        practiceSession: true,
        hdVideo: false,
        questionAndAnswer: true,
        onDemand: false,
        autoRecording: "cloud",
        approvalType: 0,
        registrationType: 1,
        registrantsRestrictNumber: 500,
        alternativeHosts: [],
      },
    });
    const created = await createWebinar(ctx, "me", body);
    expect(created).toMatchObject({ topic: "Product launch webinar", type: 5 });
    expect(created.settings).toMatchObject({ practice_session: true, panelists_video: true, approval_type: 0 });

    const list = await listWebinars(ctx, "me", { type: "scheduled", pageSize: 300 });
    expect(list.webinars?.some((w) => w.id === created.id)).toBe(true);

    await updateWebinar(ctx, String(created.id), { topic: "Launch webinar (v2)" });
    expect((await getWebinar(ctx, String(created.id))).topic).toBe("Launch webinar (v2)");
    await deleteWebinar(ctx, String(created.id));
    await expect(getWebinar(ctx, String(created.id))).rejects.toMatchObject({ status: 404, code: 3001 });
  });
});

describe("templates", () => {
  it("lists meeting and webinar templates and saves a meeting as a template", async () => {
    const ctx = await h.user(OWNER);
    const before = await listMeetingTemplates(ctx, "me");
    expect(before.length).toBeGreaterThan(0);
    expect((await listWebinarTemplates(ctx, "me")).length).toBeGreaterThan(0);

    const meeting = await createMeeting(ctx, "me", meetingCreateBody(input({ topic: "Template source" })));
    const saved = await createMeetingTemplate(ctx, "me", String(meeting.id), { name: `Board prep ${Date.now()}`, saveRecurrence: false, overwrite: false });
    const after = await listMeetingTemplates(ctx, "me");
    expect(after.map((t) => t.id)).toContain(saved.id);

    const again = await createMeetingTemplate(ctx, "me", String(meeting.id), { name: saved.name, saveRecurrence: false, overwrite: false }).catch((e) => e);
    expect(again).toMatchObject({ status: 400, code: 3000 });
  });
});

describe("users", () => {
  it("pages through the account's users and sees each user's type and status", async () => {
    const page = await listUsers(h.account, { status: "active", pageSize: 5 });
    expect(page.users).toHaveLength(5);
    expect(page.next_page_token).toBeTruthy();
    const all = await listAllActiveUsers(h.account);
    expect(all.users.length).toBe(page.total_records);
    expect(all.users.every((u) => u.status === "active")).toBe(true);
  });

  it("creates a custCreate user who can then host a meeting, and refuses the same email twice", async () => {
    const email = `room-${Date.now()}@brightwave.test`;
    const created = await createNonLoginUser(h.account, { email, firstName: "Exam", lastName: "Room 9", displayName: "", type: 1 });
    expect(created).toMatchObject({ email, type: 1 });
    expect((await getUser(h.account, created.id)).email).toBe(email);

    const meeting = await createMeeting(h.account, created.id, meetingCreateBody(input({ topic: "Telehealth visit" })));
    expect(meeting.host_id).toBe(created.id);

    const duplicate = await createNonLoginUser(h.account, { email, firstName: "Exam", lastName: "", displayName: "", type: 1 }).catch((e) => e);
    expect(duplicate).toMatchObject({ status: 409, code: 1005 });
  });

  it("refuses the account's user list to a member's own token", async () => {
    const member = await h.user(MEMBER);
    await expect(listUsers(member, { status: "active", pageSize: 5 })).rejects.toMatchObject({ status: 400, code: 200 });
  });
});
