// What an account manager writes every day: an interaction, an assessment of a relationship, a referral.
import { gql } from './api.js';
import { t, label } from './i18n.js';
import { h, field, select, toast, errorBox } from './ui.js';

const KINDS = ['VISIT', 'CALL', 'MEAL', 'GIFT', 'FAVOR', 'SOCIAL_EVENT', 'EMAIL', 'DEMO'];
const OUTCOMES = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'];

function form(title, test, fields, submit) {
  const message = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const el = h('form', { class: 'write', 'data-test': test, 'aria-label': title },
    h('h3', {}, title), ...fields, h('div', { class: 'actions' }, button), message);
  el.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    message.replaceChildren();
    try {
      await submit();
      toast(t('saved'));
    } catch (error) {
      message.replaceChildren(errorBox(error));
    } finally {
      button.disabled = false;
    }
  });
  return el;
}

function optional(value) {
  return value === '' ? null : value;
}

function tristate(value) {
  return value === '' ? null : value === 'true';
}

export function interactionForm(account, reps, selectedPersonId, onSaved) {
  const defaultRep = account.owners[0] ? account.owners[0].id : (reps[0] && reps[0].id);
  const rep = select(reps.map(r => [r.id, r.name]), defaultRep, { name: 'rep', required: true });
  const person = select(account.people.map(p => [p.id, p.name]), selectedPersonId, { name: 'person', required: true });
  const kind = select(KINDS.map(k => [k, label(k)]), 'VISIT', { name: 'kind' });
  const outcome = select(OUTCOMES.map(o => [o, label(o)]), 'POSITIVE', { name: 'outcome' });
  const at = h('input', { type: 'datetime-local', name: 'at' });
  const note = h('input', { type: 'text', name: 'note', maxlength: 500 });
  const el = form(t('write.interaction'), 'form-interaction', [
    field(t('rep'), rep), field(t('person'), person), field(t('kind'), kind), field(t('outcome'), outcome),
    field(`${t('at')} (${t('optional')})`, at), field(t('note'), note, 'wide')], async () => {
    await gql(`mutation Log($input: InteractionInput!) { recordInteraction(input: $input) { id } }`, { input: {
      repId: rep.value, personId: person.value, kind: kind.value, outcome: outcome.value,
      at: optional(at.value), note: optional(note.value.trim()) } });
    onSaved(person.value);
  });
  el.selectPerson = id => { person.value = id; };
  return el;
}

export function assessForm(account, selectedPersonId, onSaved) {
  const person = select(account.people.map(p => [p.id, p.name]), selectedPersonId, { name: 'person' });
  const choices = [['', t('from.evidence')], ['true', t('yes')], ['false', t('no')]];
  const org = select(choices, '', { name: 'organisation' });
  const personal = select(choices, '', { name: 'personal' });
  const note = h('input', { type: 'text', name: 'note', maxlength: 500 });
  const el = form(t('write.assess'), 'form-assess', [
    field(t('person'), person), field(t('org.interest'), org), field(t('personal.interest'), personal),
    field(t('note'), note, 'wide')], async () => {
    await gql(`mutation Assess($input: AssessRelationshipInput!) { assessRelationship(input: $input) { id } }`, { input: {
      personId: person.value, organisationInterestMet: tristate(org.value), personalInterestMet: tristate(personal.value),
      note: optional(note.value.trim()) } });
    onSaved(person.value);
  });
  el.selectPerson = id => { person.value = id; };
  return el;
}

export function referralForm(account, sources, onSaved) {
  const group = (title, items) => h('optgroup', { label: title }, items.map(s => h('option', { value: s.id }, s.name)));
  const source = h('select', { name: 'source', required: true },
    h('option', { value: '' }, '—'),
    group(t('nav.accounts'), sources.accounts.filter(a => a.id !== account.id)),
    group('Organizations', sources.organizations),
    group('Channels', sources.channels));
  const target = select([[account.id, account.name], ...account.people.map(p => [p.id, p.name])], account.id, { name: 'target' });
  const at = h('input', { type: 'date', name: 'at' });
  const note = h('input', { type: 'text', name: 'note', maxlength: 500 });
  return form(t('write.referral'), 'form-referral', [
    field(t('source'), source), field(t('target'), target), field(`${t('date')} (${t('optional')})`, at),
    field(t('note'), note, 'wide')], async () => {
    await gql(`mutation Refer($input: ReferralInput!) { recordReferral(input: $input) { at } }`, { input: {
      sourceId: source.value, targetId: target.value, at: optional(at.value), note: optional(note.value.trim()) } });
    onSaved();
  });
}
