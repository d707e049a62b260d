// Opportunity radar (issue 17): the planned meetings ahead that can leverage results, each with the results to raise
// there ranked by the documented score (every part of it shown with its reason), and the results no planned meeting
// can raise in the period. A coordinator accepts a suggestion onto the meeting's agenda from here; the briefing pack
// and the record form then show it. The period and the filters live in the address (#/radar?weeks=12&channel=FORUM).

import { problems, query } from '../api.js';
import { h, link, notice, section, table } from '../dom.js';
import { addressWith, badDates, filterForm, isoDate } from '../tables.js';
import { acronym, age, date, label, number, t } from '../i18n.js';

const CHANNELS = ['OTTAWA', 'IN_COUNTRY', 'FORUM'];
const WEEKS = [1, 2, 4, 8, 12, 16, 26, 52];
const DEFAULT_WEEKS = 8;
const MEETINGS_PAGE = 10;
const SUGGESTIONS = 5;
const UNPLANNED_PAGE = 20;

export async function render(args, session) {
  const filters = args.at(-1);
  const where = period(filters);
  const department = /^[A-Z][A-Z0-9_-]*$/.test(filters.get('department') ?? '') ? filters.get('department') : null;
  const country = /^[A-Z]{2,3}$/.test(filters.get('country') ?? '') ? filters.get('country') : null;
  const channel = CHANNELS.includes(filters.get('channel')) ? filters.get('channel') : null;
  const [radar, unplanned, departments, countries] = await Promise.all([
    query('radar', { ...where, department, country, channel, first: MEETINGS_PAGE, after: filters.get('meetings') || null,
      suggestions: SUGGESTIONS }),
    // The results no planned meeting can raise, on the chosen channel (Ottawa unless one is chosen).
    query('radar-unplanned', { ...where, country, channel: channel ?? 'OTTAWA', first: UNPLANNED_PAGE,
      after: filters.get('results') || null }),
    query('departments'),
    query('gap-by-country'),
  ]);
  const meetings = radar.data.opportunityRadar;
  const waiting = unplanned.data.resultsWithoutPlannedChance;
  const failed = [...problems(radar), ...problems(unplanned)];
  return [
    h('h1', {}, t('radar.title')),
    h('p', { class: 'lead' }, t('radar.lead')),
    filterForm('radar-filters', [
      { name: 'from', label: t('radar.from'), type: 'date' },
      { name: 'weeks', label: t('radar.weeks'), type: 'select', blank: t('radar.weeksDefault', { weeks: number(DEFAULT_WEEKS) }),
        options: WEEKS.filter(w => w !== DEFAULT_WEEKS).map(w => [String(w), t('radar.weeksOption', { weeks: number(w) })]) },
      { name: 'department', label: t('radar.department'), type: 'select',
        options: (departments.data.departments?.nodes ?? []).map(d => [d.code, `${d.name} (${acronym(d.code)})`]) },
      { name: 'country', label: t('filter.country'), type: 'select',
        options: (countries.data.leveragingCoverage ?? []).map(r => r.country)
          .sort((a, b) => a.name.localeCompare(b.name)).map(c => [c.iso2, c.name]) },
      { name: 'channel', label: t('radar.channel'), type: 'select', options: CHANNELS.map(c => [c, label(c)]) },
    ]),
    badDates(filters, ['from']) || where.badWeeks ? notice(t('radar.badPeriod'), 'warning') : null,
    failed.length ? notice(t('radar.failed'), 'warning') : null,
    h('p', { id: 'radar-period' }, where.from
      ? t('radar.periodFrom', { weeks: number(where.weeks), from: date(where.from) })
      : t('radar.periodToday', { weeks: number(where.weeks) })),
    scoreLegend(session),
    section(t('radar.meetings'), plannedMeetings(meetings, filters, session)),
    section(t('radar.unplanned'), resultsWithoutChance(waiting, filters, channel ?? 'OTTAWA')),
  ];
}

/** The period asked: from a day (today when none is given) for a number of weeks (8 unless chosen, 1 to 52). */
function period(filters) {
  const from = isoDate(filters.get('from'));
  const asked = filters.get('weeks');
  const weeks = /^\d{1,2}$/.test(asked ?? '') && Number(asked) >= 1 && Number(asked) <= 52 ? Number(asked) : DEFAULT_WEEKS;
  return { from, weeks, badWeeks: asked != null && asked !== '' && String(weeks) !== asked };
}

/** How a suggestion's score is made, as the contract (and MODEL.md) defines it; the designation part for cleared readers only. */
function scoreLegend(session) {
  const parts = ['WAITED', 'RESULT_TYPE', 'KEY_MESSAGE_READY', ...(session.viewer.protectedB ? ['DESIGNATION'] : []), 'LAST_CHANCE'];
  return h('details', { class: 'score-legend', id: 'radar-score' },
    h('summary', {}, t('radar.scoreTitle')),
    h('p', {}, t('radar.scoreLead')),
    h('dl', { class: 'facts' }, parts.flatMap(code => [h('dt', {}, t(`radar.reason.${code}`)), h('dd', {}, t(`radar.rule.${code}`))])),
    h('p', {}, t('radar.scoreTies')));
}

function plannedMeetings(page, filters, session) {
  if (!page || page.totalCount === 0) return h('p', { id: 'radar-none' }, t('radar.noMeetings'));
  const meetings = page.nodes;
  return [
    h('p', { id: 'radar-count' }, t('radar.meetingsLead', rowsShown(page, meetings.length, filters, 'meetingsPage', MEETINGS_PAGE))),
    meetings.map(meeting => radarMeeting(meeting, session)),
    pager(page, filters, 'meetings', t('radar.meetings')),
  ];
}

/** One planned meeting and one of its countries: what it is, then its suggestions, best first. */
function radarMeeting(meeting, session) {
  const { engagement, country } = meeting;
  const id = `radar-${engagement.code}-${country.iso2}`;
  const heading = `${date(engagement.date)} · ${meeting.counterpart?.name ?? t('none')} · ${country.name}`;
  const suggestions = meeting.suggestions?.nodes ?? [];
  const canAccept = Boolean(session.viewer.canRecord);
  const outcome = h('p', { class: 'radar-outcome', id: `${id}-outcome`, role: 'status' });
  const caption = t('radar.suggestionsOf', { meeting: engagement.code, country: country.name });
  return h('article', { class: 'radar-meeting', id, 'data-engagement': engagement.code, 'data-country': country.iso2,
    'data-channel': meeting.channel, 'aria-labelledby': `${id}-title` },
  h('h3', { id: `${id}-title` }, heading),
  h('dl', { class: 'facts' },
    h('dt', {}, t('col.meeting')), h('dd', {}, `${engagement.code} · ${label(engagement.kind)}`),
    h('dt', {}, t('radar.channel')), h('dd', { 'data-channel': meeting.channel }, label(meeting.channel)),
    h('dt', {}, t('radar.waiting')), h('dd', {}, t('radar.waitingCount', { count: number(meeting.waitingCount) }))),
  h('p', { class: 'radar-links no-print' },
    link(`#/briefing/${encodeURIComponent(engagement.code)}`, t('radar.briefing'), { 'aria-label': `${t('radar.briefing')} (${engagement.code})` }),
    canAccept ? [' · ', link(`#/meeting/${encodeURIComponent(engagement.code)}`, t('record.edit'),
      { 'aria-label': `${t('record.edit')} (${engagement.code})` })] : null),
  suggestions.length === 0 ? h('p', {}, t('radar.noSuggestions')) : [
    meeting.suggestions.totalCount > suggestions.length
      ? h('p', {}, t('radar.suggestionsShown', { shown: number(suggestions.length), count: number(meeting.suggestions.totalCount) }))
      : null,
    table(caption, [
      { title: t('radar.rank'), value: s => number(s.rank), sort: s => s.rank, number: true, rowHeader: true },
      { title: t('col.result'), value: s => h('span', {}, link(`#/explore/Result:${encodeURIComponent(s.result.code)}`, s.result.code),
        ' ', s.result.summary, s.result.type ? h('span', { class: 'hint' }, ` (${label(s.result.type)})`) : null), sort: s => s.result.code },
      { title: t('col.project'), value: s => s.project.title },
      { title: t('col.age'), value: s => age(s.daysWaited), sort: s => s.daysWaited, number: true },
      { title: t('radar.score'), value: s => number(s.score, { maximumFractionDigits: 1 }), sort: s => s.score, number: true },
      { title: t('radar.why'), value: reasons, sort: s => s.reasons.length },
      { title: t('radar.keyMessage'), value: s => s.keyMessage ? s.keyMessage.text : t('radar.noKeyMessage'),
        sort: s => s.keyMessage ? 1 : 0 },
      { title: t('radar.otherChances'), value: s => number(s.otherPlannedChances), sort: s => s.otherPlannedChances, number: true },
      { title: t('radar.agenda'), value: s => agendaCell(engagement, s, canAccept, outcome), sort: s => s.accepted ? 1 : 0 },
    ], suggestions, { id: `${id}-table` }),
    outcome,
  ]);
}

/** Each part of the score: its points and the service's sentence, in the reader's language. */
function reasons(suggestion) {
  return h('ul', { class: 'reasons' }, suggestion.reasons.map(reason => h('li', { 'data-reason': reason.code },
    // The points as a figure to scan down the column; the service's sentence says them again in words.
    h('span', { class: 'points' }, number(reason.points, { maximumFractionDigits: 1, signDisplay: 'always' })),
    ' ', reason.explanation)));
}

/**
 * Accepted or not, and (for coordinators) the button that changes it. The row is updated in place: the focus stays on
 * the same row's new button, and the outcome is announced.
 */
function agendaCell(engagement, suggestion, canAccept, outcome) {
  const cell = h('span', { class: 'agenda', 'data-result': suggestion.result.code });
  const draw = () => {
    const accepted = suggestion.accepted;
    const verb = accepted ? 'withdraw' : 'accept';
    cell.replaceChildren(
      accepted ? h('span', { class: 'badge accepted', 'data-accepted': true }, t('radar.accepted')) : h('span', { class: 'not-accepted' }, t('radar.notAccepted')),
      canAccept ? h('button', {
        type: 'button', class: `secondary small no-print ${verb}`, id: `${verb}-${engagement.code}-${suggestion.result.code}`,
        'data-no-export': true,
        'aria-label': t(`radar.${verb}Label`, { result: suggestion.result.code, meeting: engagement.code }),
        onclick: event => change(event.currentTarget, verb),
      }, t(`radar.${verb}`)) : null);
  };
  const change = async (button, verb) => {
    button.disabled = true;
    outcome.replaceChildren();
    const field = verb === 'accept' ? 'acceptSuggestion' : 'withdrawSuggestion';
    let answer;
    try {
      answer = await query(`${verb}-suggestion`, { input: {
        clientMutationId: globalThis.crypto?.randomUUID?.() ?? String(Date.now()),
        engagement: engagement.code, result: suggestion.result.code } });
    }
    catch (error) {
      button.disabled = false;
      return refused(outcome, [{ code: error.code ?? 'unknown', message: error.message }]);
    }
    const payload = answer.data[field];
    const errors = payload?.errors?.length ? payload.errors : !payload ? [{ code: 'generic' }] : [];
    if (errors.length) {
      button.disabled = false;
      return refused(outcome, errors);
    }
    suggestion.accepted = verb === 'accept';
    draw();
    cell.querySelector('button')?.focus();
    outcome.replaceChildren(h('span', { class: 'done' }, t(`radar.${verb}Done`, { result: suggestion.result.code, meeting: engagement.code })));
  };
  draw();
  return cell;
}

/** Why the service refused, in the reader's language (its own sentence when the code is not one the screen knows). */
function refused(outcome, errors) {
  outcome.replaceChildren(h('span', { class: 'error-message' }, errors.map(error => {
    const key = `radar.error.${error.code}`;
    return t(key) !== key ? t(key) : String(error.message ?? '').trim() || t('radar.error.generic');
  }).join(' ')));
}

function resultsWithoutChance(page, filters, channel) {
  const lead = h('p', {}, t('radar.unplannedLead', { channel: label(channel) }));
  if (!page || page.totalCount === 0) return [lead, h('p', { id: 'radar-unplanned-none' }, t('radar.noneUnplanned'))];
  const rows = page.nodes;
  const title = t('radar.unplanned');
  return [
    lead,
    h('p', { id: 'radar-unplanned-count' }, t('radar.unplannedShown', rowsShown(page, rows.length, filters, 'resultsPage', UNPLANNED_PAGE))),
    table(title, [
      { title: t('col.result'), value: r => h('span', {}, link(`#/explore/Result:${encodeURIComponent(r.result.code)}`, r.result.code), ' ', r.result.summary),
        sort: r => r.result.code, rowHeader: true },
      { title: t('col.project'), value: r => r.project.title },
      { title: t('col.country'), value: r => link(`#/country/${r.country.iso2}`, r.country.name), sort: r => r.country.name },
      { title: t('radar.channel'), value: r => label(r.channel) },
      { title: t('col.achieved'), value: r => date(r.result.achievedOn), sort: r => r.result.achievedOn ?? '' },
      { title: t('col.age'), value: r => age(r.daysWaited), sort: r => r.daysWaited, number: true },
    ], rows, { id: 'radar-unplanned-table' }),
    pager(page, filters, 'results', title),
  ];
}

/** Rows {from} to {to} of {count}: the page number travels in the address beside the cursor. */
function rowsShown(page, shown, filters, pageParameter, size) {
  const index = Math.max(1, Number(filters.get(pageParameter)) || 1);
  const from = (index - 1) * size + 1;
  return { from: number(from), to: number(from + shown - 1), count: number(page.totalCount) };
}

/** Next page and back to the first: links, so Back returns to the page before and a page can be shared. */
function pager(page, filters, cursor, list) {
  const index = Math.max(1, Number(filters.get(`${cursor}Page`)) || 1);
  const next = page.pageInfo.hasNextPage
    ? link(addressWith({ [cursor]: page.pageInfo.endCursor, [`${cursor}Page`]: String(index + 1) }, { keepPages: true }),
      t('overview.next', { list }), { 'data-page': `${cursor}-next` })
    : null;
  const first = filters.get(cursor)
    ? link(addressWith({ [cursor]: null, [`${cursor}Page`]: null }, { keepPages: true }), t('overview.first', { list }), { 'data-page': `${cursor}-first` })
    : null;
  return next || first ? h('p', { class: 'pager no-print' }, first, next) : null;
}
