import { describe, expect, it } from 'vitest';
import { noteCountMessage } from './note-count';

describe('the rationale character count', () => {
  it('stays quiet until three quarters of the 2,000 characters are used', () => {
    expect(noteCountMessage('x'.repeat(1499))).toBeNull();
    expect(noteCountMessage('x'.repeat(1500))).toBe('You have 500 characters remaining');
  });

  it('counts as the server does (spaces around the text do not count), and says when it is over', () => {
    expect(noteCountMessage(`  ${'x'.repeat(1999)}  `)).toBe('You have 1 character remaining');
    expect(noteCountMessage('x'.repeat(2000))).toBe('You have 0 characters remaining');
    expect(noteCountMessage('x'.repeat(2345))).toBe('You have 345 characters too many');
  });
});
