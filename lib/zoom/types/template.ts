/** `GET /users/{userId}/meeting_templates` and `…/webinar_templates` (not paginated). */
export interface ZoomTemplate {
  id: string;
  name: string;
  /** 1 a user's meeting template, 2 an admin meeting template. */
  type?: number;
}

export interface ZoomTemplateList {
  total_records?: number;
  templates?: ZoomTemplate[];
}

/** 201 of `POST /users/{userId}/meeting_templates`. */
export interface ZoomTemplateCreated {
  id: string;
  name: string;
}
