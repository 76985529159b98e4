package tulpar.streams.events;

import tulpar.streams.lexicon.Term;
import tulpar.streams.text.TermMatch;

/** An event cue found in the text. */
record CueMatch(Cue cue, TermMatch<Term> match) {

  int start() {
    return match.start();
  }

  int end() {
    return match.end();
  }
}
