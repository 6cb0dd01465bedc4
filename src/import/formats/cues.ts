import { parseTextStream, tokenizeVTTCue, type VTTNode } from 'media-captions';
import { ImportError, detailOf } from '../errors';
import { TextBuilder, speakerLabel } from '../build';
import type { ReadResult } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

/**
 * Subtitle-style transcripts (.vtt, .srt) → a transcript that reads like one: one paragraph per
 * speaker turn, written `Name: text`, each turn carrying the start time of its first cue.
 *
 * Cue blocks, timestamps, entities and cue markup (`<v Name>`, `<i>`, `<c.x>`, `<00:01.000>`) are
 * parsed by media-captions (vidstack). Before it sees the file, every timing line is rewritten
 * in the spec's form, since real files break the spec: Teams 2020 writes `0:0:3.490`, Whisper
 * leaves out the hours (`00:11.000`), SRT uses a comma (`00:00:11,000`), and some cues end before
 * they start (media-captions would drop those, and their words with them). SRT is converted to
 * WebVTT the same way (its `<font>` tags and `{\an8}` codes removed, `&` and stray `<` escaped).
 *
 * Speakers: a `<v Name>` voice span; else a `Name: text` prefix (Zoom) or `[Name] text`, when the
 * same label starts at least two cues (so `So the point is: …` is not a speaker); Teams' GUID
 * voices become `Taler 1`, `Taler 2` … (the GUIDs are kept in the notes). Consecutive cues of one
 * speaker merge into one turn; cues without a speaker stay with the previous speaker, flagged in
 * the warnings. A file with no speakers at all gets a paragraph per stretch of speech (a new one
 * after a pause of 2 s or more), each a turn with an empty speaker and its start time.
 */
export async function readCues(fileName: string, raw: string, kind: 'vtt' | 'srt'): Promise<ReadResult> {
  try {
    return await read(fileName, raw, kind);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    // whatever else goes wrong in a hostile file is still one line naming the file, never "Intern fejl"
    throw new ImportError(fileName, say('errUnreadableAs', { format: kind, detail: detailOf(e) }));
  }
}

/** More cues than this are refused: a 20 MB file of one-word cues has ~300,000; a long interview a few thousand. */
export const MAX_CUES = 200_000;

/**
 * media-captions' parseText queues every line in a ReadableStream at once and the queue's shift()
 * makes that quadratic (80,000 cues: 30 s); here each line is handed over as the parser asks.
 */
async function parseLines(vtt: string) {
  const lines = vtt.split('\n');
  let i = 0;
  const stream = new ReadableStream<string>(
    {
      pull(controller) {
        if (i < lines.length) controller.enqueue(lines[i++]!);
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
  return (await parseTextStream(stream, { type: 'vtt', strict: false })).cues;
}

async function read(fileName: string, raw: string, kind: 'vtt' | 'srt'): Promise<ReadResult> {
  const { text: vtt, cueCount } = toSpecVtt(raw, kind);
  if (cueCount > MAX_CUES) throw new ImportError(fileName, say('errTooManyCues', { count: cueCount, max: MAX_CUES }));
  let cues;
  try {
    cues = await parseLines(vtt);
  } catch (e) {
    throw new ImportError(fileName, say('errUnreadableAs', { format: kind, detail: detailOf(e) }));
  }
  if (cues.length === 0) throw new ImportError(fileName, say('errNoCues'));

  // 1. each cue → segments of (voice or null, text)
  type Seg = { voice: string | null; text: string; time: number };
  const segs: Seg[] = [];
  for (const cue of cues) {
    let cur: Seg | null = null;
    // a voice span may be left open, so the next one nests inside it: each starts its own segment.
    // Walked with a stack of its own: 200,000 nested <c> tags would overflow the call stack.
    type Frame = { nodes: VTTNode[]; at: number; voice: string | null; endsVoice: boolean };
    const stack: Frame[] = [{ nodes: tokenizeVTTCue(cue), at: 0, voice: null, endsVoice: false }];
    while (stack.length) {
      const f = stack[stack.length - 1]!;
      if (f.at >= f.nodes.length) {
        stack.pop();
        if (f.endsVoice) cur = null;
        continue;
      }
      const n = f.nodes[f.at++]!;
      if (n.type === 'v') {
        // `<v>` with no name is a voice without a name: its words join the speaker before, as unnamed cues do
        cur = { voice: (n.voice ?? '').trim() || null, text: '', time: cue.startTime };
        segs.push(cur);
        stack.push({ nodes: n.children ?? [], at: 0, voice: cur.voice, endsVoice: true });
      } else if (n.type === 'text') {
        if (cur && cur.voice === f.voice) cur.text += n.data;
        else if (n.data.trim()) {
          cur = { voice: f.voice, text: n.data, time: cue.startTime };
          segs.push(cur);
        }
      } else if ('children' in n && n.children?.length)
        stack.push({ nodes: n.children, at: 0, voice: f.voice, endsVoice: false });
    }
  }
  for (const s of segs) s.text = s.text.replace(/[ \t\r\n]+/g, ' ').trim();

  // 2. speaker prefixes in the text itself (Zoom's `Name: text`, `[Name] text`), when they recur
  const prefix = (s: Seg) => {
    const m = /^(?:>>\s*)?(?:\[([^\]\n]{1,60})\]:?|([^:\n]{1,60}?):)\s+(?=\S)/.exec(s.text);
    const label = m ? speakerLabel(m[1] ?? m[2] ?? '') : null;
    return label && m ? { label, length: m[0].length } : null;
  };
  const counts = new Map<string, number>();
  for (const s of segs)
    if (s.voice === null) {
      const p = prefix(s);
      if (p) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
    }
  for (const s of segs) {
    if (s.voice !== null) continue;
    const p = prefix(s);
    if (p && ((counts.get(p.label) ?? 0) >= 2 || cues.length <= 3)) {
      s.voice = p.label;
      s.text = s.text.slice(p.length).trim();
    }
  }

  // 3. GUID voices (Teams 2020) → Taler 1, 2 …
  const notes: string[] = [];
  const guidNames = new Map<string, string>();
  for (const s of segs) {
    if (s.voice && GUID.test(s.voice)) {
      if (!guidNames.has(s.voice)) {
        guidNames.set(s.voice, `Taler ${guidNames.size + 1}`);
        notes.push(`Taler ${guidNames.size} = ${s.voice}`);
      }
      s.voice = guidNames.get(s.voice)!;
    }
  }

  // 4. merge into turns
  const warnings: LogMessage[] = [];
  if (guidNames.size) warnings.push(say('warnGuidSpeakers', { names: [...guidNames.values()].join(', ') }));
  const anySpeaker = segs.some((s) => s.voice);
  const turns: Seg[] = [];
  let orphans = 0,
    firstOrphan: number | null = null,
    lastEnd = -Infinity;
  const cueEnd = new Map(cues.map((c) => [c.startTime, c.endTime]));
  for (const s of segs) {
    if (!s.text) continue;
    const prev = turns[turns.length - 1];
    if (anySpeaker) {
      if (s.voice === null) {
        orphans++;
        firstOrphan ??= s.time;
      }
      if (prev && (s.voice === null || s.voice === prev.voice)) prev.text += ` ${s.text}`;
      else turns.push({ ...s, voice: s.voice ?? '' });
    } else {
      const pause = s.time - lastEnd >= 2;
      if (prev && !pause && prev.text.length < 1500) prev.text += ` ${s.text}`;
      else turns.push({ ...s, voice: '' });
    }
    lastEnd = Math.max(lastEnd, cueEnd.get(s.time) ?? s.time);
  }
  if (orphans) warnings.push(say('warnOrphanCues', { count: orphans, at: clock(firstOrphan ?? 0) }));

  const b = new TextBuilder();
  for (const t of turns)
    b.paragraph(t.voice ? `${t.voice}: ${t.text}` : t.text, {
      speaker: t.voice ?? '',
      time: Math.round(t.time * 1000) / 1000,
    });
  const { text, turns: spans } = b.build(false);
  return { text, turns: spans, notes, format: kind, encoding: null, warnings };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(@[0-9a-f-]{36})?$/i;

function clock(s: number): string {
  const h = Math.floor(s / 3600),
    m = Math.floor((s % 3600) / 60),
    sec = Math.floor(s % 60);
  return [h, m, sec].map((x) => String(x).padStart(2, '0')).join(':');
}

const TIMING = /^\s*(\S+)\s+-->\s+(\S+)(.*)$/;
const KNOWN_TAG = /^<(?:\/?(?:c|i|b|u|v|lang|ruby|rt)(?:[.\s>]|$)|\d)/;

/** Seconds from `0:0:3.490`, `00:11.000`, `00:00:11,000`, `1:02:03.5`; null when not a time. */
export function cueSeconds(s: string): number | null {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + (m[4] ? Number(m[4].padEnd(3, '0')) / 1000 : 0);
}

function specTime(sec: number): string {
  const ms = Math.round(sec * 1000);
  const h = Math.floor(ms / 3_600_000),
    m = Math.floor((ms % 3_600_000) / 60_000),
    s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

/** The file as spec WebVTT: header, timing lines rewritten, SRT markup and stray `<` escaped. */
function toSpecVtt(raw: string, kind: 'vtt' | 'srt'): { text: string; cueCount: number } {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const out: string[] = [];
  let inCue = false,
    cueCount = 0;
  for (const line of lines) {
    const t = TIMING.exec(line);
    const a = t ? cueSeconds(t[1]!) : null;
    const b = t ? cueSeconds(t[2]!) : null;
    if (t && a !== null && b !== null) {
      out.push(`${specTime(a)} --> ${specTime(Math.max(b, a + 0.001))}${kind === 'vtt' ? t[3] : ''}`);
      inCue = true;
      cueCount++;
      continue;
    }
    if (!line.trim()) {
      inCue = false;
      out.push('');
      continue;
    }
    if (!inCue) {
      out.push(line);
      continue;
    }
    let text = line;
    if (kind === 'srt') {
      text = text
        .replace(/\{\\[^}]*\}/g, '')
        .replace(/<\/?font[^>]*>/gi, '')
        .replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;');
    }
    out.push(text.replace(/<[^<]*/g, (m) => (KNOWN_TAG.test(m) ? m : `&lt;${m.slice(1)}`)));
  }
  const body = out.join('\n');
  if (kind === 'vtt' && /^WEBVTT/.test(body)) return { text: body, cueCount };
  // SRT (and a headerless VTT): cue numbers become cue ids, which WebVTT allows
  return { text: `WEBVTT\n\n${kind === 'vtt' ? body : body.replace(/^\s+/, '')}`, cueCount };
}
