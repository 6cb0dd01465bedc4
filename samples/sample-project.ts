/**
 * `npm run sample -- out.cmo.json`: builds the sample project (src/service/workspace/sample.ts,
 * through the project lifecycle) from the transcripts and coding in this folder.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleProject, ensureSampleProject } from '../src/service/workspace/sample';

export { buildSampleProject, ensureSampleProject };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('brug: tsx samples/sample-project.ts <ud.cmo.json>');
    process.exit(2);
  }
  buildSampleProject(out).then(
    (f) => console.log(`Eksempelprojekt: ${f}`),
    (e) => {
      console.error(String(e.message ?? e));
      process.exit(1);
    },
  );
}
