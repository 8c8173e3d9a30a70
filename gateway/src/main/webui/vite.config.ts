import { defineConfig } from 'vite';

// `npm run dev`: the Vite server on :5173 proxies /api to a gateway on :8080 (whose %dev CORS allows this origin).
export default defineConfig({
  base: '/',
  // Built into gateway/target/webui, which Maven adds to the jar as META-INF/resources (served at /).
  build: { outDir: '../../../target/webui', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://localhost:8080' } },
  test: { include: ['src/**/*.test.ts'] },
});
