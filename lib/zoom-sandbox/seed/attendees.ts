/** Fixture people for registrants, transcripts and chat (never real addresses: example.com/org). */
import { pick } from "../random";

export const FIRST_NAMES = ["Ada", "Bo", "Chen", "Dara", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun", "Kemi", "Lena", "Mateo", "Noor", "Oskar", "Priya", "Quinn", "Rafa", "Sana", "Tomas", "Uma", "Vik", "Wen", "Yara", "Zoe"];
export const LAST_NAMES = ["Abara", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen", "Kowalski", "Laine", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Silva", "Tanaka", "Varga"];
const ORGS = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Litware"];
const JOBS = ["Engineer", "Designer", "Product Manager", "Teacher", "Analyst", "Researcher"];

export interface Person {
  first_name: string;
  last_name: string;
  email: string;
  org: string;
  job_title: string;
}

/** The n-th fixture person; `n` keeps emails unique within one list. */
export function person(random: () => number, n: number): Person {
  const first_name = pick(random, FIRST_NAMES);
  const last_name = pick(random, LAST_NAMES);
  return {
    first_name,
    last_name,
    email: `${first_name}.${last_name}.${n}@example.org`.toLowerCase(),
    org: pick(random, ORGS),
    job_title: pick(random, JOBS),
  };
}

export const SPOKEN_LINES = [
  "Good morning everyone, let's get started.",
  "Can everyone hear me okay?",
  "First item on the agenda is the quarterly roadmap.",
  "I'll share my screen in a second.",
  "We shipped the new onboarding flow last week.",
  "Any questions before we move on?",
  "Let's follow up on that offline.",
  "Thanks all, see you next time.",
];

export const CHAT_LINES = [
  "Morning!",
  "Link to the doc: https://example.com/notes",
  "+1",
  "Can you share the slides afterwards?",
  "Sorry, my audio dropped for a moment",
  "Thanks!",
];
