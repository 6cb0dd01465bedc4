/** Transcripts written for the speaker tests: Teams and Zoom VTT, a focus group, inline labels. */
import path from 'node:path';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject } from '../helpers';

export const b64 = (s: string | Uint8Array) => Buffer.from(s).toString('base64');

/** Teams (2022+): `<v Name>` voices, the interviewer written `Interviewer (NFA)`. */
export const TEAMS_VTT = `WEBVTT

0e1b2c3d-1/12-0
00:00:03.120 --> 00:00:06.480
<v Interviewer (NFA)>Blev I inddraget i løsningen?</v>

0e1b2c3d-1/14-0
00:00:07.000 --> 00:00:12.300
<v Tilsynsførende>Ja, vi blev inddraget fra starten, og løsningen blev bedre af det.</v>

0e1b2c3d-1/16-0
00:00:13.000 --> 00:00:16.000
<v Interviewer (NFA)>Hvordan mærkede I inddraget konkret?</v>

0e1b2c3d-1/18-0
00:00:16.500 --> 00:00:21.000
<v Tilsynsførende>Vi holdt møder hver uge, og virksomheden var med hele vejen.</v>
`;

/** Teams with the researcher's own name, as Teams writes it. */
export const TEAMS_NAMED_VTT = `WEBVTT

00:00:01.000 --> 00:00:04.000
<v Karen Jensen (NFA)>Hvad betød handlingsplanen for jer?</v>

00:00:04.500 --> 00:00:09.000
<v Ole Madsen>Handlingsplanen gav os et fælles sprog om løftene.</v>

00:00:09.500 --> 00:00:12.000
<v Karen Jensen (NFA)>Og et fælles sprog hjalp?</v>

00:00:12.500 --> 00:00:16.000
<v Ole Madsen>Ja, det gjorde det meget lettere at tale om ryggen.</v>
`;

/** Zoom: `Name: text` in the cue, a numeric cue id. */
export const ZOOM_VTT = `WEBVTT

1
00:00:01.000 --> 00:00:03.000
Moderator 1: Velkommen, og tak fordi du ville være med.

2
00:00:03.500 --> 00:00:07.000
Leder: Selv tak. Vi har arbejdet med tunge løft i to år.

3
00:00:07.500 --> 00:00:09.000
Moderator 1: Hvad var det sværeste?

4
00:00:09.500 --> 00:00:13.000
Leder: Det sværeste var at få medarbejderne til at bruge hjælpemidlerne.
`;

/** A focus group: a moderator and three participants of no known role. */
export const FOCUS_TXT = `Facilitator: Velkommen til jer alle tre.

Anna: Tak. Jeg arbejder på lageret.

Bo: Jeg kører truck.

Carla: Og jeg er tillidsrepræsentant.

Facilitator: Hvad har ændret sig?

Anna: Vi løfter mindre nu.

Bo: Vi har fået nye vogne.

Carla: Der er mere ro på.
`;

/** Inline labels inside one paragraph, as a hasty transcriber writes them. */
export const INLINE_TXT = `I: Hvordan startede det? R: Det startede med et brev fra Arbejdstilsynet. \
I: Og hvad så? R: Så ringede vi til dem.

I: Hvad skete der bagefter?

R: Vi lavede en plan sammen.
`;

export async function freshService(): Promise<{ dir: string; file: string; svc: Service }> {
  const dir = makeTmp('cmo-speakers-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  let n = 0;
  const svc = await openService(file, {
    user: 'tester',
    now: () => '2024-05-01T10:00:00.000Z',
    newId: (p) => `${p}-${++n}`,
  });
  return { dir, file, svc };
}
