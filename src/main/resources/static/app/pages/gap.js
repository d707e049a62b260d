import { query } from '../api.js';
import { h, section, table } from '../dom.js';
import { chart, COLOURS } from '../charts.js';
import { filterForm } from '../tables.js';
import { label, number, percent, t } from '../i18n.js';

const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'MIDDLE_EAST', 'OCEANIA'];
const DESIGNATIONS = ['RECALCITRANT', 'PREVENTATIVE'];

export async function render(args, session) {
  const filters = args.at(-1);
  const region = REGIONS.includes(filters.get('region')) ? filters.get('region') : null;
  // The designation is Protected B: only a cleared reader is offered it, and only theirs is applied.
  const designation = session.viewer.protectedB && DESIGNATIONS.includes(filters.get('designation')) ? filters.get('designation') : null;
  const [coverage, departmentList, ofRegion, ofDesignation] = await Promise.all([
    query('gap-by-country'),
    query('departments'),
    region ? countriesWhere({ region }) : null,
    designation ? countriesWhere({ designation }) : null,
  ]);
  const all = coverage.data.leveragingCoverage ?? [];
  const country = filters.get('country');
  const rows = all.filter(r => (!ofRegion || ofRegion.has(r.country.iso2)) && (!ofDesignation || ofDesignation.has(r.country.iso2))
    && (!country || r.country.iso2 === country));
  const names = new Map((departmentList.data.departments?.nodes ?? []).map(d => [d.code, d.name]));
  const everyDepartment = [...new Set(all.flatMap(r => r.byDepartment.map(d => d.department.code)))].sort();
  const departments = everyDepartment.filter(code => !filters.get('department') || code === filters.get('department'));
  const raised = (row, code) => row.byDepartment.find(d => d.department.code === code)?.raised ?? 0;
  const gapChart = chart(t('gap.chart'), {
    type: 'bar',
    data: {
      labels: rows.map(r => r.country.name),
      datasets: [
        { label: t('gap.chartOttawa'), data: rows.map(r => r.raisedInOttawa), backgroundColor: COLOURS.ottawa },
        { label: t('gap.chartElsewhere'), data: rows.map(r => r.raisedAnywhere - r.raisedInOttawa), backgroundColor: COLOURS.inCountry },
        { label: t('gap.chartNever'), data: rows.map(r => r.results - r.raisedAnywhere), backgroundColor: COLOURS.never },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, title: { display: true, text: t('col.results') } }, y: { stacked: true } },
      // A bar opens its country (the rows behind it), as the table's links do; in the table's current order.
      onClick: (_, elements) => { if (elements[0]) location.hash = `#/country/${shown[elements[0].index].country.iso2}`; },
    },
  }, { height: Math.max(320, rows.length * 26 + 80) });
  let shown = rows;
  // The chart follows the table: sorting the table reorders the bars.
  const followSort = sorted => {
    shown = sorted;
    const drawn = gapChart.chart;
    if (!drawn) return;
    drawn.data.labels = sorted.map(r => r.country.name);
    drawn.data.datasets[0].data = sorted.map(r => r.raisedInOttawa);
    drawn.data.datasets[1].data = sorted.map(r => r.raisedAnywhere - r.raisedInOttawa);
    drawn.data.datasets[2].data = sorted.map(r => r.results - r.raisedAnywhere);
    drawn.update();
  };
  const gapTable = table(t('gap.table'), [
    { title: t('col.country'), value: r => h('a', { href: `#/country/${r.country.iso2}` }, r.country.name), sort: r => r.country.name, rowHeader: true },
    { title: t('col.results'), value: r => number(r.results), sort: r => r.results, number: true },
    { title: t('col.ottawa'), value: r => number(r.raisedInOttawa), sort: r => r.raisedInOttawa, number: true },
    { title: t('col.inCountry'), value: r => number(r.raisedInCountry), sort: r => r.raisedInCountry, number: true },
    { title: t('col.never'), value: r => number(r.neverRaisedInOttawa), sort: r => r.neverRaisedInOttawa, number: true },
    { title: t('col.coverage'), value: r => r.results ? percent(r.ottawaCoverage) : t('none'), sort: r => r.ottawaCoverage ?? -1, number: true },
    ...departments.map(code => ({ title: code, abbr: names.get(code) ?? code, value: r => number(raised(r, code)), sort: r => raised(r, code), number: true })),
  ], rows, { id: 'gap-table', onSort: followSort });
  // A sort remembered in the address was applied before the chart was drawn: draw it in that order.
  const initialOrder = [...gapTable.querySelectorAll('#gap-table tbody tr th a')].map(a => a.getAttribute('href'));
  shown = initialOrder.map(href => rows.find(r => `#/country/${r.country.iso2}` === href));
  requestAnimationFrame(() => requestAnimationFrame(() => followSort(shown)));
  return [
    h('h1', {}, t('gap.title')),
    h('p', { class: 'lead' }, t('gap.lead')),
    filterForm('gap-filters', [
      { name: 'region', label: t('filter.region'), type: 'select', options: REGIONS.map(r => [r, label(r)]) },
      { name: 'country', label: t('filter.country'), type: 'select',
        options: [...all].sort((a, b) => a.country.name.localeCompare(b.country.name)).map(r => [r.country.iso2, r.country.name]) },
      { name: 'department', label: t('filter.department'), type: 'select', options: everyDepartment.map(code => [code, names.get(code) ?? code]) },
      ...(session.viewer.protectedB
        ? [{ name: 'designation', label: t('filter.designation'), type: 'select', options: DESIGNATIONS.map(d => [d, label(d)]) }]
        : []),
    ]),
    gapChart,
    h('p', { class: 'hint' }, t('gap.chartHint')),
    section(t('gap.table'),
      h('p', {}, rows.length === all.length ? t('gap.total', { count: number(rows.length) })
        : t('filter.shown', { shown: number(rows.length), count: number(all.length) })),
      gapTable,
      h('p', { class: 'hint', id: 'department-columns' }, t('gap.departments')),
      h('dl', { class: 'facts', id: 'department-legend' }, departments.flatMap(code => [
        h('dt', {}, code), h('dd', {}, names.get(code) ?? code)]))),
  ];
}

/** The codes of the countries a filter keeps, every page of them. */
async function countriesWhere(filter) {
  const codes = new Set();
  let after = null;
  do {
    const page = (await query('country-filter', { filter, after })).data.countries;
    if (!page) break;
    page.nodes.forEach(c => codes.add(c.iso2));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  }
  while (after);
  return codes;
}
