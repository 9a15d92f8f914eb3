export declare const RUN: number;
export declare function foldWords(text: string): string[];
export declare function fingerprint(run: string): string;
export declare function runFingerprints(texts: string[]): Set<string>;
export declare function sharedRuns(text: string, prints: Set<string>): string[];
export declare function readSeeds(): { file: string; text: string }[];
export declare function loadFingerprints(): { files: string[]; prints: Set<string> };
export declare function updateFingerprints(seeds?: { file: string; text: string }[]): number;
