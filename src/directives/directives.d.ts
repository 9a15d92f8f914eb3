// The project's own client directives (registered in astro.config.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate after the first paint (src/directives/after-paint.ts). */
    'client:paint'?: boolean;
  }
}
export {};
