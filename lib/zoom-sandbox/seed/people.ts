/**
 * The seeded account's people. A fixed roster (not random) so SANDBOX.md and the dashboard's
 * end-to-end tests can name who to sign in as; ids, PMIs and meetings come from the seed.
 */
import type { SandboxUser } from "../types";

export const SEED_DOMAIN = "brightwave.test";

export interface SeedPerson {
  first: string;
  last: string;
  role: "Owner" | "Admin" | "Member";
  type: SandboxUser["type"];
  status: SandboxUser["status"];
  via: SandboxUser["created_via"];
  timezone: string;
  dept: string;
  title: string;
  webinar?: boolean;
  /** Local part of the e-mail when it is not first.last. */
  local?: string;
}

export const SEED_PEOPLE: SeedPerson[] = [
  { first: "Olivia", last: "Bennett", role: "Owner", type: 2, status: "active", via: "seed", timezone: "America/New_York", dept: "Executive", title: "Chief Executive Officer", webinar: true },
  { first: "Marcus", last: "Reyes", role: "Admin", type: 2, status: "active", via: "seed", timezone: "America/Chicago", dept: "IT", title: "IT Director", webinar: true },
  { first: "Priya", last: "Nair", role: "Admin", type: 2, status: "active", via: "seed", timezone: "Asia/Kolkata", dept: "Operations", title: "Operations Lead" },
  { first: "Hannah", last: "Schmidt", role: "Admin", type: 2, status: "active", via: "seed", timezone: "Europe/Berlin", dept: "People", title: "Head of People" },
  { first: "Daniel", last: "Okafor", role: "Member", type: 2, status: "active", via: "seed", timezone: "Africa/Lagos", dept: "Sales", title: "Account Executive", webinar: true },
  { first: "Sofia", last: "Rossi", role: "Member", type: 2, status: "active", via: "seed", timezone: "Europe/Rome", dept: "Marketing", title: "Marketing Manager", webinar: true },
  { first: "Liam", last: "O'Connor", role: "Member", type: 2, status: "active", via: "seed", timezone: "Europe/Dublin", dept: "Engineering", title: "Staff Engineer", local: "liam.oconnor" },
  { first: "Mei", last: "Chen", role: "Member", type: 2, status: "active", via: "seed", timezone: "Asia/Shanghai", dept: "Engineering", title: "Engineering Manager" },
  { first: "Lucas", last: "Martin", role: "Member", type: 2, status: "active", via: "seed", timezone: "Europe/Paris", dept: "Finance", title: "Financial Analyst" },
  { first: "Aisha", last: "Khan", role: "Member", type: 2, status: "active", via: "seed", timezone: "Asia/Dubai", dept: "Customer Success", title: "Customer Success Manager" },
  { first: "Ethan", last: "Walker", role: "Member", type: 2, status: "active", via: "seed", timezone: "America/Los_Angeles", dept: "Sales", title: "Sales Engineer" },
  { first: "Chloé", last: "Dubois", role: "Member", type: 2, status: "active", via: "seed", timezone: "America/Toronto", dept: "Design", title: "Product Designer", local: "chloe.dubois" },
  { first: "Kenji", last: "Watanabe", role: "Member", type: 1, status: "active", via: "seed", timezone: "Asia/Tokyo", dept: "Engineering", title: "Software Engineer" },
  { first: "Ana", last: "Souza", role: "Member", type: 1, status: "active", via: "seed", timezone: "America/Sao_Paulo", dept: "Support", title: "Support Specialist" },
  { first: "Noah", last: "Fischer", role: "Member", type: 1, status: "active", via: "seed", timezone: "Europe/Zurich", dept: "Legal", title: "Counsel" },
  { first: "Grace", last: "Kim", role: "Member", type: 1, status: "active", via: "seed", timezone: "Asia/Seoul", dept: "Research", title: "Researcher" },
  { first: "Mateo", last: "Álvarez", role: "Member", type: 1, status: "active", via: "seed", timezone: "America/Mexico_City", dept: "Support", title: "Support Specialist", local: "mateo.alvarez" },
  { first: "Emma", last: "Johansson", role: "Member", type: 2, status: "active", via: "seed", timezone: "Europe/Stockholm", dept: "Product", title: "Product Manager" },
  { first: "Oliver", last: "Brown", role: "Member", type: 2, status: "active", via: "seed", timezone: "Europe/London", dept: "Finance", title: "Controller" },
  { first: "Isabella", last: "Garcia", role: "Member", type: 4, status: "active", via: "seed", timezone: "America/Denver", dept: "Facilities", title: "Office Manager" },
  { first: "Zara", last: "Ahmed", role: "Member", type: 2, status: "pending", via: "create", timezone: "America/New_York", dept: "Marketing", title: "Content Strategist" },
  { first: "Jonas", last: "Weber", role: "Member", type: 1, status: "pending", via: "create", timezone: "Europe/Berlin", dept: "Engineering", title: "Intern" },
  { first: "Ruby", last: "Thompson", role: "Member", type: 2, status: "inactive", via: "seed", timezone: "Australia/Sydney", dept: "Sales", title: "Regional Sales Manager" },
  { first: "Samuel", last: "Adeyemi", role: "Member", type: 1, status: "inactive", via: "seed", timezone: "Europe/London", dept: "Support", title: "Support Specialist" },
  { first: "Clinic", last: "Room 1", role: "Member", type: 2, status: "active", via: "custCreate", timezone: "America/New_York", dept: "Telehealth", title: "", local: "clinic-room-1" },
  { first: "Clinic", last: "Room 2", role: "Member", type: 1, status: "active", via: "custCreate", timezone: "America/Chicago", dept: "Telehealth", title: "", local: "clinic-room-2" },
];

export const ROLE_IDS: Record<SeedPerson["role"], string> = { Owner: "0", Admin: "1", Member: "2" };

export function emailOf(p: SeedPerson): string {
  return `${p.local ?? `${p.first}.${p.last}`.toLowerCase()}@${SEED_DOMAIN}`;
}

export const MEETING_TOPICS = [
  "Weekly team sync",
  "Quarterly business review",
  "Customer onboarding call",
  "Product roadmap planning",
  "1:1 check-in",
  "Design critique",
  "Sprint retrospective",
  "Sales pipeline review",
  "Hiring panel interview",
  "Budget planning",
  "Incident postmortem",
  "Partner integration kickoff",
  "All-hands prep",
  "Marketing campaign brainstorm",
  "Security review",
  "Vendor demo",
  "Board meeting rehearsal",
  "Support escalation triage",
  "Architecture deep dive",
  "Training: new CRM",
];

export const WEBINAR_TOPICS = [
  "Product launch: Spring release",
  "Customer success masterclass",
  "Monthly product office hours",
  "Industry trends 2026",
  "Getting started with Brightwave",
  "Security & compliance briefing",
];
