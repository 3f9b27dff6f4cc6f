import { describe, expect, it } from 'vitest';
import { ALLOWED_FIELDS, createLog, FORBIDDEN_KEYS, type LogFields } from './log';

function capture() {
  const written: string[] = [];
  const log = createLog({ write: (chunk: string) => void written.push(chunk) }, 'info');
  return { log, written, lines: () => written.join('').split('\n').filter(Boolean) };
}

describe('the log', () => {
  it('writes one JSON object per line with the level, time, fields and message', () => {
    const { log, lines } = capture();
    log.info({ requestId: 'abc123', method: 'GET', route: '/files/12', status: 200, durationMs: 3.5, userId: 7 }, 'request');
    const [line, ...rest] = lines();
    expect(rest).toEqual([]);
    expect(JSON.parse(line ?? '')).toMatchObject({
      level: 'info',
      requestId: 'abc123',
      method: 'GET',
      route: '/files/12',
      status: 200,
      durationMs: 3.5,
      userId: 7,
      msg: 'request',
    });
    expect((JSON.parse(line ?? '') as { time: string }).time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('never prints an email, a password, a token, a cookie or an answer, even when a caller passes them', () => {
    const { log, written } = capture();
    const secrets = {
      email: 'jo.bloggs@example.org',
      password: 'correct horse battery staple',
      passwordHash: '$argon2id$v=19$secret-hash',
      token: 'rcf_0123456789abcdef',
      note: 'The victim said something private',
      answer: 'partly: the rationale text',
      rationale: 'another private rationale',
      authorization: 'Bearer rcf_live_token',
      cookie: 'session=signed-jwt-value',
      headers: { cookie: 'session=nested-jwt-value' },
    };
    const nested = { requestId: 'r1', reason: 'fine', err: Object.assign(new Error('boom'), secrets) };
    log.info({ ...nested, ...(secrets as LogFields) }, 'a message');
    log.warn(secrets as LogFields, 'again');
    log.child(secrets as LogFields).error({ requestId: 'r2' }, 'from a child');
    const output = written.join('');
    for (const value of [...Object.values(secrets).filter((v) => typeof v === 'string'), 'nested-jwt-value']) {
      expect(output).not.toContain(value);
    }
    for (const key of Object.keys(secrets)) expect(output).not.toContain(`"${key}"`);
    expect(output).toContain('"requestId":"r1"');
    expect(output).toContain('"requestId":"r2"');
  });

  it('masks an email address quoted in an error message or the message itself', () => {
    const { log, written } = capture();
    log.error({ err: new Error('No user jo.bloggs@example.org') }, 'lookup for ann@police.example.uk failed');
    const output = written.join('');
    expect(output).not.toContain('jo.bloggs@example.org');
    expect(output).not.toContain('ann@police.example.uk');
    expect(output).toContain('No user [email]');
  });

  it('keeps a value with CR, LF and other control characters on its one line', () => {
    const { log, lines } = capture();
    const forged = 'x\r\n{"level":"info","msg":"fake"}\u0000\u001b[31m';
    log.warn({ route: forged, reason: forged }, `message ${forged}`);
    log.info({ route: 'a\u2028b\u009bc' }, 'separators');
    const all = lines();
    expect(all).toHaveLength(2);
    // eslint-disable-next-line no-control-regex -- the point is that none of these reach the line raw
    for (const line of all) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(JSON.parse(all[0] ?? '')).toMatchObject({ route: forged, reason: forged, msg: `message ${forged}` });
    expect(JSON.parse(all[1] ?? '')).toMatchObject({ route: 'a\\u2028b\\u009bc' });
  });

  it('drops fields that are not allowed or have the wrong type', () => {
    const { log, lines } = capture();
    log.info({ status: '200', userId: 'someone', method: 'GET', extra: 'x' } as unknown as LogFields, 'typed');
    const line = JSON.parse(lines()[0] ?? '') as Record<string, unknown>;
    expect(line).toMatchObject({ method: 'GET' });
    expect(line).not.toHaveProperty('status');
    expect(line).not.toHaveProperty('userId');
    expect(line).not.toHaveProperty('extra');
  });

  it('logs an error as its type, message and stack, not the object', () => {
    const { log, lines } = capture();
    const err = Object.assign(new Error('no such table: audit_events'), { code: 'SQLITE_ERROR', digest: '12345' });
    log.error({ err }, 'failed');
    expect(JSON.parse(lines()[0] ?? '')).toMatchObject({
      err: {
        type: 'Error',
        message: 'no such table: audit_events',
        code: 'SQLITE_ERROR',
        digest: '12345',
        stack: expect.stringContaining('log.test.ts') as string,
      },
    });
  });

  it('allows no field whose name suggests a secret or someone’s words', () => {
    const pattern = new RegExp(FORBIDDEN_KEYS.join('|').replace('cookies', 'cookie'), 'i');
    expect(ALLOWED_FIELDS.filter((f) => pattern.test(f) || /name|mail|pass|text|body/i.test(f))).toEqual([]);
  });
});
