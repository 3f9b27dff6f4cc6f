import { isRole, ROLES } from '@/domain/codes';
import { addUser, resetUserPasswordByEmail } from '@/lib/users/manage-users';
import { OPERATOR, valueOf } from '../operator';
import { addUserSchema } from '@/lib/validation/users';
import { allowOnly, requireOption } from '../args';
import { CommandError } from '../io';
import type { Command } from './types';

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
    const { user } = valueOf(await addUser(OPERATOR, { ...parsed.data, password }));
    io.out(`Added ${user.email} (${user.name}) as ${user.role}`);
  },
};

export const userResetPassword: Command = {
  name: 'user:reset-password',
  usage: 'user:reset-password --email E',
  summary: 'Issue a one-time password (printed once) and end the person’s sessions',
  async run(args, io) {
    allowOnly(args, ['email']);
    const email = requireOption(args, 'email').trim().toLowerCase();
    const { password } = valueOf(await resetUserPasswordByEmail(OPERATOR, email));
    io.out(`One-time password for ${email}: ${password}`);
    io.out('They will choose their own password when they sign in.');
  },
};
