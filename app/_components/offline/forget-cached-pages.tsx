'use client';

import { useEffect } from 'react';

/** The service worker's cache of review pages (public/sw.js, PAGES). */
const REVIEW_PAGES_CACHE = 'rcf-review-pages-v1';

/**
 * Empties the cache of review pages kept for offline use, so that one person's files are never
 * shown to the next person on a shared machine. Rendered on the sign-in and sign-out pages, which
 * are reached by client-side navigation as often as by a full page load.
 */
export function ForgetCachedPages() {
  useEffect(() => {
    if ('caches' in window) void caches.delete(REVIEW_PAGES_CACHE);
  }, []);
  return null;
}
