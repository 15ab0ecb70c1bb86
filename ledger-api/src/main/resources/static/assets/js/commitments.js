// Moties, toezeggingen and the visie's actions, overdue ones first, and the report to the Kamer in each of its
// formats. The report needs the token as well, so each format is fetched here and offered as a file from a blob URL.
// What no source gives is said to be unknown, never filled in.

import { getBlob, getJson, organisationNames } from './api.js';
import { COMMITMENT_KINDS, COMMITMENT_STATUS, label, moment, number, period } from './format.js';
import { h, keyFigure, loaded, showCheckpoint, startPage, table } from './page.js';

const REPORT = '/reports/kamer';
const DOWNLOADS = [
  { accept: 'text/markdown', extension: 'md', text: 'Markdown' },
  { accept: 'text/csv', extension: 'csv', text: 'CSV (spreadsheet)' },
];
const STATUS_ORDER = ['OPENSTAAND', 'DEELS_VOLDAAN', 'VOLDAAN', 'VERVALLEN'];
const NOT_IN_SOURCES = 'niet vermeld in de bronnen';
const MADE = { MOTIE: 'Aangenomen', TOEZEGGING: 'Toegezegd', ACTIE: 'Aangekondigd' };
const PROGRESS = ['ProgressReported', 'PartlyFulfilled'];

startPage('toezeggingen', async () => {
  // The report fixes the moment; the list and every download are read as of that same moment.
  const report = await getJson(REPORT);
  const asOf = { asOf: report.asOf };
  const [commitments, names, html, ...files] = await Promise.all([
    getJson('/commitments', asOf), organisationNames(), getBlob(REPORT, asOf, 'text/html'),
    ...DOWNLOADS.map((download) => getBlob(REPORT, asOf, download.accept))]);

  loaded();
  document.getElementById('toezeggingen').replaceChildren(
    totals(report.totals),
    reportLinks(report, html, files),
    list(commitments.items, names));
  showCheckpoint(report.checkpoint, report.asOf);
});

function totals(reportTotals) {
  const byStatus = Object.fromEntries(reportTotals.byStatus.map((count) => [count.key, count.count]));
  return h('dl', { class: 'cijfers' },
    keyFigure('commitments', 'Moties, toezeggingen en acties', reportTotals.commitments),
    keyFigure('overdue', 'Termijn verstreken', reportTotals.overdue),
    STATUS_ORDER.map((status) => keyFigure(status, COMMITMENT_STATUS[status], byStatus[status] ?? 0)));
}

function list(commitments, names) {
  const ordered = [...commitments].sort((a, b) => Number(b.overdue) - Number(a.overdue)
    || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
    || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const rows = ordered.map((commitment) => h('tr', { 'data-id': commitment.id, class: commitment.overdue ? 'te-laat' : null },
    h('td', {}, label(COMMITMENT_KINDS, commitment.kind)),
    h('td', {}, h('strong', {}, commitment.title), h('br'), kamerstuk(commitment), submitters(commitment)),
    h('td', { 'data-field': 'adoptedOn' }, made(commitment)),
    h('td', { 'data-field': 'responsibleMinister' }, commitment.responsibleMinister ?? `Bewindspersoon ${NOT_IN_SOURCES}`,
      h('br'), names[commitment.responsibleOrganisationId] ?? commitment.responsibleOrganisationId),
    h('td', {}, h('span', { class: `status status-${commitment.status}` }, label(COMMITMENT_STATUS, commitment.status)),
      commitment.overdue ? [h('br'), h('strong', { class: 'status status-OVERDUE' }, 'Termijn verstreken')] : null),
    h('td', { 'data-field': 'settlement' }, settlement(commitment)),
    h('td', {}, lastProgress(commitment)),
    h('td', { 'data-field': 'sources' }, commitment.sources.length
      ? h('ul', { class: 'bronnen' }, commitment.sources.map((source) => h('li', {}, source))) : NOT_IN_SOURCES)));
  return h('section', { 'aria-labelledby': 'kop-lijst' }, h('h2', { id: 'kop-lijst' }, 'Stand van zaken'),
    commitments.length === 0 ? h('p', { class: 'melding' }, 'Er zijn nog geen moties, toezeggingen of acties vastgelegd.')
      : table(`${number(commitments.length)} moties, toezeggingen en acties`,
        ['Soort', 'Omschrijving en Kamerstuk', 'Datum', 'Bewindspersoon', 'Status', 'Afdoening', 'Laatste voortgang',
          'Bronnen'], rows));
}

function kamerstuk(commitment) {
  const { kamerstuk: number } = commitment;
  if (number) {
    return `Kamerstukken ${number.vergaderjaar.slice(0, 4)}/${number.vergaderjaar.slice(7)}, ${number.dossier}, nr. ${number.number}`;
  }
  return commitment.reference ?? `Kamerstuk ${NOT_IN_SOURCES}`;
}

function submitters(commitment) {
  if (commitment.submitters.length === 0) return null;
  const who = commitment.kind === 'TOEZEGGING' ? 'toegezegd aan' : 'ingediend door';
  return [h('br'), `${who} ${commitment.submitters.join(' en ')}`];
}

function made(commitment) {
  const verb = MADE[commitment.kind] ?? 'Datum';
  if (commitment.adoptedOn) return `${verb}: ${period(commitment.adoptedOn)}`;
  const named = commitment.firstNamedOn ? ` (voor het eerst genoemd in een bron van ${period(commitment.firstNamedOn)})` : '';
  return `${verb}: ${NOT_IN_SOURCES}${named}`;
}

function settlement(commitment) {
  if (commitment.status === 'VOLDAAN') return `Afgedaan met ${commitment.fulfilledBy} (${period(commitment.fulfilledOn)})`;
  if (commitment.status === 'VERVALLEN') {
    const withdrawn = commitment.progress.filter((entry) => entry.type === 'Withdrawn').at(-1);
    return `Vervallen (${period(withdrawn?.occurredOn)}): ${withdrawn?.summary ?? ''}`;
  }
  return `Verwachte afdoening: ${commitment.dueDate ? period(commitment.dueDate) : NOT_IN_SOURCES}`;
}

function lastProgress(commitment) {
  const last = commitment.progress.filter((entry) => PROGRESS.includes(entry.type)).at(-1);
  if (!last) return 'Geen voortgang vastgelegd';
  return [period(last.occurredOn), h('br'), [last.summary, last.reference].filter(Boolean).join(' — ')];
}

function reportLinks(report, html, files) {
  const stamp = report.asOf.slice(0, 10);
  const file = (blob, extension, text) => h('a', { class: 'knop', href: URL.createObjectURL(blob),
    download: `rapportage-kamer-${stamp}.${extension}`, 'data-format': extension }, text);
  const json = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
  return h('section', { 'aria-labelledby': 'kop-rapportage' }, h('h2', { id: 'kop-rapportage' }, 'Voortgangsrapportage aan de Kamer'),
    h('p', {}, `${report.title}, stand van ${moment(report.asOf)}.`),
    h('ul', { class: 'downloads' },
      h('li', {}, h('a', { class: 'knop', href: URL.createObjectURL(html), target: '_blank', rel: 'noopener', 'data-format': 'html' },
        'Rapportage bekijken (HTML, opent in een nieuw tabblad)')),
      DOWNLOADS.map((download, index) => h('li', {},
        file(files[index], download.extension, `Download ${download.text}`))),
      h('li', {}, file(json, 'json', 'Download JSON'))));
}
