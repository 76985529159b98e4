package tulpar.streams.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tulpar.schemas.EventType;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.text.Words;

/**
 * The meetings and summits a sentence speaks of, before their details are read:
 *
 * <ul>
 *   <li>a SUMMIT from a summit noun ("summit", "zirve", "саммит") with its organisation, "Turkic", or Turkic
 *       parties; summits next to a non-Turkic state ("China–Central Asia Summit") or of a non-Turkic
 *       organisation (SCO, CIS …) are other formats and left out;</li>
 *   <li>a meeting of a body ("the eighth meeting of the Joint Strategic Planning Group"): a SUMMIT for leaders'
 *       councils, a MEETING for ministers' and lower bodies;</li>
 *   <li>a ministerial format between Turkic states that needs no body ("trilateral meeting");</li>
 *   <li>a visit: a state visit, or an official one when a Turkic head of state or government makes it, is a
 *       SUMMIT; a minister's visit is a MEETING.</li>
 * </ul>
 */
final class MeetingTriggers {

  /** Words that may separate a summit noun from a meeting noun of the same event: "Zirve toplantısı". */
  private static final int NOUNS_TOGETHER_WORDS = 2;

  private MeetingTriggers() {}

  static List<EventDraft> find(SentenceScope scope) {
    List<EventDraft> drafts = new ArrayList<>();
    List<CueMatch> summits = scope.cues(Cue.SUMMIT, Cue.HEADS_OF_GOVERNMENT);
    for (CueMatch noun : summits) {
      Optional<BodyRef> body = scope.bodyNear(noun.start(), noun.end(), true);
      boolean otherFormat = body.map(b -> !b.organization().turkic())
          .orElseGet(() -> scope.nonTurkicStateNear(noun.start(), noun.end()));
      if (!otherFormat) {
        drafts.add(draft(scope, EventType.SUMMIT, noun.cue(), noun.start(), noun.end(), body));
      }
    }
    for (CueMatch noun : scope.cues(Cue.MEETING)) {
      boolean partOfSummit = false;
      for (CueMatch summit : summits) {
        partOfSummit |= Words.apart(scope.folded, summit.start(), summit.end(), noun.start(), noun.end(),
            NOUNS_TOGETHER_WORDS) <= NOUNS_TOGETHER_WORDS;
      }
      Optional<BodyRef> body = scope.bodyNear(noun.start(), noun.end(), false);
      if (!partOfSummit && body.isPresent() && body.get().organization().turkic()) {
        body.get().organization().meetingType().ifPresent(type ->
            drafts.add(draft(scope, type, Cue.MEETING, noun.start(), noun.end(), body)));
      }
    }
    for (CueMatch format : scope.cues(Cue.STANDALONE_MEETING)) {
      drafts.add(draft(scope, EventType.MEETING, Cue.STANDALONE_MEETING, format.start(), format.end(),
          Optional.empty()));
    }
    for (CueMatch visit : scope.cues(Cue.STATE_VISIT, Cue.VISIT)) {
      boolean leaders = visit.cue() == Cue.STATE_VISIT || !scope.turkicHeadsOfState().isEmpty();
      drafts.add(draft(scope, leaders ? EventType.SUMMIT : EventType.MEETING, visit.cue(), visit.start(),
          visit.end(), Optional.empty()));
    }
    return drafts;
  }

  private static EventDraft draft(SentenceScope scope, EventType type, Cue trigger, int start, int end,
                                  Optional<BodyRef> body) {
    Optional<BodyRef> inPhrase = body.filter(BodyRef::partOfPhrase);
    int phraseStart = Math.min(start, inPhrase.map(BodyRef::start).orElse(start));
    int phraseEnd = Math.max(end, inPhrase.map(BodyRef::end).orElse(end));
    EventDraft draft = new EventDraft(type, trigger, phraseStart, phraseEnd);
    body.ifPresent(b -> {
      draft.body = b.organization();
      draft.parentBody = b.organization().scope() == Organization.Scope.PARTIES ? scope.parentOf(b).orElse(null)
          : null;
    });
    return draft;
  }
}
