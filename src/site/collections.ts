import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { oncePerBuildBy } from './once-per-build';

const read = oncePerBuildBy(
  async (name: CollectionKey): Promise<unknown[]> => (await getCollection(name)).map((entry) => entry.data),
);

/**
 * The data of every entry of a collection, in the store's order, as a new array the caller may sort. A build reads
 * each collection once: Astro's getCollection copies every entry's data on each call (looking for image
 * references), and the pages, endpoints and downloads ask for the same collections dozens of times. `astro dev`
 * reads afresh on every call, so an edited content file shows on the next request.
 */
export async function collectionData<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>['data'][]> {
  return [...((await read(name)) as CollectionEntry<C>['data'][])];
}
