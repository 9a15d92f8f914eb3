export declare function pruneCsp(html: string): string;
