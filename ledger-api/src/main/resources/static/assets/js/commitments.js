// Moties and toezeggingen, overdue ones first, and the report to the Kamer in each of its formats. The report
// needs the token as well, so each format is fetched here and offered as a file from a blob URL.

import { getBlob, getJson, organisationNames } from './api.js';
import { COMMITMENT_KINDS, COMMITMENT_STATUS, day, label, moment, number } from './format.js';
import { h, keyFigure, loaded, showCheckpoint, startPage, table } from './page.js';

const REPORT = '/reports/kamer';
const DOWNLOADS = [
  { accept: 'text/markdown', extension: 'md', text: 'Markdown' },
  { accept: 'text/csv', extension: 'csv', text: 'CSV (spreadsheet)' },
];
const STATUS_ORDER = ['OPENSTAAND', 'DEELS_VOLDAAN', 'VOLDAAN', 'VERVALLEN'];

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
  return h('dl', { class: 'cijfers' },
    keyFigure('commitments', 'Moties en toezeggingen', reportTotals.commitments),
    keyFigure('overdue', 'Over de termijn', reportTotals.overdue),
    STATUS_ORDER.map((status) => keyFigure(status, COMMITMENT_STATUS[status], reportTotals.byStatus[status] ?? 0)));
}

function list(commitments, names) {
  const ordered = [...commitments].sort((a, b) => Number(b.overdue) - Number(a.overdue)
    || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status)
    || a.dueDate.localeCompare(b.dueDate));
  const rows = ordered.map((commitment) => {
    const last = commitment.progress.filter((entry) => entry.summary || entry.reference).at(-1);
    return h('tr', { 'data-id': commitment.id, class: commitment.overdue ? 'te-laat' : null },
      h('td', {}, label(COMMITMENT_KINDS, commitment.kind)),
      h('td', {}, h('strong', {}, commitment.title), h('br'), commitment.reference,
        commitment.submitters.length ? ` (${commitment.submitters.join(', ')})` : ''),
      h('td', {}, names[commitment.responsibleOrganisationId] ?? commitment.responsibleOrganisationId),
      h('td', {}, h('span', { class: `status status-${commitment.status}` }, label(COMMITMENT_STATUS, commitment.status))),
      h('td', {}, day(commitment.dueDate), commitment.overdue ? [h('br'), h('strong', { class: 'status status-OVERDUE' }, 'Te laat')] : null),
      h('td', {}, last ? [moment(last.occurredAt), h('br'), [last.summary, last.reference].filter(Boolean).join(' — ')] : '—'));
  });
  return h('section', { 'aria-labelledby': 'kop-lijst' }, h('h2', { id: 'kop-lijst' }, 'Stand van zaken'),
    commitments.length === 0 ? h('p', { class: 'melding' }, 'Er zijn nog geen moties of toezeggingen vastgelegd.')
      : table(`${number(commitments.length)} moties en toezeggingen`,
        ['Soort', 'Titel en kenmerk', 'Verantwoordelijk', 'Status', 'Uiterlijk', 'Laatste voortgang'], rows));
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
