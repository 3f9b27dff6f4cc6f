import NextAuth from 'next-auth';
import { authOptions } from '@/app/_server/auth-options';

// next-auth's own endpoints (session, csrf, credentials callback, sign-out) for clients other than
// the sign-in page; they share the credentials check, throttling and session rules.
async function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const auth = NextAuth(authOptions()) as (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;
  return auth(request, context);
}

export { handler as GET, handler as POST };
