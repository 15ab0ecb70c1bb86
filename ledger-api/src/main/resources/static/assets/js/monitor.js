// The monitor page: the monitor of one moment in figures and charts, and its course per quarter.

import { getJson, isAuditor } from './api.js';
import { barChart, lineChart } from './charts.js';
import { COMPLIANCE, COMPLIANCE_MEANING, LAYERS, PHASES, RISK_CLASSES, endOfDay, percent } from './format.js';
import { fillForm, h, keyFigure, loaded, selectionFields, showCheckpoint, startPage, timeElement } from './page.js';

const PHASE_COLORS = { EXPLORATION: '#007bc7', PILOT: '#e17000', PRODUCTION: '#39870c', SUSPENDED: '#a90061', RETIRED: '#696969' };
const COMPLIANCE_COLORS = { COMPLIANT: '#39870c', NON_COMPLIANT: '#e17000', OVERDUE: '#d52b1e', UNKNOWN: '#8fa3b6' };
const INDICATORS = {
  openSourceShare: 'Open-sourcemodel',
  euOrNlOriginShare: 'Model uit Nederland of de EU',
  onPremisesShare: 'Op eigen systemen',
};
/** The trend starts with the quarter of the voorlopig standpunt (December 2023). */
const FIRST_QUARTER = { year: 2023, quarter: 4 };
const PHASE_SERIES = Object.entries(PHASES).map(([key, label]) => ({ key, label, color: PHASE_COLORS[key] }));

startPage('monitor', async (who) => {
  const params = new URLSearchParams(window.location.search);
  const form = document.getElementById('selectie');
  const auditor = isAuditor(who);
  selectionFields(form, auditor).append(form.querySelector('button'));
  fillForm(form, params);

  const selection = {
    asOf: auditor ? endOfDay(params.get('asOf')) : '',
    validAt: endOfDay(params.get('validAt')),
    layer: params.get('layer'),
    generativeAi: params.get('generativeAi'),
  };
  const monitor = await getJson('/monitor', selection);
  loaded();
  const container = document.getElementById('monitor');
  container.replaceChildren(keyFigures(monitor), charts(monitor));
  showCheckpoint(monitor.checkpoint, monitor.asOf);

  const trendSection = h('section', { 'aria-labelledby': 'kop-trend' },
    h('h2', { id: 'kop-trend' }, 'Ontwikkeling per kwartaal'),
    h('p', { class: 'laden', role: 'status' }, 'De ontwikkeling wordt geladen…'));
  container.append(trendSection);
  // Every quarter as the ledger knew it at the same moment as the figures above.
  const quarters = quartersUntil(new Date(monitor.validAt));
  const answers = await Promise.all(quarters.map((quarter) =>
    getJson('/monitor', { ...selection, asOf: monitor.asOf, validAt: quarter.at.toISOString() })));
  trendSection.querySelector('.laden').replaceWith(trend(quarters, answers));
});

function keyFigures(monitor) {
  return h('section', { 'aria-labelledby': 'kop-kerncijfers' },
    h('h2', { id: 'kop-kerncijfers' }, 'Kerncijfers'),
    h('p', { id: 'peilmoment' }, 'Stand op ', timeElement(monitor.validAt), '.'),
    h('dl', { class: 'cijfers' },
      keyFigure('applications', 'AI-toepassingen', monitor.applications),
      keyFigure('organisationsReporting', 'Organisaties met toepassingen', monitor.organisationsReporting),
      keyFigure('byPhase.PRODUCTION', 'In gebruik', monitor.byPhase.PRODUCTION ?? 0),
      ...Object.keys(COMPLIANCE_COLORS).map((status) =>
        keyFigure(`compliance.${status}`, COMPLIANCE[status], monitor.compliance[status] ?? 0))));
}

function charts(monitor) {
  const single = (key, label, color) => [{ key, label, color }];
  return h('section', { 'aria-labelledby': 'kop-verdeling' },
    h('h2', { id: 'kop-verdeling' }, 'Verdeling'),
    h('p', { class: 'intro' }, 'Het oordeel geldt voor toepassingen in gebruik waarop een regel van toepassing is: het '
      + 'standpunt (generatieve AI) of het verbod op verboden AI-praktijken. Waar elke regel vandaan komt, staat op de '
      + 'pagina van een toepassing. De aandelen zijn berekend over de toepassingen die niet buiten gebruik zijn.'),
    h('dl', { class: 'betekenis', id: 'betekenis-oordelen' }, Object.keys(COMPLIANCE_COLORS).map((status) =>
      [h('dt', {}, COMPLIANCE[status]), h('dd', {}, COMPLIANCE_MEANING[status])])),
    h('div', { class: 'grafieken' },
      barChart({
        caption: 'Toepassingen per fase', rowHeader: 'Fase', series: single('count', 'Aantal', '#154273'),
        rows: Object.entries(PHASES).map(([key, label]) => ({ key, label, color: PHASE_COLORS[key], values: [monitor.byPhase[key] ?? 0] })),
      }),
      barChart({
        caption: 'Oordeel over toepassingen in gebruik', rowHeader: 'Oordeel',
        series: single('count', 'Aantal', '#154273'),
        rows: Object.entries(COMPLIANCE_COLORS).map(([key, color]) => ({ key, label: COMPLIANCE[key], color, values: [monitor.compliance[key] ?? 0] })),
      }),
      barChart({
        caption: 'Toepassingen per bestuurslaag en fase', rowHeader: 'Bestuurslaag', series: PHASE_SERIES, wide: true,
        rows: Object.entries(LAYERS).map(([key, label]) => ({
          key, label, values: PHASE_SERIES.map((phase) => monitor.byLayer[key]?.byPhase?.[phase.key] ?? 0),
        })),
      }),
      barChart({
        caption: 'Risicoklasse onder de AI-verordening', rowHeader: 'Risicoklasse', series: single('count', 'Aantal', '#154273'),
        rows: Object.entries(RISK_CLASSES).map(([key, label]) => ({ key, label, values: [monitor.byAiActRiskClass?.[key] ?? 0] })),
      }),
      barChart({
        caption: 'Open source, herkomst en hosting (aandeel, zonder buiten gebruik)', rowHeader: 'Kenmerk',
        series: single('share', 'Aandeel', '#154273'), format: percent, max: 1,
        rows: Object.entries(INDICATORS).map(([key, label]) => ({ key, label, values: [monitor.indicators[key] ?? 0] })),
      })));
}

function trend(quarters, answers) {
  const series = [
    { key: 'applications', label: 'Alle toepassingen', color: '#154273', dash: 'none' },
    { key: 'PRODUCTION', label: 'In gebruik', color: '#39870c', dash: '8 4' },
    { key: 'COMPLIANT', label: COMPLIANCE.COMPLIANT, color: '#007bc7', dash: '2 3' },
    { key: 'OVERDUE', label: COMPLIANCE.OVERDUE, color: '#d52b1e', dash: '12 3 2 3' },
    { key: 'UNKNOWN', label: COMPLIANCE.UNKNOWN, color: '#8fa3b6', dash: '1 2' },
  ];
  return lineChart({
    caption: 'Toepassingen aan het eind van elk kwartaal', rowHeader: 'Kwartaal', series,
    points: quarters.map((quarter, index) => ({
      key: quarter.at.toISOString(), label: quarter.label, axis: [`K${quarter.quarter}`, String(quarter.year)],
      values: [answers[index].applications, answers[index].byPhase.PRODUCTION ?? 0,
        answers[index].compliance.COMPLIANT ?? 0, answers[index].compliance.OVERDUE ?? 0,
        answers[index].compliance.UNKNOWN ?? 0],
    })),
  });
}

/** The quarters up to and including the one of `until`; the last one ends at `until` itself. */
function quartersUntil(until) {
  const quarterOf = (date) => ({ year: date.getUTCFullYear(), quarter: Math.floor(date.getUTCMonth() / 3) + 1 });
  const last = quarterOf(until);
  let { year, quarter } = last.year * 4 + last.quarter < FIRST_QUARTER.year * 4 + FIRST_QUARTER.quarter ? last : FIRST_QUARTER;
  const quarters = [];
  for (;;) {
    const end = new Date(Date.UTC(year, quarter * 3, 1) - 1000);
    const isLast = year === last.year && quarter === last.quarter;
    quarters.push({ year, quarter, label: `${year} K${quarter}${isLast ? ' (t/m peildatum)' : ''}`, at: isLast ? until : end });
    if (isLast) return quarters;
    [year, quarter] = quarter === 4 ? [year + 1, 1] : [year, quarter + 1];
  }
}
