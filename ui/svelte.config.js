import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** A single-page app: Tauri serves the files, Rust is the back end (no SSR, no prerendering). */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ fallback: 'index.html', strict: true }),
    output: { bundleStrategy: 'single' },
  },
};

export default config;
