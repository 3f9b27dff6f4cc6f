import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from './session';

// Next.js's interrupts throw special errors; here they throw ones the tests can tell apart.
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error('forbidden');
  },
  notFound: () => {
    throw new Error('not-found');
  },
}));
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(new Headers({ 'x-return-to': '/admin/users?page=2' })),
}));
const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('./session', () => ({ getCurrentUser: () => Promise.resolve(current.user), clientIp: () => Promise.resolve('203.0.113.1') }));

const { pageData, requireRole, requireUser } = await import('./guards');

const inspector: SessionUser = { id: 3, email: 'i@x.example', name: 'I', role: 'inspector', mustChangePassword: false, sessionId: 's' };

describe('guards', () => {
  beforeEach(() => {
    current.user = null;
  });

  it('sends someone who is not signed in to sign in, remembering where they were going', async () => {
    await expect(requireUser()).rejects.toThrow('redirect:/sign-in?returnTo=%2Fadmin%2Fusers%3Fpage%3D2');
    await expect(requireRole('admin')).rejects.toThrow(/^redirect:\/sign-in/);
  });

  it('gives the 403 page to a signed-in user without the role', async () => {
    current.user = inspector;
    await expect(requireRole('admin')).rejects.toThrow('forbidden');
    await expect(requireRole('lead', 'admin')).rejects.toThrow('forbidden');
  });

  it('lets a user with one of the roles through and returns them', async () => {
    current.user = inspector;
    // The person, and the same person as the rules and the audit log see them.
    await expect(requireRole('inspector')).resolves.toEqual({ ...inspector, kind: 'user', label: inspector.email, ip: '203.0.113.1' });
    await expect(requireUser()).resolves.toMatchObject(inspector);
    current.user = { ...inspector, role: 'admin' };
    await expect(requireRole('lead', 'admin')).resolves.toMatchObject({ role: 'admin' });
  });

  it('holds someone with a one-time password at the change-password page', async () => {
    current.user = { ...inspector, mustChangePassword: true };
    await expect(requireUser()).rejects.toThrow('redirect:/account/password');
    await expect(requireRole('inspector')).rejects.toThrow('redirect:/account/password');
    await expect(requireUser({ allowPasswordChange: true })).resolves.toMatchObject({ id: 3 });
  });

  it('turns a use-case’s refusal into the 404 or 403 page, and passes its value through', async () => {
    await expect(pageData({ ok: false, kind: 'refused', status: 403, message: 'no' })).rejects.toThrow('forbidden');
    await expect(pageData({ ok: false, kind: 'refused', status: 404, message: 'gone' })).rejects.toThrow('not-found');
    await expect(pageData({ ok: false, kind: 'invalid', fieldErrors: {} })).rejects.toThrow('forbidden');
    await expect(pageData({ ok: true, value: 7 })).resolves.toBe(7);
  });
});
