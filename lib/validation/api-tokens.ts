import { z } from 'zod';

export const createTokenSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a name for the token').max(60, 'The name must be 60 characters or fewer'),
  })
  .strict();

export const revokeTokenSchema = z
  .object({
    tokenId: z.coerce.number<string>().int('Choose a token to revoke').positive('Choose a token to revoke'),
  })
  .strict();
