/** Zoom's user objects as the dashboard reads them (hand-written from the Users API). */

/** 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None. */
export type UserType = 1 | 2 | 4 | 99;

export type UserStatus = "active" | "inactive" | "pending";

export interface ZoomUserSummary {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  display_name?: string;
  type: UserType;
  status?: UserStatus;
  pmi?: number;
  timezone?: string;
  dept?: string;
  created_at?: string;
  user_created_at?: string;
  last_login_time?: string;
  role_id?: string;
  verified?: 0 | 1;
}

export interface ZoomUserList {
  next_page_token?: string;
  page_count?: number;
  page_number?: number;
  page_size?: number;
  total_records?: number;
  users?: ZoomUserSummary[];
}

export interface ZoomUser extends ZoomUserSummary {
  role_name?: string;
  language?: string;
  personal_meeting_url?: string;
  account_id?: string;
  login_types?: number[];
}

/** 201 of `POST /users`. */
export interface ZoomUserCreated {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  type: UserType;
}
