import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // Markdown tables in the docs pages (GitHub Flavored Markdown), which MDX alone leaves as text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The data package's files, for the stories that load events from `src`.
  staticDirs: [{ from: '../packages/events/data', to: '/data' }],
  // Stories use the packages' sources, so that a change shows without a build.
  viteFinal: (vite) => ({
    ...vite,
    resolve: {
      ...vite.resolve,
      alias: {
        ...(vite.resolve?.alias as Record<string, string> | undefined),
        '@summitline/timeline/source.js': path('../packages/timeline/src/source.ts'),
        '@summitline/timeline/locales/all.js': path('../packages/timeline/src/locales/all.ts'),
        '@summitline/timeline': path('../packages/timeline/src/index.ts'),
        '@summitline/events': path('../packages/events/src/index.ts'),
      },
    },
  }),
};

export default config;
