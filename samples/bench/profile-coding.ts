/**
 * `npx tsx samples/bench/profile-coding.ts [corpus] [actions]`: CPU profiles (CDP Profiler, 0.2 ms
 * samples) of several coding actions in the 10k-word transcript, each as the bench measures it
 * (a sentence selected in view, `m`, `4a`, Enter, then the final Enter profiled until 300 ms later),
 * summed and shown per action: self and inclusive time by function. "(program)" is the browser's own
 * work (style, layout, paint). PROD=1 profiles the bench's minified build. Needs the corpus first.
 */
import { callTree, summarize, type Profile } from './profile-summary';
import { profilingSession } from './lib/profiling-session';
import { NEW_CODING } from './lib/selectors';
import { openLongTranscript, draftCoding } from './lib/coding-actions';

const corpus = process.argv[2] ?? 'R100';
const actions = Number(process.argv[3] ?? 8);
const { page, cdp, close } = await profilingSession(corpus);
await openLongTranscript(page);
const panel = page.locator(NEW_CODING);
const profiles: Profile[] = [];
for (let i = 0; i <= actions; i++) {
  await draftCoding(page, i);
  await cdp.send('Profiler.start');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  const { profile } = await cdp.send('Profiler.stop');
  if (i > 0) profiles.push(profile as Profile); // the first is a warm-up
  await panel.waitFor({ state: 'hidden' });
}
console.log(`${profiles.length} coding actions, ms per action\n` + summarize(profiles, Number(process.env.TOP ?? 40)));
if (process.env.TREE) console.log(`\ncall tree (ms per action)\n${callTree(profiles, Number(process.env.TREE))}`);
await close();
