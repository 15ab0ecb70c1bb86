// The register page: the applications, filtered and in pages, each linking to its timeline.

import { getJson, isAuditor, organisationNames } from './api.js';
import {
  COMPLIANCE, LAYERS, PHASES, RISK_CLASSES, endOfDay, label, moment, number, yesNo,
} from './format.js';
import { fillForm, h, loaded, options, showCheckpoint, startPage, table } from './page.js';

const FILTERS = ['organisationId', 'layer', 'phase', 'aiActRiskClass', 'complianceStatus', 'generativeAi'];

startPage('register', async (who) => {
  const params = new URLSearchParams(window.location.search);
  const form = document.getElementById('selectie');
  const auditor = isAuditor(who);
  document.getElementById('veld-asOf').hidden = !auditor;
  // The moment of this page: the register is read as of it, and the footer names its checkpoint.
  const [names, pinned] = await Promise.all([
    organisationNames(),
    getJson('/checkpoint', { asOf: auditor ? endOfDay(params.get('asOf')) : '' }),
  ]);
  options(form.elements.organisationId, names, 'Alle organisaties');
  options(form.elements.layer, LAYERS, 'Alle bestuurslagen');
  options(form.elements.phase, PHASES, 'Alle fasen');
  options(form.elements.aiActRiskClass, RISK_CLASSES, 'Alle risicoklassen');
  options(form.elements.complianceStatus, COMPLIANCE, 'Alle oordelen');
  options(form.elements.generativeAi, { true: 'Ja', false: 'Nee' }, 'Alle toepassingen');
  fillForm(form, params);

  const page = Math.max(1, Number.parseInt(params.get('page'), 10) || 1);
  const pageSize = form.elements.pageSize.value;
  const list = await getJson('/applications', {
    ...Object.fromEntries(FILTERS.map((name) => [name, params.get(name)])),
    validAt: endOfDay(params.get('validAt')), asOf: pinned.asOf, page, pageSize,
  });
  loaded();
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const moments = new URLSearchParams(['validAt', 'asOf'].filter((name) => params.get(name))
    .map((name) => [name, params.get(name)]));
  const rows = list.items.map((application) => h('tr', { 'data-id': application.id },
    h('td', {}, h('a', { href: `/toepassing.html?${new URLSearchParams([['id', application.id], ...moments])}` }, application.name)),
    h('td', {}, names[application.organisationId] ?? application.organisationId),
    h('td', {}, label(LAYERS, application.layer)),
    h('td', {}, label(PHASES, application.phase)),
    h('td', {}, yesNo(application.generativeAi)),
    h('td', {}, label(RISK_CLASSES, application.aiActRiskClass)),
    h('td', {}, h('span', { class: `status status-${application.compliance.status}` }, label(COMPLIANCE, application.compliance.status)),
      application.compliance.unmet.length ? ` (${application.compliance.unmet.join(', ')})` : ''),
    h('td', {}, moment(application.lastOccurredAt))));
  document.getElementById('register').replaceChildren(h('div', {},
    list.items.length === 0 ? h('p', { class: 'melding' }, 'Er zijn geen toepassingen die aan deze filters voldoen.')
      : table(`${number(list.total)} toepassingen, pagina ${number(list.page)} van ${number(pages)}`,
        ['Naam', 'Organisatie', 'Bestuurslaag', 'Fase', 'Generatieve AI', 'Risicoklasse', 'Naleving', 'Laatste gebeurtenis'], rows),
    paging(params, list.page, pages)));
  showCheckpoint(pinned.checkpoint, pinned.asOf);
});

/** Links to the other pages of the same selection: the first, the last, and the two around this one. */
function paging(params, current, pages) {
  if (pages === 1) return null;
  const link = (page, text, rel) => {
    const query = new URLSearchParams(params);
    query.set('page', page);
    return h('a', { href: `?${query}`, rel }, text);
  };
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((page) => page >= 1 && page <= pages).sort((a, b) => a - b);
  return h('nav', { class: 'paginering', 'aria-label': 'Paginering' }, h('ul', {},
    current > 1 ? h('li', {}, link(current - 1, 'Vorige', 'prev')) : null,
    shown.map((page) => h('li', {}, page === current
      ? h('span', { 'aria-current': 'page' }, `Pagina ${page}`)
      : link(page, `Pagina ${page}`))),
    current < pages ? h('li', {}, link(current + 1, 'Volgende', 'next')) : null));
}
