// One application: the verdict with every unmet rule and the passage it rests on, its facts, and its timeline
// (every event with the moment it occurred and the moment the ledger recorded it) for those who may read it.

import { getJson, isAuditor, organisationNames } from './api.js';
import {
  ANALYSIS_STATUS, COMPLIANCE, COMPLIANCE_MEANING, EVENT_TYPES, HOSTING, IMPACT_ASSESSMENT, LAYERS, ORIGINS, PHASES,
  PROCUREMENT, RISK_CLASSES, ROLES, RULE_KINDS, endOfDay, label, moment, number, yesNo,
} from './format.js';
import { h, loaded, showCheckpoint, startPage, table } from './page.js';

const SEVERITIES = { LOW: 'Laag', MEDIUM: 'Middel', HIGH: 'Hoog', SERIOUS: 'Ernstig' };
/** How the fields of an event's payload are named, and the words of their values. */
const FIELDS = {
  name: ['Naam'], purpose: ['Doel'], phase: ['Fase', PHASES], generativeAi: ['Generatieve AI'], model: ['Model'],
  'model.name': ['Model'], provider: ['Aanbieder'], openSource: ['Open source'], origin: ['Herkomst', ORIGINS],
  hosting: ['Hosting', HOSTING], procurement: ['Inkoop', PROCUREMENT], personalData: ['Persoonsgegevens'],
  sensitiveData: ['Gevoelige gegevens'], aiActRiskClass: ['Risicoklasse', RISK_CLASSES], lars: ['Algoritmeregister'],
  analysisId: ['Analyse'], kind: ['Soort'], documentRef: ['Document'], documentSha256: ['SHA-256'],
  approverRole: ['Goedgekeurd door', ROLES], role: ['Rol', ROLES], signedBy: ['Ondertekend door'],
  supplier: ['Leverancier'], agreementRef: ['Kenmerk'], coversDataProcessing: ['Dekt gegevensverwerking'],
  reason: ['Reden'], severity: ['Ernst', SEVERITIES], description: ['Omschrijving'], source: ['Bron'],
  impactAssessment: ['Impactassessment (Algoritmeregister)', IMPACT_ASSESSMENT], rule: ['Regel'],
  grantedBy: ['Verleend door'], justification: ['Onderbouwing'],
};
const OMITTED = new Set(['applicationId', 'organisationId', 'occurredAt', 'type']);
const LATE = 24 * 60 * 60 * 1000;
/** The most events the API gives in one page of a history. */
const HISTORY_PAGE = 500;

startPage('register', async (who) => {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('id');
  const auditor = isAuditor(who);
  const pinned = await getJson('/checkpoint', { asOf: auditor ? endOfDay(params.get('asOf')) : '' });
  const moments = { asOf: pinned.asOf, validAt: endOfDay(params.get('validAt')) };
  const [application, names] = await Promise.all([
    getJson(`/applications/${encodeURIComponent(id)}`, moments), organisationNames()]);
  const mayReadHistory = auditor || (who.role === 'ORGANISATION' && who.organisationId === application.organisationId);
  const history = mayReadHistory
    ? await getJson(`/applications/${encodeURIComponent(id)}/history`, { asOf: pinned.asOf, pageSize: HISTORY_PAGE })
    : null;

  loaded();
  document.title = `${application.name} – AI-grootboek overheid`;
  document.getElementById('naam').textContent = application.name;
  document.getElementById('toepassing').replaceChildren(
    verdict(application.compliance),
    facts(application, names[application.organisationId] ?? application.organisationId),
    steps(application),
    timeline(history));
  showCheckpoint(pinned.checkpoint, pinned.asOf);
});

function verdict(compliance) {
  const section = h('section', { 'aria-labelledby': 'kop-oordeel' }, h('h2', { id: 'kop-oordeel' }, 'Oordeel'),
    h('p', {}, h('span', { class: `status status-${compliance.status}`, 'data-compliance': compliance.status },
      label(COMPLIANCE, compliance.status)), '. ', COMPLIANCE_MEANING[compliance.status] ?? ''));
  if (compliance.unmetRules.length > 0) {
    section.append(h('p', {}, 'Regels waaraan niet is voldaan, met de passage waarop elke regel berust:'),
      h('ul', { class: 'regels' }, compliance.unmetRules.map(unmetRule)));
  }
  return section;
}

/** One unmet rule: what is missing, and where the rule comes from (kind, source passage, the ledger's reading). */
function unmetRule(rule) {
  const source = rule.source;
  return h('li', { 'data-rule': rule.rule, 'data-kind': rule.kind },
    h('strong', {}, `${rule.rule}: ${rule.title}`), ` (${label(RULE_KINDS, rule.kind)}). `, rule.message, '.',
    source ? passage(source) : h('p', {}, 'Geen bron: een huisregel van de organisatie.'),
    rule.interpretation
      ? h('p', { class: 'lezing' }, h('em', {}, 'Lezing van de ledger: '), rule.interpretation) : null);
}

/** The passage a rule rests on, quoted, with the document it is quoted from. */
function passage(source) {
  return h('blockquote', { class: 'bron', cite: source.document }, h('p', {}, `„${source.passage}”`),
    h('footer', {}, source.reference, ' (', h('code', {}, source.document), ')'));
}

function facts(application, organisation) {
  const model = application.model;
  const rows = [
    ['Organisatie', organisation],
    ['Bestuurslaag', label(LAYERS, application.layer)],
    ['Doel', application.purpose ?? '—'],
    ['Fase', label(PHASES, application.phase)],
    ['Generatieve AI', yesNo(application.generativeAi)],
    ['Model', model ? `${model.name ?? '—'} (${model.provider ?? 'aanbieder onbekend'}), open source: ${yesNo(model.openSource)}, `
      + `herkomst: ${label(ORIGINS, model.origin)}` : '—'],
    ['Hosting', label(HOSTING, application.hosting)],
    ['Inkoop', label(PROCUREMENT, application.procurement)],
    ['Persoonsgegevens', yesNo(application.personalData)],
    ['Gevoelige gegevens', yesNo(application.sensitiveData)],
    ['Risicoklasse AI-verordening', label(RISK_CLASSES, application.aiActRiskClass)],
    ['Algoritmeregister', application.lars ?? '—'],
    ['Impactassessment volgens het Algoritmeregister', application.impactAssessment
      ? label(IMPACT_ASSESSMENT, application.impactAssessment) : 'niet gemeld'],
    ['Laatste gebeurtenis', moment(application.lastOccurredAt)],
    ['Laatst vastgelegd', moment(application.lastRecordedAt)],
  ];
  return h('section', { 'aria-labelledby': 'kop-gegevens' }, h('h2', { id: 'kop-gegevens' }, 'Gegevens'),
    h('dl', { class: 'gegevens' }, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])));
}

function steps(application) {
  return h('section', { 'aria-labelledby': 'kop-stappen' }, h('h2', { id: 'kop-stappen' }, 'Vastgelegde stappen'),
    table('Risicoanalyses', ['Analyse', 'Soort', 'Status', 'Document'], application.riskAnalyses.map((analysis) =>
      [analysis.analysisId, analysis.kind, label(ANALYSIS_STATUS, analysis.status), analysis.documentRef ?? '—'])),
    table('Akkoorden van rollen', ['Rol', 'Door', 'Datum'], application.signOffs.map((signOff) =>
      [label(ROLES, signOff.role), signOff.signedBy, moment(signOff.occurredAt)])),
    table('Afspraken met leveranciers', ['Leverancier', 'Kenmerk', 'Dekt gegevensverwerking'],
      application.supplierAgreements.map((agreement) =>
        [agreement.supplier, agreement.agreementRef, yesNo(agreement.coversDataProcessing)])),
    table('Verleende uitzonderingen', ['Regel', 'Verleend door', 'Onderbouwing', 'Datum'],
      application.exceptions.map((exception) =>
        [exception.rule, exception.grantedBy, exception.justification, moment(exception.occurredAt)])));
}

function timeline(history) {
  const section = h('section', { 'aria-labelledby': 'kop-tijdlijn' }, h('h2', { id: 'kop-tijdlijn' }, 'Tijdlijn'));
  if (!history) {
    section.append(h('p', { class: 'melding', id: 'geen-tijdlijn' },
      'De volledige tijdlijn is alleen zichtbaar voor auditors en voor de organisatie die de toepassing beheert. '
      + 'U ziet hierboven de stand van de toepassing op het gekozen moment.'));
    return section;
  }
  section.append(h('p', {}, 'Elke gebeurtenis in volgorde, met het moment waarop zij plaatsvond (zoals de organisatie '
    + 'meldde) en het moment waarop de ledger haar vastlegde.'),
  table(history.total > history.items.length
    ? `De eerste ${number(history.items.length)} van ${number(history.total)} gebeurtenissen`
    : `${number(history.total)} gebeurtenissen`, ['Nr.', 'Gebeurtenis', 'Plaatsgevonden', 'Vastgelegd', 'Door', 'Details'],
    history.items.map((event) => {
      const late = new Date(event.recordedAt) - new Date(event.occurredAt) > LATE;
      return h('tr', { 'data-sequence': event.sequence },
        h('td', { class: 'getal' }, event.sequence),
        h('td', {}, label(EVENT_TYPES, event.type)),
        h('td', {}, h('time', { datetime: event.occurredAt, 'data-time': 'occurredAt' }, moment(event.occurredAt))),
        h('td', {}, h('time', { datetime: event.recordedAt, 'data-time': 'recordedAt' }, moment(event.recordedAt)),
          late ? [h('br'), h('small', {}, 'later gemeld')] : null),
        h('td', {}, event.actor ?? '—'),
        h('td', {}, details(event.payload)));
    }), { numeric: [0] }));
  return section;
}

/** The fields of an event as posted, in Dutch; nested records (details, model, amendment) one level deep. */
function details(payload, parent = '') {
  const items = Object.entries(payload ?? {})
    .filter(([key, value]) => !OMITTED.has(key) && value !== null && value !== undefined)
    .flatMap(([key, value]) => {
      if (typeof value === 'object' && !Array.isArray(value)) return [...details(value, key).childNodes];
      const [name, words] = FIELDS[`${parent}.${key}`] ?? FIELDS[key] ?? [key];
      const text = typeof value === 'boolean' ? yesNo(value) : words ? label(words, value) : String(value);
      return [h('li', {}, `${name}: ${text}`)];
    });
  return h('ul', { class: 'velden' }, items);
}
