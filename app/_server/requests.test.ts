import { beforeEach, describe, expect, it, vi } from 'vitest';
import { serverState } from '@/lib/ops/server-state';

const incoming = vi.hoisted((): { headers: Headers | null } => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: () => (incoming.headers ? Promise.resolve(incoming.headers) : Promise.reject(new Error('outside a request'))),
}));

const { currentRequestId, noteSignedInUser } = await import('./requests');

describe('noteSignedInUser', () => {
  beforeEach(() => {
    serverState().requests.clear();
  });

  it('records the user id on the request in flight that has this request id', async () => {
    serverState().requests.set('req-1', {});
    serverState().requests.set('req-2', {});
    incoming.headers = new Headers({ 'x-request-id': 'req-1' });
    await noteSignedInUser(7);
    expect(serverState().requests.get('req-1')).toEqual({ userId: 7 });
    expect(serverState().requests.get('req-2')).toEqual({});
  });

  it('does nothing for a request serve.mjs does not know, or outside a request', async () => {
    incoming.headers = new Headers({ 'x-request-id': 'unknown' });
    await expect(noteSignedInUser(7)).resolves.toBeUndefined();
    expect(serverState().requests.size).toBe(0);
    incoming.headers = null;
    await expect(noteSignedInUser(7)).resolves.toBeUndefined();
    expect(await currentRequestId()).toBeNull();
  });
});
