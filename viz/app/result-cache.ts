// Results of earlier runs, kept in the browser (IndexedDB), so reopening a link with the same
// scenarios, seed and replications shows them at once instead of computing them again.
//
// The key is everything the numbers depend on: the engine version, the scenario's hash, the
// seed, the replications and the horizon override. A new engine version never reads an older
// one's results. Without IndexedDB (private windows, blocked storage) the page simply runs.

import { ENGINE_VERSION, type ResultDocument } from '../../sim/index.ts';

const DB = 'borderflow-results';
const STORE = 'results';
/** Results kept; the oldest go first. A result is a few hundred kilobytes to a few megabytes. */
export const MAX_CACHED = 40;

/** The cache key of a run: the engine version and the run key (scenario hash | seed | replications | horizon). */
export function cacheKey(runKey: string, engine: string = ENGINE_VERSION): string {
  return `${engine}|${runKey}`;
}

export interface ResultCache {
  get(key: string): Promise<ResultDocument | null>;
  put(key: string, doc: ResultDocument): Promise<void>;
}

interface Row {
  key: string;
  at: number;
  doc: ResultDocument;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    let r: IDBOpenDBRequest;
    try {
      r = indexedDB.open(DB, 1);
    } catch {
      resolve(null);
      return;
    }
    r.onupgradeneeded = () => {
      const store = r.result.createObjectStore(STORE, { keyPath: 'key' });
      store.createIndex('at', 'at');
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => resolve(null);
    r.onblocked = () => resolve(null);
  });
}

/** The browser's result cache; every failure reads as "not cached". */
export function createResultCache(): ResultCache {
  let db: Promise<IDBDatabase | null> | null = null;
  const conn = () => (db ??= open());
  return {
    async get(key) {
      try {
        const d = await conn();
        if (!d) return null;
        const row = (await request(d.transaction(STORE, 'readonly').objectStore(STORE).get(key))) as Row | undefined;
        return row && row.doc && typeof row.doc === 'object' ? row.doc : null;
      } catch {
        return null;
      }
    },
    async put(key, doc) {
      try {
        const d = await conn();
        if (!d) return;
        const tx = d.transaction(STORE, 'readwrite');
        const store = tx.objectStore(STORE);
        store.put({ key, at: Date.now(), doc } satisfies Row);
        const count = await request(store.count());
        if (count > MAX_CACHED) {
          // Drop the oldest beyond the limit.
          let extra = count - MAX_CACHED;
          const cursor = store.index('at').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c || extra <= 0) return;
            c.delete();
            extra -= 1;
            c.continue();
          };
        }
        await new Promise<void>((resolve) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => resolve();
          tx.onabort = () => resolve();
        });
      } catch {
        // A full disk or a blocked database: the result is simply not kept.
      }
    },
  };
}

/** A cache that keeps nothing (tests, or a page that must always compute). */
export const noCache: ResultCache = { get: async () => null, put: async () => {} };

/**
 * The small download: every figure of the summary for each scenario, port and lane, without the
 * per-replication runs and the per-hour series and timelines (those are in the full download).
 */
export function summaryOf(doc: ResultDocument): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'byHour' && k !== 'timeline') out[k] = strip(x);
    return out;
  };
  const { runs: _runs, ...rest } = doc;
  return strip(rest);
}
