/**
 * `make`, run once per build and its result kept for every page that asks; in `astro dev` run on every call, so a
 * page shows the content as it is after an edit. For what the pages compute from the collections.
 */
export function oncePerBuild<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    if (import.meta.env.DEV) return make();
    made ??= { value: make() };
    return made.value;
  };
}

/** {@link oncePerBuild} for a result per key (a part, an edition): made once per key and build. */
export function oncePerBuildBy<K, T>(make: (key: K) => T): (key: K) => T {
  const made = new Map<K, T>();
  return (key) => {
    if (import.meta.env.DEV) return make(key);
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}
