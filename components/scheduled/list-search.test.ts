import { describe, expect, it } from "vitest";
import { idQuery, searchMessages } from "@/components/scheduled/list-search";

describe("list search", () => {
  it("takes 9–11 digits, spaced or dashed the way Zoom prints them, as an ID", () => {
    expect(idQuery("823 4567 8901")).toBe("82345678901");
    expect(idQuery(" 823-4567-8901 ")).toBe("82345678901");
    expect(idQuery("857460651")).toBe("857460651");
    expect(idQuery("4606")).toBeNull();
    expect(idQuery("823456789012")).toBeNull();
    expect(idQuery("Q3 823 4567 8901")).toBeNull();
    expect(idQuery("")).toBeNull();
  });

  it("says it searches everything while pages load, then whether it looked at everything", () => {
    const base = { plural: "meetings", search: "budget", loaded: 100, total: 312 };
    expect(searchMessages({ ...base, searching: true, capped: false }).status).toBe("Searching all 312 meetings…");
    expect(searchMessages({ ...base, loaded: 312, searching: false, capped: false })).toEqual({ status: "Searched all 312 meetings.", empty: "Nothing matches “budget”." });
    const capped = searchMessages({ ...base, loaded: 3000, total: 5200, searching: false, capped: true });
    expect(capped.status).toBe("Searched the first 3,000 of 5,200 meetings. Type more of the name to narrow it down.");
    expect(capped.empty).toBe("Nothing among the first 3,000 meetings matches “budget”.");
    expect(searchMessages({ ...base, search: "  ", searching: false, capped: false })).toEqual({ status: "", empty: null });
  });

  it("reports an ID lookup that found nothing in Zoom's grouping", () => {
    const base = { plural: "meetings", search: "82345678901", loaded: 100, total: 312, searching: false, capped: false };
    expect(searchMessages({ ...base, lookup: { id: "82345678901", noun: "meeting", pending: false, notFound: true } }).empty).toBe("No meeting with ID 823 4567 8901.");
    expect(searchMessages({ ...base, lookup: { id: "82345678901", noun: "meeting", pending: true, notFound: false } }).status).toBe("Looking up meeting ID 823 4567 8901…");
  });
});
