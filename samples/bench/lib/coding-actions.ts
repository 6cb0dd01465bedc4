/**
 * The profiling scripts' shared steps (profile-coding, trace-floor, forced-layout, renders-coding): the 10k-word
 * transcript opened, a coding drafted as the bench drafts it (one Enter away from the action), and a CDP trace of
 * what runs meanwhile.
 */
import type { CDPSession, Page } from 'playwright-core';
import { NEW_CODING } from './selectors';
import { selectSentence } from '../metrics/browser';

/** Opens the first (10k-word) transcript and waits until its highlights are drawn and settled. */
export async function openLongTranscript(page: Page) {
  await page.locator('.source-item').nth(0).click();
  await page.waitForFunction(
    () =>
      document.querySelector('.source-title')?.textContent?.includes(' ord') &&
      document.querySelectorAll('.transcript-text mark').length > 500,
  );
  await page.waitForTimeout(500);
}

/** Selects sentence `i` and chooses M #4a in the panel; the next Enter codes it. `settle`: ms to wait after. */
export async function draftCoding(page: Page, i: number, settle = 300) {
  const panel = page.locator(NEW_CODING);
  await selectSentence(page, i);
  await panel.waitFor({ state: 'visible' });
  await page.keyboard.press('m');
  await page.keyboard.type('4a');
  await page.keyboard.press('Enter');
  await panel.locator('.chip.chosen').first().waitFor();
  if (settle) await page.waitForTimeout(settle);
}

/** The trace events (as read here: the protocol types them as string maps) recorded while `f` runs. */
export async function traceEvents<E>(cdp: CDPSession, categories: string, f: () => Promise<void>): Promise<E[]> {
  const events: E[] = [];
  const onData = (d: { value: object[] }) => events.push(...(d.value as unknown as E[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await f();
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}
