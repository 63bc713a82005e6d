// citation-js ships no types: these declare the little of it that src/features/citations.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON items. */
    format(name: 'data', options: { format: 'object' }): Record<string, unknown>[];
    /** 'bibliography' and the plugins' formats ('biblatex', 'ris') as text. */
    format(name: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
