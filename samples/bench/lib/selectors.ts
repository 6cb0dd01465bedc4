/**
 * Where the bench finds things in the window. The coding panel for a new passage is found by CSS:
 * Playwright's role locators compute ARIA roles over the whole page on every poll, which left
 * ≈ 1 MB of garbage in the page per action for the garbage collector to clear during the next
 * measured one.
 */
export const NEW_CODING = 'section[aria-label="Ny kodning"]';
