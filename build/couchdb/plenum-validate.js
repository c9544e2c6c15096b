(function (newDoc, oldDoc, userCtx, secObj) {
  // Plenum's validate_doc_update for an event's database on Apache CouchDB 3.x: the rules the
  // embedded venue host (cli/host/hostWrites.ts) applies, for a deployment where CouchDB holds the
  // event instead. Plain ES5: CouchDB runs it in SpiderMonkey or, from 3.4, QuickJS. Installed as
  // the design document _design/plenum (docs/deployment.md); tested in Node's vm by
  // cli/host/couchdbValidate.test.ts, which also keeps TELLERS_FACTS equal to
  // shared/codecs/venue/roles.ts.
  //
  // - A commit (any id but claim:…, laptop:… and _…) is written once and never changed or deleted:
  //   id === _id, a conferenceId whose database this is, a non-empty list of events of that event.
  // - A tellers' fact, by its type or by what its payload states, only from a user with the role
  //   plenum:tellers (or an admin: the account replication runs as).
  // - A claim (claim:checkin:… / claim:ballot:…) is created once and never changed or deleted.
  // - A laptop document (laptop:<device id>) only from an admin or the role plenum:secretariat.
  // - A design document only from an admin.

  var TELLERS_FACTS = [
    'paper.entered',
    'paper.corrected',
    'paper.removed',
    'counts.recorded',
    'counts.corrected',
    'rollCall.recorded',
    'lots.drawn',
    'result.sealed',
    'result.reopened',
  ];
  var VENUE_ROLES = ['desk', 'badges', 'tellers', 'secretariat'];

  // What an event states happened, read from its payload: shared/core/domain/facts.ts factOf.
  var PRESENCE_FACTS = {
    checkIn: 'attendee.checkedIn',
    returned: 'attendee.returned',
    left: 'attendee.left',
    undo: 'attendee.checkInUndone',
  };
  var STATUS_FACTS = { open: { vote: 'vote.opened', election: 'election.opened' } };
  STATUS_FACTS.closed = { vote: 'vote.closed', election: 'election.closed' };
  STATUS_FACTS.sealed = { vote: 'result.sealed', election: 'result.sealed' };
  var KIND_FACTS = {
    badgePrint: { created: 'badge.printed', updated: 'badge.printed' },
    ballotIssue: { created: 'ballot.issued', updated: 'ballot.issued', deleted: 'ballot.withdrawn' },
    ballotEntry: { created: 'paper.entered', updated: 'paper.corrected', deleted: 'paper.removed' },
    conflict: { created: 'conflict.found', updated: 'conflict.decided' },
  };

  function has(object, key) {
    return object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !isArray(value);
  }

  function isArray(value) {
    return Object.prototype.toString.call(value) === '[object Array]';
  }

  function contains(list, value) {
    for (var i = 0; i < list.length; i++) if (list[i] === value) return true;
    return false;
  }

  function forbid(reason) {
    throw { forbidden: reason };
  }

  function changedFields(payload) {
    if (payload.op === 'created' && isObject(payload.fields)) return payload.fields;
    if (payload.op === 'updated' && isObject(payload.patch)) return payload.patch;
    return {};
  }

  function resultFact(kind, fields) {
    if (has(fields, 'reopenings')) return 'result.reopened';
    if (typeof fields.status === 'string' && has(STATUS_FACTS, fields.status))
      return STATUS_FACTS[fields.status][kind];
    if (has(fields, 'corrections')) return 'counts.corrected';
    if (has(fields, 'lots')) return 'lots.drawn';
    if (has(fields, 'rollCall')) return 'rollCall.recorded';
    if (has(fields, 'counts') || has(fields, 'ballots') || has(fields, 'totals')) return 'counts.recorded';
    return null;
  }

  function factOf(payload) {
    var fields = changedFields(payload);
    var kind = payload.kind;
    var op = payload.op;
    if (kind === 'attendance' && op !== 'deleted') {
      var action = String(fields.lastAction);
      return has(PRESENCE_FACTS, action) ? PRESENCE_FACTS[action] : 'attendee.checkedIn';
    }
    if (has(KIND_FACTS, kind) && has(KIND_FACTS[kind], op)) return KIND_FACTS[kind][op];
    if ((kind === 'vote' || kind === 'election') && op === 'updated') {
      var fact = resultFact(kind, fields);
      if (fact) return fact;
    }
    return kind + '.' + op;
  }

  function isTellersFact(event) {
    return contains(TELLERS_FACTS, event.type) || contains(TELLERS_FACTS, factOf(event.payload));
  }

  // shared/codecs/venue/venueDocs.ts databaseName.
  function databaseName(conferenceId) {
    return 'plenum-' + conferenceId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  }

  // The same JSON whatever the order of an object's keys: how two copies of one commit compare.
  function canonical(value) {
    var parts = [];
    var i;
    if (isArray(value)) {
      for (i = 0; i < value.length; i++) parts.push(canonical(value[i]));
      return '[' + parts.join(',') + ']';
    }
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    var keys = [];
    for (var key in value) if (has(value, key)) keys.push(key);
    keys.sort();
    for (i = 0; i < keys.length; i++) parts.push(JSON.stringify(keys[i]) + ':' + canonical(value[keys[i]]));
    return '{' + parts.join(',') + '}';
  }

  function commitFields(doc) {
    return canonical([doc.id, doc.conferenceId, doc.hlc, doc.entityIds, doc.events]);
  }

  var roles = userCtx && isArray(userCtx.roles) ? userCtx.roles : [];
  var name = userCtx ? userCtx.name : null;

  function hasRole(role) {
    return contains(roles, role);
  }

  function isAdmin() {
    if (hasRole('_admin')) return true;
    var admins = secObj && secObj.admins;
    if (!admins) return false;
    if (isArray(admins.names) && name && contains(admins.names, name)) return true;
    if (isArray(admins.roles))
      for (var i = 0; i < roles.length; i++) if (contains(admins.roles, roles[i])) return true;
    return false;
  }

  var id = newDoc._id;
  var text = function (value) {
    return typeof value === 'string' && value.length > 0 && value.length <= 200;
  };

  if (id.indexOf('_design/') === 0) {
    if (!isAdmin()) forbid('Only an admin changes a design document.');
    return;
  }
  if (id.charAt(0) === '_') forbid('Not a document of the event.');

  if (id.indexOf('laptop:') === 0) {
    if (!isAdmin() && !hasRole('plenum:secretariat'))
      forbid('Only the secretariat adds or changes a laptop.');
    if (newDoc._deleted) return;
    if (!text(newDoc.deviceId) || id !== 'laptop:' + newDoc.deviceId)
      forbid('A laptop is laptop:<its device id>.');
    if (!contains(VENUE_ROLES, newDoc.role))
      forbid('A laptop has one of the roles desk, badges, tellers, secretariat.');
    return;
  }

  if (id.indexOf('claim:') === 0) {
    if (oldDoc) forbid('This was claimed already; a claim is never changed.');
    if (newDoc._deleted) forbid('A claim is never deleted.');
    if (!/^claim:(checkin|ballot):[^\s]{1,300}$/.test(id)) forbid('Not a claim of a check-in or a ballot.');
    if (!text(newDoc.deviceId) || !text(newDoc.desk) || !text(newDoc.at))
      forbid('A claim names its laptop, desk and time.');
    return;
  }

  // A commit of the log.
  if (newDoc._deleted) forbid('A commit is never deleted.');
  if (oldDoc) {
    if (oldDoc._deleted || commitFields(oldDoc) !== commitFields(newDoc))
      forbid('A commit already written is never changed.');
    return;
  }
  if (newDoc.id !== id) forbid('A commit is stored under its own id.');
  if (typeof newDoc.conferenceId !== 'string' || newDoc.conferenceId.length === 0)
    forbid('A commit names its event.');
  if (userCtx && userCtx.db && databaseName(newDoc.conferenceId) !== userCtx.db)
    forbid('A commit of another event.');
  if (typeof newDoc.hlc !== 'string' || !isArray(newDoc.entityIds))
    forbid('A commit has a clock and its records.');
  if (!isArray(newDoc.events) || newDoc.events.length === 0) forbid('A commit has at least one event.');
  var tellers = isAdmin() || hasRole('plenum:tellers');
  for (var i = 0; i < newDoc.events.length; i++) {
    var event = newDoc.events[i];
    if (!isObject(event) || typeof event.type !== 'string' || !isObject(event.payload))
      forbid('Not an event of the log.');
    if (event.conferenceId !== newDoc.conferenceId) forbid('An event of another event.');
    if (typeof event.payload.kind !== 'string' || typeof event.payload.op !== 'string')
      forbid('An event names its record and what it did.');
    if (event.payload.op === 'created' && !isObject(event.payload.fields))
      forbid('A record is created with fields.');
    if (event.payload.op === 'updated' && !isObject(event.payload.patch))
      forbid('A record is changed by a patch.');
    if (!tellers && isTellersFact(event))
      forbid('Tellers\u2019 facts come only from the tellers (' + event.type + ').');
  }
});
