/**
 * The floor under a coding action: the DOM changes one made, applied by hand — no React, no
 * Lexical, no round trip to the host. What the browser then does (style, layout, paint, the
 * frame) is what any implementation of the same screen change pays; the coding action's figure
 * over this one is what the app's own code adds.
 *
 * How: the regions a coding action touches are cloned before it; after it, the live DOM is
 * compared with the clones and the differences kept as operations on live nodes (attribute and
 * text changes, runs of children swapped; children matched by tag — stripes by segment and lane —
 * and, where lists differ, by the longest common run of tag and class). Going back to "before" and
 * forward to "after" is then a toggle: the page is put back untimed, and the step forward is
 * measured the same way as the coding action. The focus is part of the screen change too: a field
 * focused before the action (the panel's, where the researcher typed) is focused again when the page
 * is put back, untimed, and blurred in the step when the action left the focus outside the regions,
 * as the app does; the app's own focus handlers do not see either. Lexical's mutation observer is
 * disconnected first (it would put its own DOM back); the page is not used afterwards.
 */
import type { Page } from 'playwright-core';

/** the regions of the window a coding action changes */
const REGIONS = ['.app-header', '.sidebar', '.transcript-head', '.tx-body', 'aside.right'];

/** Clones the regions: call with the passage selected and coded in the panel, before the Enter that codes it. */
export function floorBefore(page: Page): Promise<void> {
  return page.evaluate((regions) => {
    const found = regions.map((sel) => document.querySelector(sel));
    const missing = regions.filter((_, i) => !found[i]);
    if (missing.length) throw new Error(`dom floor: no ${missing.join(', ')} on the page`);
    const w = window as unknown as { __floorBefore: Node[]; __floorFocus: number[] | null };
    w.__floorBefore = found.map((el) => el!.cloneNode(true));
    // where the focus is (a field of the panel, as the researcher left it): a region's index, then child indices
    const active = document.activeElement;
    const region = found.findIndex((el) => el!.contains(active) && el !== active);
    const path: number[] = [];
    for (let n = active; region >= 0 && n && n !== found[region]; n = n.parentElement)
      path.unshift([...n.parentNode!.childNodes].indexOf(n));
    w.__floorFocus = region >= 0 ? [region, ...path] : null;
    (window as unknown as { __floorFocusWas: string }).__floorFocusWas = active ? active.outerHTML.slice(0, 120) : '';
  }, REGIONS);
}

/**
 * Compares the live regions (after the coding action) with their clones from before and arms
 * F8: pressed, it applies the changes in a task of their own, as an answer from the host would.
 * Returns how many operations that takes.
 */
export function floorArm(page: Page): Promise<{ ops: number; nodes: number; list: string[] }> {
  return page.evaluate((regions) => {
    type Op =
      | { kind: 'text'; node: CharacterData; after: string; before: string }
      | { kind: 'attr'; el: Element; name: string; after: string | null; before: string | null }
      | { kind: 'splice'; parent: Node; ref: Node | null; after: Node[]; before: Node[] };
    const ops: Op[] = [];
    let nodes = 0;
    // stripes are keyed by segment and lane, as React keys them: a new one is inserted, the rest stay
    const key = (e: Element) =>
      e.hasAttribute('data-lane') ? `${e.getAttribute('data-segment-id')}@${e.getAttribute('data-lane')}` : null;
    const sameKind = (a: Node, b: Node) =>
      a.nodeType === b.nodeType &&
      (!(a instanceof Element) || (a.tagName === (b as Element).tagName && key(a) === key(b as Element)));
    const diff = (a: Node, b: Node) => {
      if (a instanceof CharacterData) {
        if (a.data !== (b as CharacterData).data)
          ops.push({ kind: 'text', node: a, after: a.data, before: (b as CharacterData).data });
        return;
      }
      if (a instanceof Element && b instanceof Element) {
        for (const name of new Set([...a.getAttributeNames(), ...b.getAttributeNames()])) {
          const x = a.getAttribute(name),
            y = b.getAttribute(name);
          if (x !== y) ops.push({ kind: 'attr', el: a, name, after: x, before: y });
        }
      }
      // the children both lists begin and end with are matched first: the transcript's and the
      // stripes' lists are long, and differ only in a few places
      const ac = [...a.childNodes],
        bc = [...b.childNodes];
      let head = 0;
      while (head < ac.length && head < bc.length && sameKind(ac[head]!, bc[head]!)) {
        diff(ac[head]!, bc[head]!);
        head++;
      }
      let ea = ac.length,
        eb = bc.length;
      while (ea > head && eb > head && sameKind(ac[ea - 1]!, bc[eb - 1]!)) {
        diff(ac[ea - 1]!, bc[eb - 1]!);
        ea--;
        eb--;
      }
      if (ea > head || eb > head) middle(a, ac.slice(head, ea), bc.slice(head, eb), ac[ea] ?? null);
    };
    // the unmatched middle of a child list: the longest common run of children of the same tag and
    // class is kept (as React keeps the elements it renders again), the rest swapped
    const middle = (parent: Node, am: Node[], bm: Node[], ref: Node | null) => {
      const like = (x: Node, y: Node) =>
        sameKind(x, y) && (!(x instanceof Element) || x.className === (y as Element).className);
      const lcs = am.length * bm.length <= 40_000 ? am.map(() => new Array<number>(bm.length + 1).fill(0)) : null;
      const kept: [number, number][] = [];
      if (lcs) {
        lcs.push(new Array<number>(bm.length + 1).fill(0));
        for (let i = am.length - 1; i >= 0; i--)
          for (let j = bm.length - 1; j >= 0; j--)
            lcs[i]![j] = like(am[i]!, bm[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
        for (let i = 0, j = 0; i < am.length && j < bm.length;) {
          if (like(am[i]!, bm[j]!)) {
            kept.push([i, j]);
            i++;
            j++;
          } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
          else j++;
        }
      }
      // between two kept children (and before the first, after the last): a run swapped
      let ia = 0,
        ib = 0;
      for (const [ka, kb] of [...kept, [am.length, bm.length] as [number, number]]) {
        const after = am.slice(ia, ka),
          before = bm.slice(ib, kb);
        if (after.length || before.length) {
          nodes += after.length + before.length;
          ops.push({ kind: 'splice', parent, ref: am[ka] ?? ref, after, before });
        }
        if (ka < am.length) diff(am[ka]!, bm[kb]!);
        ia = ka + 1;
        ib = kb + 1;
      }
    };
    const w = window as unknown as {
      __floorBefore: Node[];
      __floorFocus: number[] | null;
      __floorTo?: (to: 'before' | 'after') => void;
      __floorFrame?: Promise<void>;
    };
    const live = regions.map((sel) => document.querySelector(sel)!);
    live.forEach((el, i) => diff(el, w.__floorBefore[i]!));
    const focusWas = (window as unknown as { __floorFocusWas: string }).__floorFocusWas;
    const focusAfter = live.some((el) => el.contains(document.activeElement) && el !== document.activeElement);
    // Lexical puts back DOM it did not write: it must not see these changes
    const root = document.querySelector('.transcript-text') as
      (Element & { __lexicalEditor?: { _observer?: MutationObserver | null } }) | null;
    root?.__lexicalEditor?._observer?.disconnect();
    // the app's focus and blur handlers do not run in the floor
    for (const type of ['focus', 'blur', 'focusin', 'focusout'])
      window.addEventListener(type, (e) => e.stopImmediatePropagation(), { capture: true });
    const focusedBefore = (): HTMLElement | null => {
      if (!w.__floorFocus) return null;
      const [region, ...path] = w.__floorFocus;
      let n: Node | undefined = live[region!];
      for (const i of path) n = n?.childNodes[i];
      return n instanceof HTMLElement ? n : null;
    };
    w.__floorTo = (to) => {
      for (const op of ops) {
        if (op.kind === 'text') op.node.data = op[to];
        else if (op.kind === 'attr') {
          const v = op[to];
          if (v === null) op.el.removeAttribute(op.name);
          else op.el.setAttribute(op.name, v);
        } else {
          for (const n of op[to === 'after' ? 'before' : 'after']) n.parentNode?.removeChild(n);
          for (const n of op[to]) op.parent.insertBefore(n, op.ref);
        }
      }
      // as the app: the changes, then the focus where it went
      if (to === 'before' && w.__floorFocus) {
        const el = focusedBefore();
        el?.focus({ preventScroll: true });
        if (!el || document.activeElement !== el || !el.outerHTML.startsWith(focusWas.slice(0, 40)))
          throw new Error(`dom floor: the field focused before the action is not found again (${focusWas})`);
      } else if (!focusAfter && document.activeElement instanceof HTMLElement) document.activeElement.blur();
    };
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'F8') return;
        // the app does not see the key: the floor is the DOM change alone
        e.stopImmediatePropagation();
        e.preventDefault();
        w.__floorFrame = new Promise((resolve) =>
          setTimeout(() => {
            w.__floorTo!('after');
            requestAnimationFrame(() => setTimeout(resolve));
          }),
        );
      },
      { capture: true },
    );
    // a readable list of the operations (BENCH_FLOOR_OPS=1 prints it): where, and what changed
    const where = (n: Node | null): string => {
      const path: string[] = [];
      for (let e = n instanceof Element ? n : (n?.parentElement ?? null); e && path.length < 4; e = e.parentElement) {
        const cls = typeof e.className === 'string' && e.className ? `.${e.className.split(' ').join('.')}` : '';
        path.unshift(`${e.tagName.toLowerCase()}${cls}`);
        if (regions.some((r) => e!.matches(r))) break;
      }
      return path.join(' > ');
    };
    const show = (ns: Node[]) =>
      ns
        .map((x) => (x instanceof Element ? x.outerHTML : JSON.stringify(x.textContent)))
        .join('')
        .slice(0, 160);
    const list = ops.map((op) =>
      op.kind === 'text'
        ? `text  ${where(op.node)}: ${JSON.stringify(op.before)} → ${JSON.stringify(op.after)}`
        : op.kind === 'attr'
          ? `attr  ${where(op.el)} [${op.name}]: ${JSON.stringify(op.before)} → ${JSON.stringify(op.after)}`
          : `splice ${where(op.parent)}: -${op.before.length} ${show(op.before)} +${op.after.length} ${show(op.after)}`,
    );
    list.push(`focus ${w.__floorFocus ? focusWas : 'outside the regions'} → ${focusAfter ? 'kept' : 'blurred'}`);
    return { ops: ops.length, nodes, list };
  }, REGIONS);
}

/** Puts the regions back as they were before the coding action (untimed), and lets the page settle. */
export function floorReset(page: Page, settleMs: number): Promise<void> {
  return page.evaluate(
    (wait) =>
      new Promise<void>((resolve) => {
        (window as unknown as { __floorTo: (to: 'before') => void }).__floorTo('before');
        requestAnimationFrame(() => setTimeout(resolve, wait));
      }),
    settleMs,
  );
}

/** Presses F8 (the changes applied in the next task) and waits until they are drawn. */
export async function floorStep(page: Page): Promise<void> {
  await page.keyboard.press('F8');
  await page.evaluate(() => (window as unknown as { __floorFrame: Promise<void> }).__floorFrame);
}
