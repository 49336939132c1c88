import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Server code: never a value import from client code. */
const SERVER_LAYERS = ["@/lib/zoom/**", "@/lib/services/**", "@/lib/auth/**", "@/lib/db/**", "@/lib/server/**", "@/lib/api/**", "@/lib/zoom-sandbox/**"];
/**
 * Pure role rules and token-lifetime arithmetic in lib/auth that the UI shares with the server
 * (which role may change whom, when a token expires, which scopes enable which feature).
 */
const PURE_AUTH_MODULES = ["@/lib/auth/viewer-type", "@/lib/auth/member-rules", "@/lib/auth/expiry", "@/lib/auth/scope-features"];
const AUTH_BELOW_SERVICES = {
  group: ["@/lib/services/*", "@/lib/api/*", "@/lib/queries/*", "@/components/*", "@/app/*"],
  message: "lib/auth sits below the services and the route wrapper: it may not import them (errors: lib/errors).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "bench/passthrough/.next/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Read configuration through lib/env.ts only.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  {
    files: ["lib/env.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  // Layer boundaries (README, "Architecture"): lib/zoom is pure Zoom calls and knows nothing of
  // viewers, roles, HTTP or the database; lib/auth never reaches up into the viewer-facing services.
  // lib/errors (ApiError and the Zoom-error mapping) sits below every server layer, so all of them —
  // lib/zoom included — may import it, and nothing below lib/api imports lib/api.
  {
    files: ["lib/zoom/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/auth/*", "@/lib/api/*", "@/lib/services/*", "@/lib/db/*", "@/lib/queries/*", "@/components/*", "@/app/*"], message: "lib/zoom holds Zoom calls only: no viewers, roles, HTTP or database (see README, Architecture)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/auth/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [AUTH_BELOW_SERVICES] }],
    },
  },
  // Client code imports only types and pure helpers from lib/: a value import from a server layer
  // would pull tokens, the database or the Zoom client into the browser bundle. Scoped to what is
  // really client code: every file in components/ (server page helpers live in app/, e.g.
  // app/(app)/_scheduled/) and the error boundaries Next requires to be client components. Server
  // pages, layouts and route handlers in app/ may call the services.
  {
    files: ["components/**/*.{ts,tsx}", "app/**/error.tsx", "app/**/global-error.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [...SERVER_LAYERS, ...PURE_AUTH_MODULES.map((module) => `!${module}`)],
              allowTypeImports: true,
              message: "Client code may import only types from server layers; put a pure helper in lib/schemas (or another pure module) instead (see README, Architecture).",
            },
          ],
        },
      ],
    },
  },
  // Server pages prefetch with the same lib/queries factories the components read with (spread the
  // options, replace only queryFn with the service call), so a key or page parameter cannot drift.
  {
    files: ["app/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^prefetch(Infinite)?Query$/] > ObjectExpression > Property[key.name=/^(queryKey|initialPageParam)$/]",
          message: "Spread the lib/queries factory (e.g. ...meetingQueries.list(params)) and replace only queryFn.",
        },
      ],
    },
  },
  // The lib/auth modules the browser may use stay pure: no value import from any server layer.
  {
    files: PURE_AUTH_MODULES.map((module) => `${module.slice(2)}.ts`),
    rules: {
      "no-restricted-imports": ["error", { patterns: [AUTH_BELOW_SERVICES, { group: SERVER_LAYERS, allowTypeImports: true, message: "This module is shared with the browser: keep it pure." }] }],
    },
  },
  {
    files: ["lib/services/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/api/*", "@/lib/queries/*", "@/components/*", "@/app/*"], message: "Services are server code below routes and pages (errors: lib/errors)." }] }],
    },
  },
  {
    files: ["lib/errors/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/api/*", "@/lib/auth/*", "@/lib/services/*", "@/lib/db/*", "@/lib/queries/*", "@/components/*", "@/app/*"], message: "lib/errors sits below every layer that throws its errors: it may not import them." }] },
      ],
    },
  },
];

export default config;
