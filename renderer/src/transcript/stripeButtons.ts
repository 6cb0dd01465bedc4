/**
 * The stripes' buttons, drawn straight into their column rather than rendered: after a coding
 * action the stripes are measured once the transcript is patched, and drawing them through React
 * took a second render and commit of the whole column (a hundred memoised buttons compared) in the
 * action's frame. Here each button is kept by segment and lane, only what differs from last time is
 * written (a new coding adds one button and moves none), and the order in the page is the order
 * given (the tab order, as a rendered list has it).
 */
import { COL_WIDTH, type Lane, type Stripe } from './stripes';

/** a stripe measured on screen, with its lane as it was then (the layout may have changed since) */
export interface Placed {
  s: Stripe;
  lane: Lane;
  top: number;
  height: number;
}

/** what one button shows */
interface Look {
  className: string;
  top: number;
  height: number;
  left: number;
  label: string;
  text: string;
}

export interface StripeHandlers {
  enter: (id: string, el: HTMLElement) => void;
  leave: () => void;
  pick: (id: string) => void;
}

interface Drawn {
  el: HTMLButtonElement;
  look: Look;
  /** what the look was made from: the same again, the button is left as it is without making it anew */
  from: Placed;
  selected: boolean;
  kindName: (k: string) => string;
}

/** the same stripe in the same place, with the same lane name and position */
const samePlace = (a: Placed, b: Placed) =>
  a.s === b.s &&
  a.top === b.top &&
  a.height === b.height &&
  a.lane.x === b.lane.x &&
  a.lane.label === b.lane.label &&
  a.lane.group === b.lane.group;

export interface StripeButtons {
  /** the buttons drawn now, by `segment@lane` */
  drawn: Map<string, Drawn>;
  /** what was drawn last: asked again for the same, nothing is done */
  last: { placed: readonly Placed[]; selected: string | null; kindName: (k: string) => string } | null;
  /** the element they are drawn in (another one after the column was rendered again: all drawn anew) */
  into: HTMLElement | null;
}

export const createStripeButtons = (): StripeButtons => ({ drawn: new Map(), last: null, into: null });

function lookOf(p: Placed, selected: string | null, kindName: (k: string) => string): Look {
  const { s, lane, top, height } = p;
  return {
    className:
      `tx-stripe kind-${s.kind ?? 'T'}` + (s.id === selected ? ' is-selected' : '') + (s.flagged ? ' is-flagged' : ''),
    top,
    height,
    left: lane.x + s.col * COL_WIDTH,
    label:
      lane.group === 'code'
        ? lane.label
        : `${s.kind ? kindName(s.kind) : ''} ${lane.group === 'pt' ? lane.label : s.label}`,
    text: height > 26 && lane.group !== 'code' ? s.label : '',
  };
}

function create(id: string, laneKey: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.dataset.segmentId = id;
  el.dataset.lane = laneKey;
  el.style.width = `${COL_WIDTH - 2}px`;
  return el;
}

/**
 * One set of listeners on the column for all its buttons: entering or leaving a button (not its
 * label inside it) with the pointer or the focus shows or hides its card; a click selects it.
 */
function listen(into: HTMLElement, handlers: { current: StripeHandlers }): void {
  const stripe = (t: EventTarget | null) =>
    t instanceof Element ? (t.closest('.tx-stripe') as HTMLElement | null) : null;
  const crossing = (e: MouseEvent | FocusEvent) => {
    const b = stripe(e.target);
    return b && !(e.relatedTarget instanceof Node && b.contains(e.relatedTarget)) ? b : null;
  };
  const enter = (e: MouseEvent | FocusEvent) => {
    const b = crossing(e);
    if (b?.dataset.segmentId) handlers.current.enter(b.dataset.segmentId, b);
  };
  const leave = (e: MouseEvent | FocusEvent) => {
    if (crossing(e)) handlers.current.leave();
  };
  into.addEventListener('mouseover', enter);
  into.addEventListener('mouseout', leave);
  into.addEventListener('focusin', enter);
  into.addEventListener('focusout', leave);
  into.addEventListener('click', (e) => {
    const id = stripe(e.target)?.dataset.segmentId;
    if (id) handlers.current.pick(id);
  });
}

/** writes what differs between the look a button has and the one it should have */
function update(el: HTMLButtonElement, was: Look | null, look: Look): void {
  if (was?.className !== look.className) el.className = look.className;
  if (was?.top !== look.top) el.style.top = `${look.top}px`;
  if (was?.height !== look.height) el.style.height = `${look.height}px`;
  if (was?.left !== look.left) el.style.left = `${look.left}px`;
  if (was?.label !== look.label) el.setAttribute('aria-label', look.label);
  if (was?.text === look.text) return;
  const span = el.firstElementChild;
  if (!look.text) span?.remove();
  else if (span) span.textContent = look.text;
  else {
    const s = document.createElement('span');
    s.className = 'tx-stripe-label';
    s.textContent = look.text;
    el.append(s);
  }
}

/** Draws the placed stripes into `into`: buttons kept by segment and lane, only differences written. */
export function drawStripes(
  state: StripeButtons,
  into: HTMLElement | null,
  placed: readonly Placed[],
  selected: string | null,
  kindName: (k: string) => string,
  handlers: { current: StripeHandlers },
): void {
  if (state.into !== into) {
    state.drawn.clear();
    state.into = into;
    state.last = null;
    if (into) listen(into, handlers);
  }
  if (!into) return;
  const last = state.last;
  if (last && last.placed === placed && last.selected === selected && last.kindName === kindName) return;
  state.last = { placed, selected, kindName };
  const keys = placed.map((p) => `${p.s.id}@${p.lane.key}`);
  // the buttons kept: the others are taken out at the end, so nothing kept is moved past them
  const kept = new Set<Node>();
  for (const k of keys) {
    const d = state.drawn.get(k);
    if (d) kept.add(d.el);
  }
  let cursor: ChildNode | null = into.firstChild;
  const skip = () => {
    while (cursor && !kept.has(cursor)) cursor = cursor.nextSibling;
  };
  skip();
  const next = new Map<string, Drawn>();
  placed.forEach((p, i) => {
    const key = keys[i]!;
    if (next.has(key)) return;
    const sel = p.s.id === selected;
    let d = state.drawn.get(key);
    if (d && d.selected === sel && d.kindName === kindName && samePlace(d.from, p)) d.from = p;
    else if (d) {
      const look = lookOf(p, selected, kindName);
      update(d.el, d.look, look);
      Object.assign(d, { look, from: p, selected: sel, kindName });
    } else {
      const look = lookOf(p, selected, kindName);
      d = { el: create(p.s.id, p.lane.key), look, from: p, selected: sel, kindName };
      update(d.el, null, look);
    }
    next.set(key, d);
    if (d.el === cursor) {
      cursor = cursor.nextSibling;
      skip();
    } else into.insertBefore(d.el, cursor);
  });
  for (const [key, d] of state.drawn) if (!next.has(key)) d.el.remove();
  state.drawn = next;
}
