// esbuild inject for CommonJS bundles: gives `import.meta.url` a value.
export const importMetaUrl = require('url').pathToFileURL(__filename).href;
