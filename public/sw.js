// Review case files: keeps review pages usable through a dropped connection.
//
// Only two things are kept: the review form pages an inspector has opened (network first, so a
// page is only ever served from here when the network cannot be reached) and the build's static
// files. Nothing else is touched. Signing in or out empties the page cache, so one person's
// review pages are never shown to the next person on a shared machine.

const PAGES = 'rcf-review-pages-v1';
const STATIC = 'rcf-static-v1';
const REVIEW_PAGE = /^\/files\/\d+$/;
// A session lasts at most 8 hours (SESSION_MAX_HOURS).
const MAX_AGE_MS = 8 * 60 * 60 * 1000;

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

function isStatic(url) {
  return url.origin === self.location.origin && (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/assets/'));
}

async function keepPage(path) {
  const response = await fetch(path, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'text/html' } });
  const cache = await caches.open(PAGES);
  if (response.ok && !response.redirected) {
    await cache.put(path, response);
    return true;
  }
  await cache.delete(path);
  return false;
}

async function keepAssets(urls) {
  const cache = await caches.open(STATIC);
  await Promise.all(
    urls.map(async (u) => {
      if (await cache.match(u)) return;
      const response = await fetch(u, { credentials: 'same-origin' });
      if (response.ok) await cache.put(u, response);
    }),
  );
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'keep-page' || typeof data.url !== 'string' || !REVIEW_PAGE.test(data.url)) return;
  const reply = event.ports && event.ports[0];
  const assets = Array.isArray(data.assets) ? data.assets.filter((u) => typeof u === 'string' && isStatic(new URL(u))) : [];
  event.waitUntil(
    Promise.all([keepPage(data.url), keepAssets(assets)])
      .then(([kept]) => reply && reply.postMessage({ ok: kept }))
      .catch(() => reply && reply.postMessage({ ok: false })),
  );
});

async function pageFromNetwork(request, path) {
  try {
    const response = await fetch(request);
    const cache = await caches.open(PAGES);
    if (response.ok && !response.redirected) await cache.put(path, response.clone());
    else await cache.delete(path);
    return response;
  } catch (error) {
    const kept = await caches.match(path, { cacheName: PAGES, ignoreVary: true, ignoreSearch: true });
    // A copy older than the longest a session lasts is of no use to anyone entitled to it.
    const age = kept ? Date.now() - Date.parse(kept.headers.get('date') || '') : Infinity;
    if (kept && age >= 0 && age < MAX_AGE_MS) return kept;
    if (kept) await (await caches.open(PAGES)).delete(path);
    throw error;
  }
}

async function staticFile(request) {
  const kept = await caches.match(request, { cacheName: STATIC, ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(STATIC);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    if (url.pathname === '/sign-in' || url.pathname === '/sign-out') {
      event.waitUntil(caches.delete(PAGES));
      return;
    }
    if (REVIEW_PAGE.test(url.pathname)) event.respondWith(pageFromNetwork(request, url.pathname));
    return;
  }
  if (isStatic(url)) event.respondWith(staticFile(request));
});
