import { defineConfig } from 'vitest/config';

/** Unit tests: pure models, stores, schemas and scripts. Tests sit beside the code or in tests/unit. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-schemas.ts'],
  },
});
