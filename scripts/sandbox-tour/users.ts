/** Users: list, get, and the two ways our users create accounts (`create` invites, `custCreate` does not). */
import { need } from "./client";
import { PEOPLE, bodyOf, listOf, v2, type TourContext } from "./context";

type User = { id: string; email: string };

export async function users(ctx: TourContext): Promise<void> {
  ctx.tour.section("Users");
  const list = await v2(ctx, { key: "users.list", method: "GET", path: "/users", query: { status: "active", page_size: 300 }, expect: 200 });
  const member = need(listOf<User>(list, "users").find((u) => u.email === PEOPLE.member), `${PEOPLE.member} in the user list`);
  await v2(ctx, {
    key: "users.get",
    method: "GET",
    path: `/users/${member.id}`,
    expect: 200,
    check: (r) => (bodyOf(r).email === PEOPLE.member ? undefined : "wrong user"),
  });

  // `create` sends an invitation, so the new user is pending until they accept it.
  const invited = `tour.invite.${ctx.run}@example.org`;
  await v2(ctx, {
    key: "users.create",
    method: "POST",
    path: "/users",
    json: { action: "create", user_info: { email: invited, type: 1, first_name: "Tour", last_name: "Invitee" } },
    expect: 201,
  });
  await v2(ctx, {
    key: "users.list.pending",
    method: "GET",
    path: "/users",
    query: { status: "pending", page_size: 300 },
    expect: 200,
    check: (r) => (listOf<User>(r, "users").some((u) => u.email === invited) ? undefined : "the invitee is not pending"),
  });

  // `custCreate` makes a user without a Zoom login (meeting rooms, API-only hosts).
  const room = await v2(ctx, {
    key: "users.custCreate",
    method: "POST",
    path: "/users",
    json: { action: "custCreate", user_info: { email: `tour.room.${ctx.run}@brightwave.test`, type: 1, first_name: "Tour", last_name: "Room" } },
    expect: 201,
  });
  await v2(ctx, {
    key: "users.get.custCreate",
    method: "GET",
    path: `/users/${need(bodyOf(room).id as string, "custCreate user id")}`,
    expect: 200,
    check: (r) => (bodyOf(r).status === "active" ? undefined : `status ${bodyOf(r).status}, expected active`),
  });
}
