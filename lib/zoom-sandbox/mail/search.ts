/**
 * The `q` parameter, a small subset of the Gmail-style search Zoom Mail documents as "server side
 * search": bare words (subject, body, From/To/Cc), `from:`, `to:`, `cc:`, `subject:`, `label:`,
 * quoted phrases, `-term` negation, and `{a b}` for "any of". Terms are ANDed; matching is
 * case-insensitive substring matching.
 */
import { type Header, headerValue } from "./mime";

export interface Searchable {
  headers: Header[];
  snippet: string;
  labelIds: string[];
}

type Term = { field?: string; text: string; negate: boolean };
type Clause = Term[]; // any of

function tokenize(q: string): string[] {
  return q.match(/-?\w+:"[^"]*"|-?"[^"]*"|[{}]|[^\s{}]+/g) ?? [];
}

function toTerm(token: string): Term {
  const negate = token.startsWith("-");
  const body = negate ? token.slice(1) : token;
  const m = /^(\w+):(.*)$/.exec(body);
  const unquote = (s: string) => s.replace(/^"|"$/g, "");
  return m ? { field: m[1].toLowerCase(), text: unquote(m[2]).toLowerCase(), negate } : { text: unquote(body).toLowerCase(), negate };
}

export function parseQuery(q: string): Clause[] {
  const clauses: Clause[] = [];
  let group: Term[] | undefined;
  for (const token of tokenize(q)) {
    if (token === "{") group = [];
    else if (token === "}") {
      if (group?.length) clauses.push(group);
      group = undefined;
    } else if (group) group.push(toTerm(token));
    else clauses.push([toTerm(token)]);
  }
  if (group?.length) clauses.push(group);
  return clauses;
}

function termMatches(term: Term, msg: Searchable): boolean {
  const h = (name: string) => (headerValue(msg.headers, name) ?? "").toLowerCase();
  let hit: boolean;
  switch (term.field) {
    case "from":
    case "to":
    case "cc":
    case "subject":
      hit = h(term.field).includes(term.text);
      break;
    case "label":
      hit = msg.labelIds.some((l) => l.toLowerCase() === term.text);
      break;
    default: {
      const haystack = [h("subject"), h("from"), h("to"), h("cc"), msg.snippet.toLowerCase()].join("\n");
      hit = haystack.includes(term.field ? `${term.field}:${term.text}` : term.text);
    }
  }
  return term.negate ? !hit : hit;
}

export function matches(clauses: Clause[], msg: Searchable): boolean {
  return clauses.every((clause) => clause.some((term) => termMatches(term, msg)));
}
