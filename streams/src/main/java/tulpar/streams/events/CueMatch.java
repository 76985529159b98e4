package tulpar.streams.events;

import tulpar.streams.lexicon.Term;
import tulpar.streams.text.TermMatch;

/** An event cue found in the text, with the detail of its key ("memorandum", "2"), or null. */
record CueMatch(Cue cue, String detail, TermMatch<Term> match) {

  static CueMatch of(TermMatch<Term> match) {
    Cue.Parsed key = Cue.parse(match.payload().key());
    return new CueMatch(key.cue(), key.detail(), match);
  }

  int start() {
    return match.start();
  }

  int end() {
    return match.end();
  }
}
