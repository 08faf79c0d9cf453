// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_SITE } from './src/lib/site.ts';

/** CSP hashes of the hand-written inline scripts (copy buttons; search box → search page). */
const inlineScriptHashes = ['copy-code.js', 'search-form.js'].map(
  (f) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(readFileSync(new URL(`./src/components/${f}`, import.meta.url), 'utf8')).digest('base64')}`),
);

/** The only third-party origins a page may contact: OKX's public time endpoint per region (clock check). */
const OKX_TIME_ORIGINS = ['https://www.okx.com', 'https://openapi.okx.com', 'https://eea.okx.com', 'https://us.okx.com'];

export default defineConfig({
  // Canonical origin (canonical URLs, hreflang, sitemap, OG, the CLI's download commands and code-page links).
  site: process.env.SITE_URL || DEFAULT_SITE,
  trailingSlash: 'always',
  // Strict CSP as a <meta> on every page (hashes of Astro's inline island loader are added by Astro).
  // The same policy, plus the header-only directives, is in public/_headers for static hosts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        // The Error Doctor diagnoses in a module worker loaded from this origin.
        "worker-src 'self'",
        `connect-src 'self' ${OKX_TIME_ORIGINS.join(' ')}`,
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        // No form ever submits natively: the search box navigates with a hashed inline script.
        "form-action 'none'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes },
      // Shiki colours code with style="" attributes; no inline <style> elements are allowed.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    defaultLocale: 'zh-cn',
    locales: ['zh-cn', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    preact(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
    }),
  ],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  },
  vite: {
    // The doctor's worker (src/lib/doctor/worker.ts) is an ES module worker.
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Tool pages count every byte: one chunk for Preact and its Astro renderer instead of four.
        output: {
          codeSplitting: {
            groups: [{ name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ }],
          },
        },
        // withastro/astro#18087: harmless warning printed once per MDX file.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
