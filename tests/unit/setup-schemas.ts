/**
 * Unit tests read stored records as a returning visitor's page does: with the schemas loaded
 * (src/tools/framework/lazy-schema.ts). lazy-schema.test.ts covers the time before they are.
 */
import { loadSchemas } from '../../src/tools/framework/load-schemas';

await loadSchemas();
