/** What the chunking pass can tell about a module: whether it is an entry, and who imports it statically. */
interface ModuleGraph {
  getModuleInfo(moduleId: string): { readonly isEntry: boolean; readonly importers: readonly string[] } | null;
}

/**
 * Puts every module the pages load before they work into as few chunks as can be: one (`app`) for what all
 * the pages share, one for what a single page alone needs (named after its entry), and leaves modules
 * reached only through `import()` to their own lazy chunks. Left to itself, the bundler splits the modules
 * that pages and lazy chunks share into many small chunks, and as each file is compressed by itself, the
 * first screen then costs kilobytes more over the wire than the same code in one file. With `readerPages` given
 * (file names: `index.html`), only those pages' first screens are grouped.
 */
export function firstScreenChunk(readerPages?: readonly string[]): (moduleId: string, graph: ModuleGraph) => string | null {
  /** True for a reader's page (by its file name): the pages whose first screen the groups are for. */
  const forReaders = (entry: string): boolean => readerPages === undefined || readerPages.includes(entry.split(/[\\/]/).pop() ?? '');
  const known = new Map<string, ReadonlySet<string>>();
  /** The entries that reach a module through static imports alone. */
  const entriesReaching = (id: string, graph: ModuleGraph, path: Set<string>): ReadonlySet<string> => {
    const cached = known.get(id);
    if (cached) return cached;
    const info = graph.getModuleInfo(id);
    if (!info || path.has(id)) return new Set();
    path.add(id);
    const entries = new Set<string>(info.isEntry ? [id] : []);
    for (const importer of info.importers) for (const entry of entriesReaching(importer, graph, path)) entries.add(entry);
    path.delete(id);
    // A module on a cycle is settled from the outermost call only, so that no partial answer is kept.
    if (path.size === 0 || entries.size > 0) known.set(id, entries);
    return entries;
  };
  return (moduleId, graph) => {
    const entries = [...entriesReaching(moduleId, graph, new Set())];
    if (entries.length === 0) return null;
    if (entries.length > 1) return 'app';
    // What only a page that is not a reader's loads first (the curation workbench's own code) is left to the
    // bundler: grouped with its page, a module that a reader's lazy chunk also imports would make that chunk
    // load, and run, the other page's entry.
    if (!forReaders(entries[0] ?? '')) return null;
    const page = (entries[0] ?? '')
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.\w+$/, '');
    return `${page}-page`;
  };
}
