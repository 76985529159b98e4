package tulpar.streams.events;

import tulpar.streams.lexicon.Organization;

/**
 * The organisation an event belongs to, and where the text named it (or referred to it); {@code partOfPhrase}
 * when it is named with the event's noun ("13th OTS summit"), not as the subject of a verb ("the OTS will hold
 * a summit"), so it belongs to the event's phrase.
 */
record BodyRef(Organization organization, int start, int end, boolean partOfPhrase) {}
