// The types of what eslint.config.mjs exports besides the config, for the tests that read it.
export declare const exemptions: { owner: string; rule: string; files: string[] }[];
declare const config: unknown[];
export default config;
