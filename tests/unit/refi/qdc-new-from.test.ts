/** `cmo new --from codebook.qdc`: a REFI-QDA codebook opens as a project of its codes (qa-refi, 7 Dec). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { checkIntegrity } from '../../../src/cmo/integrity';
import { nfaProject, NOW } from '../helpers';
import { refiDir } from './qdpx-helpers';

const QDC =
  '<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Værktøj 1">' +
  '<Codes><Code guid="A2209CFF-8E89-5B0A-A7B0-CDDC4BE92936" name="Ældre" isCodable="false" color="#00FF00">' +
  '<Description>Om alder</Description><Code guid="DD1B8AD4-9B6E-5BE2-BD0B-FDE7DEAFDDA4" name="Løft/bæring" ' +
  'isCodable="true"/></Code></Codes><Sets/></CodeBook>';

describe('a .qdc as a new project', () => {
  it('its codes, hierarchy, colour and description, nothing else', () => {
    const { project, report } = projectFromQdpx(Buffer.from(QDC), 'kodebog.qdc', nfaProject(), NOW);
    expect(checkIntegrity(project)).toEqual([]);
    expect(project.codes.map((c) => [c.name, c.parentId, c.codable, c.color, c.description])).toEqual([
      ['Ældre', null, false, '#00FF00', 'Om alder'],
      ['Løft∕bæring', 'a2209cff-8e89-5b0a-a7b0-cddc4be92936', true, null, ''],
    ]);
    expect([report.origin, report.codes, report.sources, report.lost]).toEqual(['Værktøj 1', 2, 0, []]);
  });

  it('damaged XML is one line naming the file', () => {
    expect(() => projectFromQdpx(Buffer.from(QDC.slice(0, 200)), 'kodebog.qdc', nfaProject(), NOW)).toThrow(
      /^kodebog\.qdc: [^\n]*$/,
    );
  });

  const taguette = path.join(refiDir(), 'examples', 'taguette-1.4.1_codebook.qdc');
  if (!fs.existsSync(taguette)) console.log(`skipping the Taguette codebook: ${taguette} is absent`);
  it.skipIf(!fs.existsSync(taguette))("Taguette 1.4.1's codebook (empty <Sets/>, which the XSD refuses)", () => {
    const { report } = projectFromQdpx(fs.readFileSync(taguette), 'taguette.qdc', nfaProject(), NOW);
    expect([report.origin, report.codes]).toEqual(['Taguette 1.4.1', 3]);
  });
});
