import { findUserByEmail } from '@/db/users';
import { isRole, ROLES } from '@/domain/codes';
import { addUser, resetUserPassword } from '@/lib/users/manage-users';
import { addUserSchema } from '@/lib/validation/users';
import { allowOnly, requireOption } from '../args';
import { CommandError } from '../io';
import type { Command } from './types';

const CLI_ACTOR = { id: null, label: 'command line' };

export const userAdd: Command = {
  name: 'user:add',
  usage: 'user:add --email E --name N --role inspector|lead|admin   (password read from standard input)',
  summary: 'Add an account with the password given on standard input',
  async run(args, io) {
    allowOnly(args, ['email', 'name', 'role']);
    const role = requireOption(args, 'role');
    if (!isRole(role)) throw new CommandError(`--role must be one of ${ROLES.join(', ')}, not '${role}'`);
    const parsed = addUserSchema.safeParse({ email: requireOption(args, 'email'), name: requireOption(args, 'name'), role });
    if (!parsed.success) throw new CommandError(parsed.error.issues.map((i) => i.message).join('; '));
    const password = (await io.readStdin()).replace(/\r?\n$/, '');
    if (password === '')
      throw new CommandError('no password on standard input (pipe it in, for example: echo "…" | npm run cli -- user:add …)');
    const result = await addUser({ ...parsed.data, password }, CLI_ACTOR);
    if (!result.ok) throw new CommandError(result.message);
    io.out(`Added ${result.value.user.email} (${result.value.user.name}) as ${result.value.user.role}`);
  },
};

export const userResetPassword: Command = {
  name: 'user:reset-password',
  usage: 'user:reset-password --email E',
  summary: 'Issue a one-time password (printed once) and end the person’s sessions',
  async run(args, io) {
    allowOnly(args, ['email']);
    const email = requireOption(args, 'email').trim().toLowerCase();
    const user = await findUserByEmail(email);
    if (!user) throw new CommandError(`no user has the email address ${email}`);
    const result = await resetUserPassword(user.id, CLI_ACTOR);
    if (!result.ok) throw new CommandError(result.message);
    io.out(`One-time password for ${email}: ${result.value.password}`);
    io.out('They will choose their own password when they sign in.');
  },
};
