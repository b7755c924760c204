import { describe, expect, it } from 'vitest';
import { hashFor, readHash } from '../../src/core/hash.js';

describe('links to an event', () => {
  it('read the event id from the hash, with or without its #', () => {
    expect(readHash('#summit-2025')).toBe('summit-2025');
    expect(readHash('summit-2025')).toBe('summit-2025');
  });

  it('decode an escaped id', () => {
    expect(readHash('#visit%20to%20Paris%2F2025')).toBe('visit to Paris/2025');
    expect(readHash('#%E2%80%94')).toBe('—');
  });

  it('name no event when the hash is empty or cannot be decoded', () => {
    expect(readHash('')).toBeUndefined();
    expect(readHash('#')).toBeUndefined();
    expect(readHash('#%E0%A4%A')).toBeUndefined();
  });

  it('escape what a hash cannot hold, and read back the same id', () => {
    expect(hashFor('summit-2025')).toBe('#summit-2025');
    expect(hashFor('visit to Paris/2025#2')).toBe('#visit%20to%20Paris%2F2025%232');
    for (const id of ['a b', '#x', '%', 'ü/—', 'summit']) expect(readHash(hashFor(id))).toBe(id);
  });
});
