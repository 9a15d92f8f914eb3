export declare const THEME_INIT_SCRIPT: string;
export declare const THEME_KEY: string;
