import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../packages/timeline/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // A story with an accessibility violation fails its test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
