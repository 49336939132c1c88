/**
 * Registrant operations for meetings and webinars. Labels and scopes are the documents' own
 * (Meetings API, "Invitation & Registration" and "Webinars" tags); the contract meta-test checks them.
 */
import type { RouteDef } from "../types";
import { createRegistrant } from "./create";
import { deleteRegistrant, getRegistrant, listRegistrants, updateRegistrantStatus } from "./manage";
import { getQuestions, updateQuestions } from "./questions";

export const registrantRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/meetings/{meetingId}/registrants",
    operationId: "meetingRegistrants",
    rateLimit: "MEDIUM",
    scopes: ["meeting:read:admin", "meeting:read", "meeting:read:list_registrants", "meeting:read:list_registrants:admin"],
    handle: (ctx) => listRegistrants(ctx, "meeting"),
  },
  {
    method: "POST",
    path: "/meetings/{meetingId}/registrants",
    operationId: "meetingRegistrantCreate",
    rateLimit: "LIGHT",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:write:registrant", "meeting:write:registrant:admin"],
    handle: (ctx) => createRegistrant(ctx, "meeting"),
  },
  {
    method: "GET",
    path: "/meetings/{meetingId}/registrants/questions",
    operationId: "meetingRegistrantsQuestionsGet",
    rateLimit: "LIGHT",
    scopes: ["meeting:read", "meeting:read:admin", "meeting:read:list_registration_questions", "meeting:read:list_registration_questions:admin"],
    handle: (ctx) => getQuestions(ctx, "meeting"),
  },
  {
    method: "PATCH",
    path: "/meetings/{meetingId}/registrants/questions",
    operationId: "meetingRegistrantQuestionUpdate",
    rateLimit: "LIGHT",
    scopes: ["meeting:write", "meeting:write:admin", "meeting:update:registration_question", "meeting:update:registration_question:admin"],
    handle: (ctx) => updateQuestions(ctx, "meeting"),
  },
  {
    method: "PUT",
    path: "/meetings/{meetingId}/registrants/status",
    operationId: "meetingRegistrantStatus",
    rateLimit: "MEDIUM",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:update:registrant_status", "meeting:update:registrant_status:admin"],
    handle: (ctx) => updateRegistrantStatus(ctx, "meeting"),
  },
  {
    method: "GET",
    path: "/meetings/{meetingId}/registrants/{registrantId}",
    operationId: "meetingRegistrantGet",
    rateLimit: "LIGHT",
    scopes: ["meeting:read:admin", "meeting:read", "meeting:read:registrant", "meeting:read:registrant:admin"],
    handle: (ctx) => getRegistrant(ctx, "meeting"),
  },
  {
    method: "DELETE",
    path: "/meetings/{meetingId}/registrants/{registrantId}",
    operationId: "meetingregistrantdelete",
    rateLimit: "LIGHT",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:delete:registrant", "meeting:delete:registrant:admin"],
    handle: (ctx) => deleteRegistrant(ctx, "meeting"),
  },
  {
    method: "GET",
    path: "/webinars/{webinarId}/registrants",
    operationId: "webinarRegistrants",
    rateLimit: "MEDIUM",
    scopes: ["webinar:read:admin", "webinar:read", "webinar:read:list_registrants", "webinar:read:list_registrants:admin"],
    handle: (ctx) => listRegistrants(ctx, "webinar"),
  },
  {
    method: "POST",
    path: "/webinars/{webinarId}/registrants",
    operationId: "webinarRegistrantCreate",
    rateLimit: "LIGHT",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:write:registrant", "webinar:write:registrant:admin"],
    handle: (ctx) => createRegistrant(ctx, "webinar"),
  },
  {
    method: "GET",
    path: "/webinars/{webinarId}/registrants/questions",
    operationId: "webinarRegistrantsQuestionsGet",
    rateLimit: "LIGHT",
    scopes: ["webinar:read:admin", "webinar:read", "webinar:read:list_registration_questions", "webinar:read:list_registration_questions:admin"],
    handle: (ctx) => getQuestions(ctx, "webinar"),
  },
  {
    method: "PATCH",
    path: "/webinars/{webinarId}/registrants/questions",
    operationId: "webinarRegistrantQuestionUpdate",
    rateLimit: "LIGHT",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:update:registration_question", "webinar:update:registration_question:admin"],
    handle: (ctx) => updateQuestions(ctx, "webinar"),
  },
  {
    method: "PUT",
    path: "/webinars/{webinarId}/registrants/status",
    operationId: "webinarRegistrantStatus",
    rateLimit: "MEDIUM",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:update:registrant_status", "webinar:update:registrant_status:admin"],
    handle: (ctx) => updateRegistrantStatus(ctx, "webinar"),
  },
  {
    method: "GET",
    path: "/webinars/{webinarId}/registrants/{registrantId}",
    operationId: "webinarRegistrantGet",
    rateLimit: "LIGHT",
    scopes: ["webinar:read:admin", "webinar:read", "webinar:read:registrant", "webinar:read:registrant:admin"],
    handle: (ctx) => getRegistrant(ctx, "webinar"),
  },
  {
    method: "DELETE",
    path: "/webinars/{webinarId}/registrants/{registrantId}",
    operationId: "deleteWebinarRegistrant",
    rateLimit: "LIGHT",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:delete:registrant", "webinar:delete:registrant:admin"],
    handle: (ctx) => deleteRegistrant(ctx, "webinar"),
  },
];
