/** `path` with exactly one slash at its end, as a base path or a folder's address is written: `/reader` → `/reader/`. */
export const withSlash = (path: string): string => path.replace(/\/?$/, '/');
