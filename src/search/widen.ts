/** Widening lives in the domain (the window's sentence/turn key uses it too); search keeps its name for it. */
export { widenRange, type Widen, type Range } from '../cmo/widen';
