/* Pagefind's search bundle as the search box loads it, with the filter indexes fetched only when wanted.

   The search box (Pagefind's Component UI) imports "<bundle-path>pagefind.js" and, once it has,
   asks for every filter's values and counts: at 10,000 events more than half of what a first
   search fetched (issue 24). overrides/partials/pagefind.html points the box here. This module
   gives it Pagefind's own instance (../../pagefind/pagefind.js, its documented JavaScript API),
   except that while the gate docs/assets/search.js passes in the options (filtersGate) is shut,
   filters() answers "none" without fetching. search.js opens the gate when a reader opens the
   filters or the address carries some; from then on every search has the counts for every filter.
   A search with filters chosen fetches the indexes of those filters, as Pagefind always does. */
import * as bundle from "../../pagefind/pagefind.js";

export * from "../../pagefind/pagefind.js";

export function createInstance(options) {
  const { filtersGate: gate, ...rest } = options || {};
  const inner = bundle.createInstance(rest);
  if (!gate) return inner;
  let loaded = null; // Pagefind's own answer, fetched once
  const all = () => (loaded = loaded || inner.filters());
  return {
    ...inner,
    filters: () => (gate.open ? all() : Promise.resolve({})),
    search: async (term, opts) => {
      if (gate.open) await all();
      return inner.search(term, opts);
    },
  };
}
