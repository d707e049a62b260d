import { query, redacted } from '../api.js';
import { h, link, notice, redactedNotice, section, table } from '../dom.js';
import { acronym, date, label, number, quarter, t } from '../i18n.js';

export async function render([code], session) {
  return code ? pack(code, session) : plannedMeetings();
}

async function plannedMeetings() {
  const page = (await query('engagement-register', {
    filter: { status: 'PLANNED' }, orderBy: { field: 'DATE', direction: 'ASC' }, first: 100,
  })).data.engagements;
  const rows = page?.edges.map(e => e.node) ?? [];
  return [
    h('h1', {}, t('briefing.title')),
    h('p', { class: 'lead' }, t('briefing.lead')),
    rows.length === 0 ? h('p', {}, t('briefing.nonePlanned')) : table(t('briefing.title'), [
      { title: t('col.date'), value: e => date(e.date), rowHeader: true },
      { title: t('col.country'), value: e => e.countries.map(c => c.name).join(', ') },
      { title: t('col.counterpart'), value: e => e.counterpart?.name ?? t('none') },
      { title: t('col.kind'), value: e => label(e.kind) },
      { title: t('col.meeting'), value: e => link(`#/briefing/${encodeURIComponent(e.code)}`, `${t('country.prepare')} (${e.code})`) },
    ], rows, { id: 'planned-table' }),
  ];
}

async function pack(code, session) {
  const answer = await query('briefing-pack', { engagement: code });
  const briefing = answer.data.briefing;
  if (!briefing) return [h('h1', {}, t('briefing.title')), notice(t('error.notFound', { key: code }), 'warning')];
  const meeting = briefing.engagement;
  // Marked Protected B (on screen, and at the top and bottom of every printed page) only when it holds Protected B
  // parts: the reader is cleared, so the TD trend and the decisions are in it.
  const protectedB = Boolean(session?.viewer?.protectedB)
    && !redacted(answer, 'briefing', 'tdTrend') && !redacted(answer, 'briefing', 'latestDecisions');
  const marking = protectedB ? h('p', { class: 'classification-marking' }, t('briefing.protectedB')) : null;
  // The PDF's file name is the page's title when it prints: the pack's code, not the dashboard's title.
  const titleForPrint = () => {
    const title = document.title;
    document.title = `${t('briefing.title')} ${meeting.code}`;
    window.addEventListener('afterprint', () => { document.title = title; }, { once: true });
  };
  const print = () => { titleForPrint(); window.print(); };
  return h('div', { class: `briefing-pack${protectedB ? ' protected-b' : ''}`, id: 'briefing-pack' }, marking, [
    h('h1', {}, t('briefing.packTitle', { counterpart: briefing.counterpart?.name ?? briefing.country?.name })),
    h('dl', { class: 'facts' },
      h('dt', {}, t('col.meeting')), h('dd', {}, `${meeting.code} · ${label(meeting.kind)} · ${label(meeting.level)}`),
      h('dt', {}, t('col.date')), h('dd', {}, date(meeting.date)),
      h('dt', {}, t('col.country')), h('dd', {}, briefing.country ? link(`#/country/${briefing.country.iso2}`, briefing.country.name) : t('none')),
      h('dt', {}, t('col.summary')), h('dd', {}, meeting.summary)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'briefing-print', onclick: print }, t('briefing.print')),
      // The PDF is the browser's own print to PDF with the print style sheet (markings, page numbers): what prints
      // is what the PDF holds, and no PDF library is needed on the server.
      h('button', { type: 'button', class: 'secondary', id: 'briefing-pdf', 'aria-describedby': 'briefing-pdf-hint', onclick: print }, t('briefing.pdf'))),
    h('p', { class: 'hint no-print', id: 'briefing-pdf-hint' }, t('briefing.pdfHint')),
    // Issue 17: what a coordinator accepted onto the meeting's agenda from the opportunity radar, to raise first.
    agendaSection(briefing.agenda ?? []),
    section(t('briefing.toRaise'), briefing.resultsToRaise.nodes.length === 0 ? h('p', {}, t('briefing.noneToRaise')) : [
      h('p', {}, t('briefing.toRaiseLead')),
      briefing.resultsToRaise.pageInfo.hasNextPage ? h('p', {}, t('briefing.toRaiseShown',
        { shown: number(briefing.resultsToRaise.nodes.length), count: number(briefing.resultsToRaise.totalCount) })) : null,
      table(t('briefing.toRaise'), [
        { title: t('col.result'), value: r => `${r.result.code} · ${r.result.summary}`, rowHeader: true },
        { title: t('col.project'), value: r => r.project.title },
        { title: t('col.achieved'), value: r => date(r.result.achievedOn) },
        { title: t('col.keyMessages'), value: r => r.keyMessages.length ? h('ul', {}, r.keyMessages.map(m => h('li', {}, m.text))) : t('none') },
      ], briefing.resultsToRaise.nodes, { id: 'to-raise-table' })]),
    section(t('briefing.tdTrend'), redacted(answer, 'briefing', 'tdTrend') ? redactedNotice() : table(t('briefing.tdTrend'), [
      { title: t('col.quarter'), value: q => quarter(q.quarter), rowHeader: true },
      { title: t('col.requested'), value: q => number(q.requested), number: true },
      { title: t('col.issued'), value: q => number(q.issued), number: true },
      { title: t('col.medianDays'), value: q => number(q.medianDaysToIssue, { maximumFractionDigits: 0 }), number: true },
    ], briefing.tdTrend ?? [])),
    section(t('briefing.decisions'), redacted(answer, 'briefing', 'latestDecisions') ? redactedNotice()
      : (briefing.latestDecisions ?? []).length === 0 ? h('p', {}, t('briefing.noDecisions')) : table(t('briefing.decisions'), [
        { title: t('col.date'), value: d => date(d.date), rowHeader: true },
        { title: t('col.kind'), value: d => label(d.kind) },
        { title: t('col.decision'), value: d => d.text },
      ], briefing.latestDecisions)),
    section(t('briefing.actions'), briefing.openActions.length === 0 ? h('p', {}, t('briefing.noActions')) : [
      briefing.openActionCount > briefing.openActions.length ? h('p', { id: 'open-actions-shown' }, t('briefing.actionsShown',
        { shown: number(briefing.openActions.length), count: number(briefing.openActionCount) })) : null,
      table(t('briefing.actions'), [
        { title: t('col.action'), value: a => a.text, rowHeader: true },
        { title: t('col.due'), value: a => date(a.due) },
        { title: t('col.assignedTo'), value: a => a.assignedTo.map(d => acronym(d.code)).join(', ') },
      ], briefing.openActions, { id: 'open-actions-table' })]),
    h('p', { class: 'hint' }, t('briefing.prepared', { date: date(new Date().toISOString().slice(0, 10)) })),
    marking?.cloneNode(true),
  ]);
}

// Issue 17: the meeting's agenda, accepted from the opportunity radar.
function agendaSection(agenda) {
  return section(t('briefing.agenda'), agenda.length === 0 ? h('p', { id: 'agenda-none' }, t('briefing.noAgenda'),
    link('#/radar', t('briefing.openRadar'), { class: 'no-print' })) : [
    h('p', {}, t('briefing.agendaLead')),
    table(t('briefing.agenda'), [
      { title: t('col.result'), value: r => `${r.result.code} · ${r.result.summary}`, rowHeader: true },
      { title: t('col.project'), value: r => r.project.title },
      { title: t('col.achieved'), value: r => date(r.result.achievedOn) },
      { title: t('col.keyMessages'), value: r => r.keyMessages.length ? h('ul', {}, r.keyMessages.map(m => h('li', {}, m.text))) : t('none') },
    ], agenda, { id: 'agenda-table' })]);
}
