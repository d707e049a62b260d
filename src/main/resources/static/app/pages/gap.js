import { query } from '../api.js';
import { h, section, table } from '../dom.js';
import { chart, COLOURS } from '../charts.js';
import { number, percent, t } from '../i18n.js';

export async function render() {
  const rows = (await query('gap-by-country')).data.leveragingCoverage ?? [];
  const departments = [...new Set(rows.flatMap(r => r.byDepartment.map(d => d.department.code)))].sort();
  const raised = (row, code) => row.byDepartment.find(d => d.department.code === code)?.raised ?? 0;
  const names = rows.map(r => r.country.name);
  return [
    h('h1', {}, t('gap.title')),
    h('p', { class: 'lead' }, t('gap.lead')),
    chart(t('gap.chart'), {
      type: 'bar',
      data: {
        labels: names,
        datasets: [
          { label: t('gap.chartOttawa'), data: rows.map(r => r.raisedInOttawa), backgroundColor: COLOURS.ottawa },
          { label: t('gap.chartElsewhere'), data: rows.map(r => r.raisedAnywhere - r.raisedInOttawa), backgroundColor: COLOURS.inCountry },
          { label: t('gap.chartNever'), data: rows.map(r => r.results - r.raisedAnywhere), backgroundColor: COLOURS.never },
        ],
      },
      options: {
        indexAxis: 'y',
        scales: { x: { stacked: true, title: { display: true, text: t('col.results') } }, y: { stacked: true } },
        // A bar opens its country, as the table's links do.
        onClick: (_, elements) => { if (elements[0]) location.hash = `#/country/${rows[elements[0].index].country.iso2}`; },
      },
    }, { height: Math.max(320, rows.length * 26 + 80) }),
    section(t('gap.table'),
      h('p', {}, t('gap.total', { count: number(rows.length) })),
      table(t('gap.table'), [
        { title: t('col.country'), value: r => h('a', { href: `#/country/${r.country.iso2}` }, r.country.name), sort: r => r.country.name, rowHeader: true },
        { title: t('col.results'), value: r => number(r.results), sort: r => r.results, number: true },
        { title: t('col.ottawa'), value: r => number(r.raisedInOttawa), sort: r => r.raisedInOttawa, number: true },
        { title: t('col.inCountry'), value: r => number(r.raisedInCountry), sort: r => r.raisedInCountry, number: true },
        { title: t('col.never'), value: r => number(r.neverRaisedInOttawa), sort: r => r.neverRaisedInOttawa, number: true },
        { title: t('col.coverage'), value: r => r.results ? percent(r.ottawaCoverage) : t('none'), sort: r => r.ottawaCoverage ?? -1, number: true },
        ...departments.map(code => ({ title: code, value: r => number(raised(r, code)), sort: r => raised(r, code), number: true })),
      ], rows, { sortable: true, id: 'gap-table' })),
  ];
}
