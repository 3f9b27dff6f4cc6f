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
}));
vi.mock('next/headers', () => ({
  headers: () => Promise.resolve(new Headers({ 'x-return-to': '/admin/users?page=2' })),
}));
const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('./session', () => ({ getCurrentUser: () => Promise.resolve(current.user) }));

const { requireRole, requireThat, requireUser } = await import('./guards');

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
    await expect(requireRole('inspector')).resolves.toBe(inspector);
    await expect(requireUser()).resolves.toBe(inspector);
    current.user = { ...inspector, role: 'admin' };
    await expect(requireRole('lead', 'admin')).resolves.toMatchObject({ role: 'admin' });
  });

  it('holds someone with a one-time password at the change-password page', async () => {
    current.user = { ...inspector, mustChangePassword: true };
    await expect(requireUser()).rejects.toThrow('redirect:/account/password');
    await expect(requireRole('inspector')).rejects.toThrow('redirect:/account/password');
    await expect(requireUser({ allowPasswordChange: true })).resolves.toMatchObject({ id: 3 });
  });

  it('refuses an object the user may not touch', () => {
    expect(() => {
      requireThat(false);
    }).toThrow('forbidden');
    expect(() => {
      requireThat(true);
    }).not.toThrow();
  });
});
