/**
 * Webinar operations as declared in the API Hub "Meetings" document.
 */
import type { RouteDef } from "../types";
import { createWebinar, deleteWebinar, getWebinar, listWebinars, updateWebinar } from "./handlers";

export const webinarRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/users/{userId}/webinars",
    operationId: "webinars",
    rateLimit: "MEDIUM",
    scopes: ["webinar:read:admin", "webinar:read", "webinar:read:list_webinars", "webinar:read:list_webinars:admin"],
    handle: listWebinars,
  },
  {
    method: "POST",
    path: "/users/{userId}/webinars",
    operationId: "webinarCreate",
    rateLimit: "LIGHT",
    scopes: ["webinar:write", "webinar:write:admin", "webinar:write:webinar", "webinar:write:webinar:admin"],
    handle: createWebinar,
  },
  {
    method: "GET",
    path: "/webinars/{webinarId}",
    operationId: "webinar",
    rateLimit: "LIGHT",
    scopes: ["webinar:read:admin", "webinar:read", "webinar:read:webinar", "webinar:read:webinar:admin"],
    handle: getWebinar,
  },
  {
    method: "PATCH",
    path: "/webinars/{webinarId}",
    operationId: "webinarUpdate",
    rateLimit: "LIGHT",
    scopes: ["webinar:write", "webinar:write:admin", "webinar:update:webinar", "webinar:update:webinar:admin"],
    handle: updateWebinar,
  },
  {
    method: "DELETE",
    path: "/webinars/{webinarId}",
    operationId: "webinarDelete",
    rateLimit: "LIGHT",
    scopes: ["webinar:write:admin", "webinar:write", "webinar:delete:webinar", "webinar:delete:webinar:admin"],
    handle: deleteWebinar,
  },
];
