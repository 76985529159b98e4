package tulpar.streams.events;

import tulpar.streams.lexicon.Organization;

/** The organisation an event belongs to, and where the text named it (or referred to it). */
record BodyRef(Organization organization, int start, int end) {}
