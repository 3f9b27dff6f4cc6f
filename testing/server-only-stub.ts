// Stand-in for the `server-only` package under unit tests (see vitest.config.ts).
export {};
