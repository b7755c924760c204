import { describe, expect, it } from 'vitest';
import { CAMEO_TO_PLOVER, ploverForCameo } from '../src/cameo.js';
import { events } from '../src/index.js';

describe('the CAMEO-to-PLOVER table', () => {
  it('maps codes as the PLOVER project does', () => {
    expect(ploverForCameo('036')).toBe('AGREE');
    expect(ploverForCameo('042')).toBe('CONSULT');
    expect(ploverForCameo('057')).toBe('SUPPORT');
    expect(ploverForCameo('072')).toBe('AID');
    expect(ploverForCameo('0832')).toBe('CONCEDE');
    expect(ploverForCameo('0871')).toBe('RETREAT');
    expect(ploverForCameo('112')).toBe('ACCUSE');
    expect(ploverForCameo('124')).toBe('REJECT');
    expect(ploverForCameo('132')).toBe('THREATEN');
    expect(ploverForCameo('150')).toBe('MOBILIZE');
    expect(ploverForCameo('163')).toBe('COERCE');
    expect(ploverForCameo('164')).toBe('SANCTION');
    expect(ploverForCameo('190')).toBe('ASSAULT');
    expect(ploverForCameo('1712')).toBe('ASSAULT');
  });

  it('has no PLOVER category for the dropped CAMEO roots 01 and 02, and none for unknown codes', () => {
    expect(ploverForCameo('010')).toBeNull();
    expect(ploverForCameo('012')).toBeNull();
    expect(ploverForCameo('0211')).toBeNull();
    expect(ploverForCameo('999')).toBeUndefined();
    expect(ploverForCameo('04')).toBeUndefined();
  });

  it('lists each code once', () => {
    expect(Object.keys(CAMEO_TO_PLOVER).length).toBeGreaterThan(250);
    expect(Object.keys(CAMEO_TO_PLOVER).every((code) => /^\d{3,4}$/.test(code))).toBe(true);
  });
});

describe('record codes', () => {
  it('give every coded record the PLOVER category its CAMEO code maps to (none for 01x and 02x)', () => {
    const wrong = events
      .filter((e) => e.cameo !== undefined || e.plover !== undefined)
      .map((e) => ({ id: e.id, cameo: e.cameo, plover: e.plover }))
      .filter(({ cameo, plover }) => {
        const expected = cameo === undefined ? undefined : ploverForCameo(cameo);
        return expected === undefined || (expected ?? undefined) !== plover;
      });
    expect(wrong).toEqual([]);
  });
});
