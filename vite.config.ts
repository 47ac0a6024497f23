import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { VitePWA } from "vite-plugin-pwa";

/**
 * The production page's Content Security Policy: everything from its own origin, no inline script, no eval.
 * Styles allow 'unsafe-inline' because KaTeX's HTML (written with innerHTML while training) carries style
 * attributes; browsers that know style-src-elem still take style sheets only from the page's own files;
 * images allow data: and blob: for the PNG export. frame-ancestors cannot be set by a meta tag, and is left
 * open on purpose: the page is meant to be embedded in a course page's iframe.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Writes the CSP as a meta tag into the built index.html only: Vite's dev server injects inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: "backprop-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative URLs everywhere, so dist/ works copied onto any static server, under any sub-path.
  base: "./",
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // A new version waits until every tab of the page is closed, and is used on the next visit: nothing
      // reloads the page under a teacher mid-lesson.
      registerType: "prompt",
      // registerSW.js, loaded with defer: no inline script, nothing added to the app's own JavaScript.
      injectRegister: "script-defer",
      // public/ files come in through globPatterns below; listing them again would precache them twice.
      includeManifestIcons: false,
      manifest: {
        name: "Backprop Playground",
        short_name: "Backprop",
        description: "See a one-hidden-layer neural network learn the two moons, built from scratch.",
        lang: "en",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#0072b2",
        icons: [
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // The app shell and every lazy chunk; KaTeX's fonts as woff2 only (every browser with service
        // workers reads woff2, so its woff and ttf copies would only fill the cache).
        globPatterns: ["**/*.{js,css,html,svg,png,woff2,txt}"],
        navigateFallback: "index.html",
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: "es" },
  build: { target: "es2022" },
});
