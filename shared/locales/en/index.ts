// Written by scripts/locale-index.mjs from the namespace files beside it.
import about from './about.json' with { type: 'json' };
import agenda from './agenda.json' with { type: 'json' };
import agendaTypes from './agendaTypes.json' with { type: 'json' };
import app from './app.json' with { type: 'json' };
import archive from './archive.json' with { type: 'json' };
import attendeeCategories from './attendeeCategories.json' with { type: 'json' };
import attendees from './attendees.json' with { type: 'json' };
import badgePresets from './badgePresets.json' with { type: 'json' };
import badges from './badges.json' with { type: 'json' };
import checkin from './checkin.json' with { type: 'json' };
import committee from './committee.json' with { type: 'json' };
import common from './common.json' with { type: 'json' };
import comparisons from './comparisons.json' with { type: 'json' };
import elections from './elections.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import exports from './exports.json' with { type: 'json' };
import fieldNames from './fieldNames.json' with { type: 'json' };
import fields from './fields.json' with { type: 'json' };
import genders from './genders.json' with { type: 'json' };
import history from './history.json' with { type: 'json' };
import importStrings from './import.json' with { type: 'json' };
import importFields from './importFields.json' with { type: 'json' };
import menu from './menu.json' with { type: 'json' };
import minutes from './minutes.json' with { type: 'json' };
import nav from './nav.json' with { type: 'json' };
import organisationCategories from './organisationCategories.json' with { type: 'json' };
import organisationStatuses from './organisationStatuses.json' with { type: 'json' };
import organisations from './organisations.json' with { type: 'json' };
import organiserRoles from './organiserRoles.json' with { type: 'json' };
import organisers from './organisers.json' with { type: 'json' };
import quorumPresets from './quorumPresets.json' with { type: 'json' };
import setup from './setup.json' with { type: 'json' };
import sittings from './sittings.json' with { type: 'json' };
import venue from './venue.json' with { type: 'json' };
import votePresets from './votePresets.json' with { type: 'json' };
import votes from './votes.json' with { type: 'json' };

export const en = {
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
  venue,
  votePresets,
  votes,
};
