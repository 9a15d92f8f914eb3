/** Allowed values per embed option; the first one is the default. */
export declare const EMBED_CHOICES: {
  theme: ['auto', 'light', 'dark'];
  storage: ['local', 'session', 'none'];
  presenter: ['off', 'on'];
  intro: ['show', 'hide'];
  accent: ['blue', 'purple', 'teal', 'orange', 'plum', 'green'];
};
/** The inline script that applies the embed options to <html> before first paint. */
export declare const EMBED_INIT_SCRIPT: string;
