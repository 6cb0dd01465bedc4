/** ODT, RTF, VTT/SRT and plain text, generated here; exact text, turns, times and notes. */
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadTranscript, readTranscript } from '../../../src/import/index';
import { normalizeText } from '../../../src/cmo/text';
import { logText } from '../../../src/cmo/logMessages';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const speakers = (t: { turns: { speaker: string }[] }) => t.turns.map((x) => x.speaker);

async function odt(body: string, styles = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file(
    'META-INF/manifest.xml',
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest ' +
      'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry ' +
      'manifest:full-path="/" ' +
      'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
  );
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<office:automatic-styles><style:style style:name="T1" style:family="text"
  ><style:text-properties fo:font-weight="bold"/></style:style>${styles}</office:automatic-styles>
<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('OpenDocument (.odt)', () => {
  it('expands <text:s text:c>, collapses XML whitespace, reads bold labels, tabs, line breaks', async () => {
    const bytes = await odt(`
      <text:p><text:span text:style-name="T1">Interviewer</text:span><text:tab/>Hvad   skete
        der<text:s text:c="3"/>så?</text:p>
      <text:p><text:span text:style-name="T1">AMR:</text:span> Vi fik løftegrej.<text:line-break/>Og &amp; en <text:span
        >aftale</text:span> på 3 mdr.<text:s/></text:p>
      <text:p><text:span text:style-name="T1">Interviewer</text:span><text:tab/>Tak.</text:p>`);
    const t = await loadTranscript('x.odt', bytes);
    expect(t.text).toBe(
      'Interviewer\tHvad skete der   så?\n\nAMR: Vi fik løftegrej.\nOg & en aftale på 3 mdr.\n\nInterviewer\tTak.',
    );
    expect(speakers(t)).toEqual(['Interviewer', 'AMR', 'Interviewer']);
    expect(normalizeText(t.text)).toBe(t.text);
  });

  it('footnotes and annotations become notes; tables read in order; tracked deletions left out', async () => {
    const bytes = await odt(`
      <text:tracked-changes><text:changed-region><text:deletion><text:p>slettet tekst</text:p></text:deletion
        ></text:changed-region></text:tracked-changes>
      <text:p>Leder: Det gik godt<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation
        ><text:note-body><text:p>Sagt med et smil.</text:p></text:note-body></text:note>.</text:p>
      <text:p><office:annotation><dc:creator>Mette</dc:creator><text:p>Tjek lyden.</text:p></office:annotation
        >Interviewer: Tak.</text:p>
      <table:table><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell
        ><table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row></table:table>`);
    const t = await loadTranscript('x.odt', bytes);
    expect(t.text).toBe('Leder: Det gik godt.\n\nInterviewer: Tak.\n\nA1\n\nB1');
    expect(t.notes).toEqual(['Fodnote 1: Sagt med et smil.', 'Kommentar (Mette): Tjek lyden.']);
  });

  it('refuses a password-protected .odt and a spreadsheet named .odt', async () => {
    const enc = new JSZip();
    enc.file('mimetype', 'application/vnd.oasis.opendocument.text');
    enc.file(
      'META-INF/manifest.xml',
      '<manifest:manifest><manifest:file-entry ' +
        'manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
    );
    enc.file('content.xml', 'binær');
    await expect(readTranscript('hemmelig.odt', await enc.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^hemmelig\.odt: er beskyttet med adgangskode/,
    );
    const ods = new JSZip();
    ods.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    await expect(readTranscript('ark.odt', await ods.generateAsync({ type: 'uint8array' }))).rejects.toThrow(
      /^ark\.odt: er ikke et tekstdokument/,
    );
  });
});

describe('RTF', () => {
  const rtf = (body: string, head = '\\ansi\\ansicpg1252') =>
    utf8(
      `{\\rtf1${head}\\deff0{\\fonttbl{\\f0\\fnil Calibri;}}{\\info{\\author Jens}{\\title ` +
        `Interview}}{\\header Side 1}\n${body}}`,
    );

  it('cp1252 escapes, \\u with \\uc1 fallback, surrogate pairs; metadata and header left out', async () => {
    const t = await loadTranscript(
      'x.rtf',
      rtf(
        "\\uc1\\pard Interviewer: Hvad s\\'e5 du?\\par\nLeder: \\'c6bler og \\'f8l \\u8364? 5 " +
          '\\u-10179?\\u-8647?\\par\n',
      ),
    );
    expect(t.text).toBe('Interviewer: Hvad så du?\nLeder: Æbler og øl € 5 😹\n');
    expect(speakers(t)).toEqual(['Interviewer', 'Leder']);
  });

  it('table cells become tabs and rows lines; footnotes and annotations become notes', async () => {
    const t = await loadTranscript(
      'x.rtf',
      rtf(
        '\\trowd\\cellx1000\\cellx5000\\intbl IP\\cell Vi fik ' +
          "hj\\'e6lp{\\super\\chftn{\\footnote\\pard\\plain{\\super\\chftn} Fra " +
          'konsulenten.}}\\cell\\row\\pard Slut{\\*\\atnid MK}{\\*\\atnauthor ' +
          'Mette}\\chatn{\\*\\annotation\\pard Tjek dette.}\\par',
      ),
    );
    expect(t.text).toBe('IP\tVi fik hjælp\nSlut\n');
    expect(t.notes).toEqual(['Fra konsulenten.', 'Tjek dette.']);
  });

  it('double-byte code page (\\ansicpg936, GBK)', async () => {
    const gbk = [...iconv.encode('访谈', 'gbk')].map((b) => `\\'${b.toString(16)}`).join('');
    expect((await loadTranscript('x.rtf', rtf(`${gbk}\\par`, '\\ansi\\ansicpg936'))).text).toBe('访谈\n');
  });

  it('an RTF file named .txt is read as RTF, with a warning', async () => {
    const r = await readTranscript('gemt-som.txt', rtf('Leder: Hej\\par'));
    expect(r.format).toBe('rtf');
    expect(logText(r.warnings[0]!, 'da')).toMatch(/men er RTF/);
    expect(logText(r.warnings[0]!, 'en')).toBe('the file is called .txt but is RTF; read as RTF');
  });
});

describe('WebVTT and SRT', () => {
  it('voice spans (several in one cue), merged consecutive cues, times, entities', async () => {
    const vtt = `WEBVTT

NOTE made by hand

1
00:00:01.000 --> 00:00:03.500
<v Interviewer>Hvordan gik det &amp; hvad skete der?</v>

2
00:00:04.000 --> 00:00:06.000 align:start
<v.loud Leder>Det gik godt.

3
00:00:06.000 --> 00:00:08.000
<v Leder>Vi fik en <i>aftale</i>.
<v Interviewer>Tak &lt;3

4
00:01:05.250 --> 00:01:07.000
<v Leder>Og så videre.
`;
    const t = await loadTranscript('x.vtt', utf8(vtt));
    expect(t.text).toBe(
      'Interviewer: Hvordan gik det & hvad skete der?\n\nLeder: Det gik godt. Vi fik en ' +
        'aftale.\n\nInterviewer: Tak <3\n\nLeder: Og så videre.',
    );
    expect(t.turns.map((x) => [x.speaker, x.time])).toEqual([
      ['Interviewer', 1],
      ['Leder', 4],
      ['Interviewer', 6],
      ['Leder', 65.25],
    ]);
    expect(t.text.slice(t.turns[1]!.start, t.turns[1]!.end)).toBe('Leder: Det gik godt. Vi fik en aftale.');
  });

  it('Zoom "Name: text": unnamed cues stay with the last speaker, flagged; a one-off colon is none', async () => {
    const vtt = `WEBVTT

1
00:00:00.500 --> 00:00:02.000
Anna Jensen: Velkommen.

2
00:00:02.000 --> 00:00:04.000
Bo Holm: Tak. Pointen er: vi lærte meget.

3
00:00:04.000 --> 00:00:05.000
og det hjalp

4
00:00:05.000 --> 00:00:06.000
Anna Jensen: Godt.

5
00:00:06.000 --> 00:00:07.000
Bo Holm: Ja.
`;
    const t = await loadTranscript('zoom.vtt', utf8(vtt));
    expect(t.text).toBe(
      'Anna Jensen: Velkommen.\n\nBo Holm: Tak. Pointen er: vi lærte meget. og det hjalp\n\nAnna Jensen: ' +
        'Godt.\n\nBo Holm: Ja.',
    );
    expect(t.warnings.map((w) => logText(w, 'da'))).toEqual([
      '1 tekststykke uden taler er lagt til den foregående taler (første ved 00:00:04) — kontrollér dem',
    ]);
  });

  it('SRT with comma times, <font> tags, {\\an8}, a bare "&" and "<"; Whisper [SPEAKER_00] labels', async () => {
    const srt =
      `1\r\n00:00:00,000 --> 00:00:02,500\r\n[SPEAKER_00]: {\\an8}<font color="#fff">Hej & ` +
      `velkommen</font>\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n[SPEAKER_01]: 3 < 4, ` +
      `ikke?\r\n\r\n3\r\n00:00:04,000 --> 00:00:05,000\r\n[SPEAKER_00]: <i>Jo.</i>\r\n`;
    const t = await loadTranscript('x.srt', utf8(srt));
    expect(t.text).toBe('SPEAKER_00: Hej & velkommen\n\nSPEAKER_01: 3 < 4, ikke?\n\nSPEAKER_00: Jo.');
    expect(t.turns.map((x) => [x.speaker, x.time])).toEqual([
      ['SPEAKER_00', 0],
      ['SPEAKER_01', 3],
      ['SPEAKER_00', 4],
    ]);
  });

  it('no speakers: a paragraph per stretch of speech, split at pauses of 2 s', async () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:02.000\nFørste del\n\n00:02.000 --> 00:03.000\nfortsætter.\n\n00:09.000 ' +
      '--> 00:10.000\nEfter en pause.\n';
    const t = await loadTranscript('w.vtt', utf8(vtt));
    expect(t.text).toBe('Første del fortsætter.\n\nEfter en pause.');
    expect(t.turns).toEqual([
      { start: 0, end: 22, speaker: '', time: 1 },
      { start: 24, end: 39, speaker: '', time: 9 },
    ]);
  });

  it('a subtitle file without cues is an error', async () => {
    await expect(readTranscript('tom.vtt', utf8('WEBVTT\n\nNOTE intet\n'))).rejects.toThrow(
      /^tom\.vtt: indeholder ingen undertekster/,
    );
  });
});

describe('plain text', () => {
  const DANISH = 'Interviewer: Hvad skete der?\n\nLeder: Vi fik løftegrej – og “ro” på ryggen. Æblet koster 5 €.\n';

  it.each([
    ['UTF-8', Buffer.from(DANISH, 'utf8')],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DANISH, 'utf8')])],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DANISH, 'utf-16le')])],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(DANISH, 'utf-16be')])],
    ['UTF-16LE without BOM', iconv.encode(DANISH, 'utf-16le')],
    ['Windows-1252', iconv.encode(DANISH, 'windows-1252')],
    ['ISO-8859-15', iconv.encode(DANISH.replace(/[–“”]/g, '-'), 'iso-8859-15')],
    ['Windows-1252, CRLF', iconv.encode(DANISH.replace(/\n/g, '\r\n'), 'windows-1252')],
  ])('%s gives the same stored text and turns', async (_enc, bytes) => {
    const t = await loadTranscript('x.txt', new Uint8Array(bytes));
    const want = _enc === 'ISO-8859-15' ? DANISH.replace(/[–“”]/g, '-') : DANISH;
    expect(t.text).toBe(want);
    expect(speakers(t)).toEqual(['Interviewer', 'Leder']);
  });

  it('normalises to NFC: a decomposed å (a + ring) becomes one character', async () => {
    const t = await loadTranscript('x.md', utf8('Leder: Det gik pa\u030a skinner.  \r\n'));
    expect(t.text).toBe('Leder: Det gik på skinner.\n');
  });
});
