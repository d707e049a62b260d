import { query, redacted } from '../api.js';
import { h, link, notice, redactedNotice, section, table } from '../dom.js';
import { bars, chart, COLOURS } from '../charts.js';
import { addressWith, badDates, filterForm, isoDate } from '../tables.js';
import { age, date, dollars, label, number, t } from '../i18n.js';

const PAGE = 20;
const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'MIDDLE_EAST', 'OCEANIA'];
const DESIGNATIONS = ['RECALCITRANT', 'PREVENTATIVE'];

/**
 * The overview answers the program's question first: how many results were never raised in Ottawa, how many Ottawa
 * meetings were missed, and which result has waited longest; then the program-wide lists behind those figures
 * (filtered by the address: ?region=, ?country=, ?designation= for cleared readers, ?department=, ?asOf= for the
 * results, ?from= and ?to= for the meetings), then what the program funds.
 */
export async function render(args, session) {
  const filters = args.at(-1);
  const badDate = badDates(filters, ['asOf', 'from', 'to']);
  const where = {
    country: filters.get('country') || null,
    region: REGIONS.includes(filters.get('region')) ? filters.get('region') : null,
    // Protected B: only a cleared reader is offered it, and only theirs is sent.
    designation: session?.viewer?.protectedB && DESIGNATIONS.includes(filters.get('designation')) ? filters.get('designation') : null,
    attendedBy: filters.get('department') || null,
    asOf: isoDate(filters.get('asOf')),
    from: isoDate(filters.get('from')),
    to: isoDate(filters.get('to')),
  };
  const resultsCursor = filters.get('results');
  const [gap, byCountry, profileAnswer, longest, departmentList] = await Promise.all([
    query('program-gap', { ...where, first: PAGE, results: resultsCursor, meetings: filters.get('meetings') }),
    query('gap-by-country'),
    query('program-profile'),
    // The longest wait is the first row of the first page: asked apart when the list shows a later page.
    resultsCursor ? query('program-gap', { ...where, first: 1, withMeetings: false }) : null,
    query('departments'),
  ]);
  const results = gap.data.programUnleveragedResults;
  const meetings = gap.data.programMissedOpportunities;
  const oldest = (longest ?? gap).data.programUnleveragedResults.nodes[0];
  const countries = (byCountry.data.leveragingCoverage ?? []).map(row => row.country)
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    h('h1', {}, t('overview.title')),
    section(t('overview.gapTitle'),
      h('p', { class: 'lead' }, t('overview.gapLead')),
      headline(results, meetings, oldest),
      filterForm('overview-filters', [
        { name: 'region', label: t('filter.region'), type: 'select', options: REGIONS.map(r => [r, label(r)]) },
        { name: 'country', label: t('filter.country'), type: 'select', options: countries.map(c => [c.iso2, c.name]) },
        ...(session?.viewer?.protectedB
          ? [{ name: 'designation', label: t('filter.designation'), type: 'select', options: DESIGNATIONS.map(d => [d, label(d)]) }]
          : []),
        { name: 'department', label: t('filter.heardBy'), type: 'select',
          options: (departmentList.data.departments?.nodes ?? []).map(d => [d.code, d.name]) },
        { name: 'asOf', label: t('filter.asOf'), type: 'date' },
        { name: 'from', label: t('filter.from'), type: 'date' },
        { name: 'to', label: t('filter.to'), type: 'date' },
      ]),
      badDate ? notice(t('filter.badDate'), 'warning') : null,
      gapChart(byCountry.data.leveragingCoverage ?? [], where.country)),
    section(t('overview.neverList'), neverRaisedList(results, filters)),
    section(t('overview.missedList'), missedList(meetings, filters)),
    h('h2', {}, t('overview.profile')),
    h('p', { class: 'lead' }, t('overview.lead')),
    ...profile(profileAnswer),
  ];
}

function headline(results, meetings, oldest) {
  return h('ul', { class: 'figures gap', id: 'program-gap' },
    h('li', { 'data-figure': 'never-raised' }, h('span', { class: 'value' }, number(results.totalCount)), t('overview.neverRaised')),
    h('li', { 'data-figure': 'missed' }, h('span', { class: 'value' }, number(meetings.totalCount)), t('overview.missedMeetings')),
    h('li', { 'data-figure': 'longest-wait' }, oldest
      ? [h('span', { class: 'value' }, number(oldest.daysSinceAchieved)), t('overview.longestWait'),
        h('span', { class: 'detail' }, link(`#/explore/Result:${encodeURIComponent(oldest.result.code)}`, oldest.result.code), ', ',
          link(`#/country/${oldest.country.iso2}`, oldest.country.name), ', ', date(oldest.result.achievedOn))]
      : [h('span', { class: 'value' }, number(0)), t('overview.noWait')]));
}

/** The largest gaps by country; a bar lists that country's rows below (the address's country filter). */
function gapChart(rows, selected) {
  const largest = rows.filter(r => r.neverRaisedInOttawa > 0)
    .sort((a, b) => b.neverRaisedInOttawa - a.neverRaisedInOttawa || a.country.name.localeCompare(b.country.name))
    .slice(0, 15);
  if (largest.length === 0) return null;
  const title = t('overview.chart', { count: number(largest.length) });
  return [
    chart(title, {
      type: 'bar',
      data: {
        labels: largest.map(r => r.country.name),
        datasets: [{
          label: t('col.never'), data: largest.map(r => r.neverRaisedInOttawa),
          backgroundColor: largest.map(r => r.country.iso2 === selected ? COLOURS.banner : COLOURS.never),
        }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        onClick: (_, elements) => {
          if (elements[0]) location.hash = addressWith({ country: largest[elements[0].index].country.iso2 });
        },
      },
    }, { height: Math.max(240, largest.length * 26 + 60) }),
    h('p', { class: 'hint' }, t('overview.chartHint')),
    h('details', {}, h('summary', {}, title), table(title, [
      { title: t('col.country'), value: r => link(addressWith({ country: r.country.iso2 }), r.country.name), sort: r => r.country.name, rowHeader: true },
      { title: t('col.never'), value: r => number(r.neverRaisedInOttawa), sort: r => r.neverRaisedInOttawa, number: true },
    ], largest, { id: 'gap-chart-table' })),
  ];
}

function neverRaisedList(page, filters) {
  if (page.totalCount === 0) return h('p', {}, t('overview.noneNever'));
  const list = t('overview.neverList');
  return [
    h('p', {}, t('overview.neverListLead', rowsShown(page, filters, 'resultsPage'))),
    table(list, [
      { title: t('col.result'), value: r => h('span', {}, link(`#/explore/Result:${encodeURIComponent(r.result.code)}`, r.result.code), ' ', r.result.summary), sort: r => r.result.code, rowHeader: true },
      { title: t('col.country'), value: r => link(`#/country/${r.country.iso2}`, r.country.name), sort: r => r.country.name },
      { title: t('col.region'), value: r => label(r.country.region) },
      { title: t('col.project'), value: r => r.project.title },
      { title: t('col.achieved'), value: r => date(r.result.achievedOn), sort: r => r.result.achievedOn },
      { title: t('col.age'), value: r => age(r.daysSinceAchieved), sort: r => r.daysSinceAchieved, number: true },
    ], page.nodes, { id: 'program-never-raised' }),
    pager(page, filters, 'results', list),
  ];
}

function missedList(page, filters) {
  if (page.totalCount === 0) return h('p', {}, t('overview.noneMissed'));
  const list = t('overview.missedList');
  return [
    h('p', {}, t('overview.missedListLead', rowsShown(page, filters, 'meetingsPage'))),
    table(list, [
      { title: t('col.meeting'), value: m => link(`#/explore/Engagement:${encodeURIComponent(m.engagement.code)}`, m.engagement.code), sort: m => m.engagement.code, rowHeader: true },
      { title: t('col.date'), value: m => date(m.engagement.date), sort: m => m.engagement.date },
      { title: t('col.country'), value: m => link(`#/country/${m.country.iso2}`, m.country.name), sort: m => m.country.name },
      { title: t('col.counterpart'), value: m => m.counterpart?.name ?? t('none') },
      { title: t('col.waiting'), value: m => number(m.couldHaveRaisedCount), sort: m => m.couldHaveRaisedCount, number: true },
      { title: t('col.oldestWaiting'), value: m => m.oldestWaiting
        ? h('span', {}, link(`#/explore/Result:${encodeURIComponent(m.oldestWaiting.code)}`, m.oldestWaiting.code), ` (${date(m.oldestWaiting.achievedOn)})`)
        : t('none'), sort: m => m.oldestWaiting?.achievedOn ?? '' },
    ], page.nodes, { id: 'program-missed' }),
    pager(page, filters, 'meetings', list),
  ];
}

/** Rows {from} to {to} of {count}: the page number travels in the address beside the cursor. */
function rowsShown(page, filters, pageParameter) {
  const index = Math.max(1, Number(filters.get(pageParameter)) || 1);
  const from = (index - 1) * PAGE + 1;
  return { from: number(from), to: number(from + page.nodes.length - 1), count: number(page.totalCount) };
}

/** Next page and back to the first: links, so Back returns to the page before and a page can be shared. */
function pager(page, filters, cursor, list) {
  const index = Math.max(1, Number(filters.get(`${cursor}Page`)) || 1);
  const next = page.pageInfo.hasNextPage
    ? link(addressWith({ [cursor]: page.pageInfo.endCursor, [`${cursor}Page`]: String(index + 1) }, { keepPages: true }),
      t('overview.next', { list }), { 'data-page': 'next' })
    : null;
  const first = filters.get(cursor)
    ? link(addressWith({ [cursor]: null, [`${cursor}Page`]: null }, { keepPages: true }), t('overview.first', { list }), { 'data-page': 'first' })
    : null;
  return next || first ? h('p', { class: 'pager no-print' }, first, next) : null;
}

function profile(answer) {
  const profile = answer.data.programProfile;
  const breakdown = (title, rows, name, nameTitle) => {
    const figures = table(title, [
      { title: nameTitle, value: name, rowHeader: true },
      { title: t('col.projects'), value: r => number(r.projects), sort: r => r.projects, number: true },
      { title: t('col.funding'), value: r => dollars(r.fundingCad), sort: r => r.fundingCad, number: true },
    ], rows);
    const labels = rows.map(name);
    return section(title, bars(title, labels, rows.map(r => r.fundingCad), { format: dollars,
      onBar: index => showRow(figures, labels[index]) }), figures);
  };
  return [
    h('ul', { class: 'figures' },
      h('li', {}, h('span', { class: 'value' }, number(profile.projects)), t('overview.projects')),
      h('li', {}, h('span', { class: 'value' }, dollars(profile.fundingCad)), t('overview.funding'))),
    h('p', {}, link('#/gap', t('overview.gapLink'))),
    h('div', { class: 'grid' },
      redacted(answer, 'programProfile', 'byDesignation')
        ? section(t('overview.byDesignation'), redactedNotice())
        : breakdown(t('overview.byDesignation'), profile.byDesignation, r => label(r.designation), t('col.designation')),
      breakdown(t('overview.byStatus'), profile.byStatus, r => label(r.status), t('col.status')),
      breakdown(t('overview.bySize'), profile.bySizeClass, r => label(r.sizeClass), t('col.size'))),
    breakdown(t('overview.byPartner'), profile.byPartner, r => r.partner.name, t('col.partner')),
    breakdown(t('overview.byPriorityArea'), profile.byPriorityArea, r => r.priorityArea.name, t('col.priorityArea')),
    h('p', { class: 'hint' }, t('overview.priorityAreaNote')),
  ];
}

/** A chart's bar opens its row: the table's row is marked and takes the focus (in whatever order the table is). */
function showRow(figures, name) {
  figures.querySelectorAll('tr.highlight').forEach(row => row.classList.remove('highlight'));
  const row = [...figures.querySelectorAll('tbody tr')].find(tr => tr.firstElementChild.textContent === String(name));
  if (!row) return;
  row.classList.add('highlight');
  row.setAttribute('tabindex', '-1');
  row.focus();
}
