// Editing a recorded meeting from the dashboard (coordinators): change it, mark a planned one as held, or cancel it.
// Every change sends back the version the page read, so that a change made meanwhile by someone else is refused
// (and said so in a sentence) instead of silently overwritten.

import { query } from '../api.js';
import { h, link, notice } from '../dom.js';
import { date, label, language, t } from '../i18n.js';
import { clearErrors, meetingFields, readInput, check, refusals, restore, showErrors, snapshot } from './record.js';

// What the user changed, kept while the page is drawn again in the other language.
let draft = null;

export async function render([code], session, { keep = false } = {}) {
  if (!session.viewer.canRecord) return [h('h1', {}, t('record.title')), notice(t('record.notAllowed'), 'warning')];
  const [answer, departments] = await Promise.all([query('meeting', { engagement: code }), query('departments')]);
  const meeting = answer.data.engagement;
  if (!meeting) return [h('h1', {}, t('record.title')), notice(t('record.missingMeeting', { code }), 'warning')];
  const iso2 = meeting.countries[0]?.iso2;
  const profile = iso2 ? (await query('record-form', { code: iso2 })).data.country : null;
  const status = h('div', { id: 'record-outcome', 'aria-live': 'polite' });
  const planned = meeting.status === 'PLANNED';
  const form = h('form', { novalidate: true, id: 'meeting-form', lang: language() === 'FR' ? 'fr-CA' : 'en-CA' },
    profile ? meetingFields(profile, departments.data.departments?.nodes ?? [], { edit: true }) : null,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'meeting-update' }, t('record.update')),
      planned ? h('button', { type: 'button', class: 'secondary', id: 'meeting-hold' }, t('record.hold')) : null,
      planned ? h('button', { type: 'button', class: 'secondary', id: 'meeting-cancel' }, t('record.cancel')) : null));
  const stored = storedValues(meeting);
  restore(form, stored);
  const address = location.hash;
  if (keep && draft?.address === address && draft.version === meeting.version) restore(form, draft.values);
  else draft = null;
  const remember = () => { draft = { address, version: meeting.version, values: snapshot(form) }; };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);

  const send = async (document, field, input) => {
    status.replaceChildren();
    clearErrors(form);
    const answer = await query(document, { input });
    const payload = answer.data[field];
    const refused = refusals(payload, answer, { input, profile, status: meeting.status });
    if (refused.length) {
      showErrors(form, status, refused);
      // A version conflict: the way out is the meeting as it is now.
      if (payload?.errors?.some(e => e.code === 'VERSION_CONFLICT')) {
        status.querySelector('.error-summary')?.append(h('p', {}, link(address, t('record.reload'), {
          id: 'meeting-reload', onclick: event => { event.preventDefault(); draft = null; window.dispatchEvent(new HashChangeEvent('hashchange')); } })));
      }
      return;
    }
    draft = null;
    const message = { updateEngagement: 'record.updated', holdEngagement: 'record.heldDone', cancelEngagement: 'record.cancelled' }[field];
    meeting.version = payload.engagement.version;
    meeting.status = payload.engagement.status;
    Object.assign(stored, snapshot(form));
    const saved = h('div', { class: 'notice success', role: 'status', tabindex: '-1' },
      h('p', {}, t(message, { code: meeting.code })),
      iso2 ? h('p', {}, link(`#/country/${iso2}`, t('record.seeCountry', { country: profile?.name ?? iso2 }))) : null);
    status.replaceChildren(saved);
    if (meeting.status !== 'PLANNED') form.querySelectorAll('#meeting-hold, #meeting-cancel').forEach(b => b.remove());
    facts.querySelector('[data-status]').textContent = label(meeting.status);
    saved.focus();
  };

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const input = readInput(form);
    const mistakes = check(input, { edit: true });
    if (mistakes.length) return showErrors(form, status, mistakes);
    await send('update-meeting', 'updateEngagement', { code: meeting.code, version: meeting.version, ...changes(meeting, stored, form, input) });
  });
  form.querySelector('#meeting-hold')?.addEventListener('click', () => send('hold-meeting', 'holdEngagement', {
    code: meeting.code, version: meeting.version, summaryEn: readInput(form).summaryEn, summaryFr: readInput(form).summaryFr,
    raisedResults: withOthers(readInput(form).raisedResults, meeting.raisedResults.map(r => r.code), form, 'raisedResults') }));
  form.querySelector('#meeting-cancel')?.addEventListener('click', () => send('cancel-meeting', 'cancelEngagement',
    { code: meeting.code, version: meeting.version }));

  const facts = h('dl', { class: 'facts' },
    h('dt', {}, t('col.date')), h('dd', {}, date(meeting.date)),
    h('dt', {}, t('record.status')), h('dd', { 'data-status': true }, label(meeting.status)),
    h('dt', {}, t('col.country')), h('dd', {}, meeting.countries.map(c => c.iso2 === iso2 && profile ? profile.name : c.iso2).join(', ') || t('none')));
  return [h('h1', {}, t('record.editTitle', { code: meeting.code })), h('p', { class: 'lead' }, t('record.editIntro')),
    facts, status, form];
}

/** The meeting as the form's controls hold it. */
function storedValues(meeting) {
  const participants = meeting.attendance.map(a => a.participant.code);
  return {
    date: meeting.date, kind: meeting.kind, setting: meeting.setting, level: meeting.level,
    counterpart: meeting.counterpart?.code ?? '', summaryEn: meeting.summaryEn, summaryFr: meeting.summaryFr,
    present: participants, lead: meeting.attendance.filter(a => a.lead).map(a => a.participant.code),
    // Opportunity radar (issue 17): a planned meeting's agenda comes ticked, so holding it says they were raised;
    // as stored values, an update does not write them as raised before the meeting is held.
    raisedResults: [...new Set([...meeting.raisedResults.map(r => r.code),
      ...(meeting.status === 'PLANNED' ? (meeting.agenda ?? []).map(r => r.code) : [])])],
    raisedProjects: meeting.raisedProjects.map(p => p.code),
  };
}

/**
 * Only what the user changed: the API keeps what is left out. A list the form shows only part of (results of
 * another country of a multilateral meeting, a unit in the attendance) keeps its other entries.
 */
function changes(meeting, stored, form, input) {
  const now = snapshot(form);
  const changed = name => JSON.stringify(now[name] ?? null) !== JSON.stringify(stored[name] ?? null);
  const result = {};
  for (const name of ['date', 'kind', 'setting', 'level', 'summaryEn', 'summaryFr']) if (changed(name)) result[name] = input[name];
  if (changed('counterpart')) result.counterpart = input.counterpart;
  if (changed('present') || changed('lead')) {
    const shown = new Set([...form.querySelectorAll('input[name="present"]')].map(box => box.value));
    result.attendance = [...input.attendance, ...meeting.attendance.filter(a => !shown.has(a.participant.code))
      .map(a => ({ participant: a.participant.code, lead: a.lead }))];
  }
  for (const name of ['raisedResults', 'raisedProjects']) {
    if (changed(name)) result[name] = withOthers(input[name], stored[name], form, name);
  }
  return result;
}

function withOthers(ticked, before, form, name) {
  const shown = new Set([...form.querySelectorAll(`input[name="${name}"]`)].map(box => box.value));
  return [...ticked, ...before.filter(code => !shown.has(code))];
}
