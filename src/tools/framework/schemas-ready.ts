/**
 * Importing this module makes every lazy schema usable (see lazy-schema.ts). Modules that read
 * outside data (files, share links, other tools' offers) import it, so they never meet a
 * schema that is still loading; `loadSchemas()` (load-schemas.ts) imports it on demand.
 */
import * as all from '../all-schemas';
import { provideSchemas } from './lazy-schema';

provideSchemas(all);
