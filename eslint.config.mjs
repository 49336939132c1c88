import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/services/*", "@/lib/api/*", "@/lib/queries/*", "@/components/*", "@/app/*"], message: "lib/auth sits below the services and the route wrapper: it may not import them (errors: lib/errors)." }] }],
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
