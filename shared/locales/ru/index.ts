// Written by scripts/locale-index.mjs from the namespace files beside it.
import about from './about.json';
import agenda from './agenda.json';
import agendaTypes from './agendaTypes.json';
import app from './app.json';
import archive from './archive.json';
import attendeeCategories from './attendeeCategories.json';
import attendees from './attendees.json';
import badgePresets from './badgePresets.json';
import badges from './badges.json';
import checkin from './checkin.json';
import committee from './committee.json';
import common from './common.json';
import comparisons from './comparisons.json';
import elections from './elections.json';
import errors from './errors.json';
import events from './events.json';
import exports from './exports.json';
import fieldNames from './fieldNames.json';
import fields from './fields.json';
import genders from './genders.json';
import history from './history.json';
import importStrings from './import.json';
import importFields from './importFields.json';
import menu from './menu.json';
import minutes from './minutes.json';
import nav from './nav.json';
import organisationCategories from './organisationCategories.json';
import organisationStatuses from './organisationStatuses.json';
import organisations from './organisations.json';
import organiserRoles from './organiserRoles.json';
import organisers from './organisers.json';
import quorumPresets from './quorumPresets.json';
import setup from './setup.json';
import sittings from './sittings.json';
import votePresets from './votePresets.json';
import votes from './votes.json';

export const ru = {
  about,
  agenda,
  agendaTypes,
  app,
  archive,
  attendeeCategories,
  attendees,
  badgePresets,
  badges,
  checkin,
  committee,
  common,
  comparisons,
  elections,
  errors,
  events,
  exports,
  fieldNames,
  fields,
  genders,
  history,
  import: importStrings,
  importFields,
  menu,
  minutes,
  nav,
  organisationCategories,
  organisationStatuses,
  organisations,
  organiserRoles,
  organisers,
  quorumPresets,
  setup,
  sittings,
  votePresets,
  votes,
};
