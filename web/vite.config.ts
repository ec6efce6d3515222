import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The app is served by the gateway's origin (`npm start`), so it calls `/graphql` on its own origin. `vite dev`
 * (GATEWAY_URL, default localhost:4000) proxies the graph, payment pages and files there the same way.
 */
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      '/graphql': { target: gateway, ws: true },
      '/pay': gateway,
      '/files': gateway,
      '/attachments': gateway,
      '/uploads': gateway,
    },
  },
});
