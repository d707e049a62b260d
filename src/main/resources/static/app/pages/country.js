import { query, redacted } from '../api.js';
import { h, link, notice, redactedNotice, section, table } from '../dom.js';
import { chart, COLOURS } from '../charts.js';
import { acronym, age, date, dollars, label, number, percent, quarter, t } from '../i18n.js';
import { badDates, filterForm, isoDate } from '../tables.js';

export async function render([code, filters], session) {
  // Overview & tables (issue 16): the address's filters: results as of a date or heard by a department, missed
  // opportunities between dates.
  const asOf = isoDate(filters.get('asOf'));
  const department = /^[A-Z][A-Z0-9_]*$/.test(filters.get('department') ?? '') ? filters.get('department') : null;
  const [profile, unleveraged, missed, timeline, plans, departments] = await Promise.all([
    query('country-profile', { code }),
    query('unleveraged-results', { country: code, first: 100, asOf, attendedBy: department }),
    query('missed-opportunities', { country: code, from: isoDate(filters.get('from')), to: isoDate(filters.get('to')) }),
    query('td-timeline', { country: code }),
    query('engagement-plan', { country: code }),
    query('departments'),
  ]);
  const country = profile.data.country;
  if (!country) {
    return [h('h1', {}, t('country.choose')), notice(t('error.notFound', { key: code }), 'warning'), link('#/gap', t('country.viewAll'))];
  }
  const embassies = country.missions.filter(m => m.inCanada);
  const planned = country.engagements.filter(e => e.status === 'PLANNED').sort((a, b) => a.date.localeCompare(b.date));
  return [
    h('h1', {}, country.name),
    h('dl', { class: 'facts' },
      h('dt', {}, t('country.region')), h('dd', {}, label(country.region)),
      h('dt', {}, t('country.embassy')), h('dd', {}, embassies.length
        ? embassies.map(m => `${m.name} (${m.city})`).join('; ') : t('country.noEmbassy'))),
    h('div', { class: 'actions no-print' },
      link(`#/explore/Country:${country.iso2}`, t('country.explore'), { class: 'button' }),
      session.viewer.canRecord ? link(`#/record/${country.iso2}`, t('country.record'), { class: 'button' }) : null),
    filterForm('country-filters', [
      { name: 'asOf', label: t('filter.asOf'), type: 'date' },
      { name: 'department', label: t('filter.heardBy'), type: 'select',
        options: (departments.data.departments?.nodes ?? []).map(d => [d.code, d.name]) },
      { name: 'from', label: t('filter.from'), type: 'date' },
      { name: 'to', label: t('filter.to'), type: 'date' },
    ]),
    badDates(filters, ['asOf', 'from', 'to']) ? notice(t('filter.badDate'), 'warning') : null,
    section(t('country.unleveraged'), unleveragedResults(unleveraged.data.unleveragedResults)),
    section(t('country.planned'), planned.length
      ? h('ul', {}, planned.map(e => h('li', {}, `${date(e.date)} · ${label(e.kind)} · `,
        link(`#/briefing/${encodeURIComponent(e.code)}`, `${t('country.prepare')} (${e.code})`),
        session.viewer.canRecord ? [' · ', link(`#/meeting/${encodeURIComponent(e.code)}`, t('record.edit'),
          { 'aria-label': `${t('record.edit')} (${e.code})` })] : null)))
      : h('p', {}, t('country.nonePlanned'))),
    section(t('country.timeline'), engagementTimeline(country, timeline)),
    section(t('country.missed'), missedOpportunities(missed.data.missedOpportunities, country, session)),
    section(t('country.plan'), redacted(plans, 'country') ? redactedNotice() : engagementPlan(plans.data.country)),
    section(t('country.projects'), table(t('country.projects'), [
      { title: t('col.project'), value: p => p.title, rowHeader: true },
      { title: t('col.status'), value: p => label(p.status) },
      { title: t('col.funding'), value: p => dollars(p.fundingCad), number: true },
      { title: t('col.results'), value: p => number(p.resultCount), number: true },
    ], country.projects)),
  ];
}

function unleveragedResults(page) {
  if (!page || page.totalCount === 0) return h('p', {}, t('country.noneUnleveraged'));
  return [
    h('p', {}, t('country.unleveragedLead', { count: number(page.totalCount) })),
    table(t('country.unleveraged'), [
      { title: t('col.result'), value: r => h('span', {}, link(`#/explore/Result:${r.result.code}`, r.result.code), ' ', r.result.summary), rowHeader: true },
      { title: t('col.project'), value: r => r.project.title },
      { title: t('col.achieved'), value: r => date(r.result.achievedOn), sort: r => r.result.achievedOn },
      { title: t('col.age'), value: r => age(r.daysSinceAchieved), sort: r => r.daysSinceAchieved, number: true },
      { title: t('col.mentioned'), value: r => r.projectMentioned ? t('yes') : t('no') },
    ], page.nodes, { id: 'unleveraged-table' }),
  ];
}

function missedOpportunities(page, country, session) {
  const rows = page?.nodes ?? [];
  if (rows.length === 0) return h('p', {}, t('country.noneMissed'));
  return [h('p', {}, t('country.missedLead')),
    h('p', {}, t('country.missedShown', { shown: number(rows.length), count: number(page.totalCount) })),
    table(t('country.missed'), [
      { title: t('col.date'), value: r => date(r.engagement.date), sort: r => r.engagement.date, rowHeader: true },
      { title: t('col.kind'), value: r => `${label(r.engagement.kind)} (${label(r.engagement.level)})` },
      { title: t('col.channel'), value: r => label(r.channel) },
      { title: t('col.counterpart'), value: r => r.counterpart?.name ?? t('none') },
      { title: t('col.attendance'), value: r => r.engagement.attendance.map(a => acronym(a.participant.code) + (a.lead ? ' ★' : '')).join(', ') },
      { title: t('col.couldHaveRaised'), value: r => r.couldHaveRaised.map(x => x.code).join(', ')
        + (r.couldHaveRaisedCount > r.couldHaveRaised.length
          ? ' ' + t('country.moreResults', { count: number(r.couldHaveRaisedCount - r.couldHaveRaised.length) }) : '') },
      // Drill-down: from the missed meeting to a new one with the same counterpart, raising what was missed.
      ...(session.viewer.canRecord ? [{ title: t('col.action'), value: r => h('span', {},
        link(followUpAddress(country, r), t('record.followUp'), { 'aria-label': `${t('record.followUp')} (${r.engagement.code})`, class: 'follow-up' }),
        ' · ', link(`#/meeting/${encodeURIComponent(r.engagement.code)}`, t('record.edit'), { 'aria-label': `${t('record.edit')} (${r.engagement.code})` })) }] : []),
    ], rows, { id: 'missed-table' })];
}

/** The record form's address, pre-filled from a missed opportunity: same country and counterpart, the waiting results. */
function followUpAddress(country, missed) {
  const prefill = new URLSearchParams({ from: missed.engagement.code, date: missed.engagement.date });
  if (missed.counterpart?.code) prefill.set('counterpart', missed.counterpart.code);
  if (missed.channel) prefill.set('setting', missed.channel);
  prefill.set('results', missed.couldHaveRaised.map(x => x.code).join(','));
  return `#/record/${country.iso2}?${prefill}`;
}

function engagementPlan(country) {
  const plan = country?.engagementPlans?.[0];
  if (!plan) return h('p', {}, t('country.noPlan'));
  const leverage = plan.roles.some(r => r.role === 'LEVERAGE');
  return [
    h('p', {}, t('country.planFacts', { code: plan.code, date: date(plan.approvedOn), stage: plan.escalationStage })),
    leverage ? null : notice(t('country.noLeverageRole'), 'warning'),
    table(t('country.plan'), [
      { title: t('col.department'), value: r => `${r.department.name} (${acronym(r.department.code)})`, rowHeader: true },
      { title: t('col.role'), value: r => label(r.role) },
    ], plan.roles),
  ];
}

const quarterOf = iso => `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;

/** Every quarter from the first to the last, so gaps in activity show as gaps. */
function quarterRange(keys) {
  if (keys.length === 0) return [];
  const sorted = [...keys].sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  const range = [];
  for (let y = Number(first.slice(0, 4)), q = Number(first.slice(6)); `${y}-Q${q}` <= last; q === 4 ? (y++, q = 1) : q++) {
    range.push(`${y}-Q${q}`);
  }
  return range;
}

function engagementTimeline(country, timeline) {
  const hidden = redacted(timeline, 'tdTimeline');
  const td = timeline.data.tdTimeline;
  const held = new Map(country.meetingsPerQuarter.map(q => [q.quarter, q]));
  const tdByQuarter = new Map((td?.quarters ?? []).map(q => [q.quarter, q]));
  const quarters = quarterRange([...held.keys(), ...tdByQuarter.keys()]);
  const count = (q, ottawa) => (ottawa ? held.get(q)?.ottawa : held.get(q)?.elsewhere) ?? 0;
  const first = td?.firstOttawaLeveraging;
  const marker = first ? quarters.indexOf(quarterOf(first.date)) : -1;
  const datasets = [
    { type: 'bar', label: t('country.heldOttawa'), data: quarters.map(q => count(q, true)), backgroundColor: COLOURS.ottawa, stack: 'meetings', yAxisID: 'meetings' },
    { type: 'bar', label: t('country.heldElsewhere'), data: quarters.map(q => count(q, false)), backgroundColor: COLOURS.inCountry, stack: 'meetings', yAxisID: 'meetings' },
  ];
  if (td) {
    datasets.push(
      { type: 'line', label: t('country.tdIssued'), data: quarters.map(q => tdByQuarter.get(q)?.issued ?? null), borderColor: COLOURS.issued, backgroundColor: COLOURS.issued, yAxisID: 'documents', spanGaps: true },
      { type: 'line', label: t('country.tdRequested'), data: quarters.map(q => tdByQuarter.get(q)?.requested ?? null), borderColor: COLOURS.requested, backgroundColor: COLOURS.requested, borderDash: [6, 4], yAxisID: 'documents', spanGaps: true });
  }
  const firstOttawaLine = {
    id: 'firstOttawa',
    afterDatasetsDraw(c) {
      if (marker < 0) return;
      const x = c.scales.x.getPixelForValue(marker);
      const { top, bottom } = c.chartArea;
      c.ctx.save();
      c.ctx.setLineDash([5, 5]);
      c.ctx.strokeStyle = '#1b1b1b';
      c.ctx.lineWidth = 2;
      c.ctx.beginPath();
      c.ctx.moveTo(x, top);
      c.ctx.lineTo(x, bottom);
      c.ctx.stroke();
      c.ctx.restore();
    },
  };
  return [
    h('p', {}, t('country.timelineLead')),
    hidden ? redactedNotice() : null,
    chart(t('country.timeline'), {
      data: { labels: quarters.map(quarter), datasets },
      plugins: [firstOttawaLine],
      options: {
        scales: {
          meetings: { position: 'left', beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('col.meetings') } },
          ...(td ? { documents: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: t('col.issued') } } } : {}),
        },
      },
    }, { tall: true }),
    td ? h('p', {}, first ? t('country.firstOttawa', { date: date(first.date), code: first.code }) : t('country.noFirstOttawa')) : null,
    td?.before || td?.after ? table(t('country.beforeAfter'), [
      { title: t('col.period'), value: r => r.name, rowHeader: true },
      // The API lists the window's quarters (those with statistics): their number, and the span they cover.
      { title: t('col.quarters'), value: r => windowQuarters(r.window.quarters), number: true },
      { title: t('col.requested'), value: r => number(r.window.requested), number: true },
      { title: t('col.issued'), value: r => number(r.window.issued), number: true },
      { title: t('col.issuedRatio'), value: r => percent(r.window.issuedRatio), number: true },
      { title: t('col.meanMedianDays'), value: r => number(r.window.meanMedianDaysToIssue, { maximumFractionDigits: 0 }), number: true },
    ], [{ name: t('country.before'), window: td.before }, { name: t('country.after'), window: td.after }].filter(r => r.window), { id: 'before-after-table' }) : null,
    td ? h('details', {}, h('summary', {}, t('country.quarterTable')), table(t('country.timeline'), [
      { title: t('col.quarter'), value: q => quarter(q.quarter), rowHeader: true },
      { title: t('col.requested'), value: q => number(q.requested), number: true },
      { title: t('col.issued'), value: q => number(q.issued), number: true },
      { title: t('col.medianDays'), value: q => number(q.medianDaysToIssue, { maximumFractionDigits: 0 }), number: true },
      { title: t('col.meetings'), value: q => number(q.engagementCount), number: true },
      { title: t('col.resultsRaised'), value: q => number(q.resultsRaised), number: true },
    ], td.quarters, { id: 'td-table' })) : null,
  ];
}

function windowQuarters(quarters) {
  if (!quarters?.length) return number(0);
  const sorted = [...quarters].sort();
  const span = sorted.length === 1 ? quarter(sorted[0]) : `${quarter(sorted[0])} – ${quarter(sorted[sorted.length - 1])}`;
  return `${number(sorted.length)} (${span})`;
}
