/** Contract cases for the core operations (users, meetings, webinars, templates). */
import type { ContractCase } from "./types";

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
let unique = 0;
const email = () => `contract.user.${Date.now()}.${unique++}@example.org`;

export const coreCases: ContractCase[] = [
  // Users
  {
    operationId: "users",
    async request() {
      return { path: "/users", query: { status: "active", page_size: 5 } };
    },
  },
  {
    operationId: "userCreate",
    async request() {
      return { path: "/users", body: { action: "create", user_info: { email: email(), type: 1, first_name: "Jill", last_name: "Chill" } } };
    },
  },
  {
    operationId: "user",
    async request(env) {
      return { path: `/users/${env.member().id}` };
    },
  },

  // Meetings
  {
    operationId: "meetings",
    async request() {
      return { path: "/users/me/meetings", query: { type: "scheduled", page_size: 30 } };
    },
  },
  {
    operationId: "meetingCreate",
    async request() {
      return {
        path: "/users/me/meetings",
        body: {
          topic: "Contract: weekly sync",
          type: 8,
          start_time: future(2),
          duration: 30,
          timezone: "America/New_York",
          agenda: "Status",
          recurrence: { type: 2, repeat_interval: 1, weekly_days: "2,4", end_times: 6 },
          settings: { host_video: true, waiting_room: true, approval_type: 0, registration_type: 1 },
        },
      };
    },
  },
  {
    operationId: "meeting",
    async request(env) {
      const m = await env.meeting();
      return { path: `/meetings/${m.id}` };
    },
  },
  {
    operationId: "meetingUpdate",
    async request(env) {
      const m = await env.meeting();
      return { path: `/meetings/${m.id}`, body: { topic: "Renamed by the contract suite", duration: 50 } };
    },
  },
  {
    operationId: "meetingDelete",
    async request(env) {
      const m = await env.meeting();
      return { path: `/meetings/${m.id}` };
    },
  },
  {
    operationId: "meetingStatus",
    async request(env) {
      const m = await env.meeting();
      await env.client.api("DELETE", `/meetings/${m.id}`);
      return { path: `/meetings/${m.id}/status`, body: { action: "recover" } };
    },
  },
  {
    operationId: "listUpcomingMeeting",
    async request() {
      return { path: "/users/me/upcoming_meetings" };
    },
  },

  // Webinars
  {
    operationId: "webinars",
    async request() {
      return { path: "/users/me/webinars", query: { page_size: 30 } };
    },
  },
  {
    operationId: "webinarCreate",
    async request() {
      return {
        path: "/users/me/webinars",
        body: { topic: "Contract webinar", type: 5, start_time: future(9), duration: 60, timezone: "UTC", settings: { approval_type: 0, practice_session: true } },
      };
    },
  },
  {
    operationId: "webinar",
    async request(env) {
      const w = await env.webinar();
      return { path: `/webinars/${w.id}` };
    },
  },
  {
    operationId: "webinarUpdate",
    async request(env) {
      const w = await env.webinar();
      return { path: `/webinars/${w.id}`, body: { agenda: "Updated agenda", duration: 75 } };
    },
  },
  {
    operationId: "webinarDelete",
    async request(env) {
      const w = await env.webinar();
      return { path: `/webinars/${w.id}` };
    },
  },

  // Templates
  {
    operationId: "listMeetingTemplates",
    async request() {
      return { path: "/users/me/meeting_templates" };
    },
  },
  {
    operationId: "meetingTemplateCreate",
    async request(env) {
      const m = await env.meeting({ waiting_room: true });
      return { path: "/users/me/meeting_templates", body: { meeting_id: m.id, name: `Contract template ${unique++}`, save_recurrence: false } };
    },
  },
  {
    operationId: "listWebinarTemplates",
    async request() {
      return { path: "/users/me/webinar_templates" };
    },
  },
  {
    operationId: "webinarTemplateCreate",
    async request(env) {
      const w = await env.webinar();
      return { path: "/users/me/webinar_templates", body: { webinar_id: w.id, name: `Contract webinar template ${unique++}` } };
    },
  },
];
