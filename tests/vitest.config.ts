import {defineConfig} from 'vitest/config';

export default defineConfig({
  // The name src/plugins/lazy-prism gives the real prism-react-renderer in the site's bundles.
  resolve: {alias: {'cmh-prism-react-renderer-real': 'prism-react-renderer'}},
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
