/**
 * Runs in the page's head before paint, so the page never flashes the wrong theme. A plain module,
 * not theme-toggle.tsx: an export of a "use client" module reaches a server component as a client
 * reference, which React resolves when it is passed as a prop, but which reads as a stub that
 * throws when used as a string (joining it to another script did exactly that).
 */
export const themeInitScript = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;
