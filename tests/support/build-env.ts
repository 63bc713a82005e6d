/** process.env without the variables Vitest adds for Vite (BASE_URL, MODE, …), which an `astro build` would read back. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
}
