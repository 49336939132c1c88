export interface NavItem {
  href: string;
  label: string;
  icon: "home" | "meetings" | "webinars" | "recordings" | "users" | "mail" | "settings";
  /** Only shown to workspace admins and owners. */
  adminOnly?: boolean;
}

export const navItems: NavItem[] = [
  { href: "/", label: "Home", icon: "home" },
  { href: "/meetings", label: "Meetings", icon: "meetings" },
  { href: "/webinars", label: "Webinars", icon: "webinars" },
  { href: "/recordings", label: "Recordings", icon: "recordings" },
  { href: "/users", label: "Users", icon: "users", adminOnly: true },
  { href: "/mail", label: "Mail", icon: "mail" },
  { href: "/settings", label: "Settings", icon: "settings" },
];
