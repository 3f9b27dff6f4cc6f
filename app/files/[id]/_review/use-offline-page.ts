import { useEffect, useState } from 'react';

/**
 * Keeps a copy of this page (and the files it runs on) in the service worker's cache, so that a
 * reload without a connection still opens the form and its unsent answers. 'ready' once kept.
 */
export function useOfflinePage(): 'pending' | 'ready' | 'unavailable' {
  const [state, setState] = useState<'pending' | 'ready' | 'unavailable'>('pending');
  useEffect(() => {
    const alive = { current: true };
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      void Promise.resolve().then(() => {
        if (alive.current) setState('unavailable');
      });
      return;
    }
    void (async () => {
      try {
        await navigator.serviceWorker.register('/sw.js', { scope: '/' });
        const registration = await navigator.serviceWorker.ready;
        const assets = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => {
            const url = new URL(u);
            return url.origin === location.origin && (url.pathname.startsWith('/_next/static/') || url.pathname.startsWith('/assets/'));
          });
        const channel = new MessageChannel();
        const done = new Promise<boolean>((resolve) => {
          channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => {
            resolve(event.data.ok === true);
          };
        });
        registration.active?.postMessage({ type: 'keep-page', url: location.pathname, assets }, [channel.port2]);
        const ok = await done;
        if (alive.current) setState(ok ? 'ready' : 'unavailable');
      } catch {
        if (alive.current) setState('unavailable');
      }
    })();
    return () => {
      alive.current = false;
    };
  }, []);
  return state;
}
