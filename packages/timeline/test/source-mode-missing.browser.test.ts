// A `source` given to a timeline whose page has not loaded the source mode
// (`@summitline/timeline/source.js`): the timeline says what is missing.
import { expect, it } from 'vitest';
import { FakeSource } from '../src/source/fake-source.js';
import { $, container, until } from './fixture.js';

it('says that the source mode is missing, and how to load it', async () => {
  const el = document.createElement('summit-timeline');
  el.source = new FakeSource([{ id: 'a', title: 'Summit', kind: 'summit', date: '2025-03-01' }]);
  container().append(el);
  const alert = await until(() => $(el, '.message.error [role="alert"]'));
  expect(alert.textContent).toBe('Could not show the timeline: `source` needs @summitline/timeline/source.js');
});
