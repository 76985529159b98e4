package tulpar.streams.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import tulpar.schemas.EventType;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Clauses;
import tulpar.streams.reading.CountryMention;

/**
 * Who takes part in an event: the members of its organisation; else the Turkic states its clause names, or its
 * sentence; for an agreement, those of the meeting it was signed at; for "the two countries", "the sides",
 * "үш ел", the states the article named before (as many as the anaphor says, the most mentioned first); else
 * those of its sentence and the one before.
 */
final class EventParties {

  static final int MIN_PARTIES = 2;

  private final ArticleReading reading;
  private final Gazetteer gazetteer;
  private List<String> ranked;

  EventParties(ArticleReading reading, Gazetteer gazetteer) {
    this.reading = reading;
    this.gazetteer = gazetteer;
  }

  /**
   * @param previous the Turkic states of the sentence before
   * @param lastGroup the Turkic states of the last sentence before that named two or more
   * @param context the meeting the article last reported held, where agreements were signed
   */
  SortedSet<String> of(SentenceScope scope, EventDraft draft, Clauses.Clause clause, SortedSet<String> previous,
                       SortedSet<String> lastGroup, Optional<EventDraft> context) {
    Organization owner = draft.parentBody != null ? draft.parentBody : draft.body;
    if (owner != null && owner.scope() == Organization.Scope.MEMBERS) {
      return new TreeSet<>(owner.members());
    }
    SortedSet<String> inClause = scope.turkicStates(clause.start(), clause.end());
    if (inClause.size() >= MIN_PARTIES) {
      return inClause;
    }
    SortedSet<String> inSentence = scope.turkicStates(scope.sentence.foldedStart(), scope.sentence.foldedEnd());
    if (inSentence.size() >= MIN_PARTIES) {
      return inSentence;
    }
    if (draft.type == EventType.AGREEMENT && context.isPresent() && context.get().parties.containsAll(inSentence)) {
      return new TreeSet<>(context.get().parties);
    }
    List<CueMatch> anaphors = scope.cues(Cue.PARTY_ANAPHOR);
    if (!anaphors.isEmpty()) {
      return referredTo(Integer.parseInt(anaphors.get(0).detail()), inSentence, lastGroup);
    }
    if (draft.body == null && draft.type != EventType.AGREEMENT) {
      return inSentence;
    }
    SortedSet<String> withPrevious = new TreeSet<>(inSentence);
    withPrevious.addAll(previous);
    return withPrevious;
  }

  /** The states "the {@code count} countries" refers to; a count of 0 ("the sides") takes the last group. */
  private SortedSet<String> referredTo(int count, SortedSet<String> inSentence, SortedSet<String> lastGroup) {
    SortedSet<String> group = new TreeSet<>(lastGroup);
    group.addAll(inSentence);
    if (count == 0 || group.size() == count) {
      return group;
    }
    SortedSet<String> referred = new TreeSet<>(inSentence);
    for (String code : ranked()) {
      if (referred.size() >= count) {
        break;
      }
      referred.add(code);
    }
    return referred;
  }

  /** The Turkic states of the article, the most mentioned first, then by first mention. */
  private List<String> ranked() {
    if (ranked == null) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (CountryMention mention : reading.countryMentions()) {
        if (mention.turkic()) {
          counts.merge(mention.code(), 1, Integer::sum);
        }
      }
      List<String> codes = new ArrayList<>(counts.keySet());
      codes.sort(Comparator.comparingInt(code -> -counts.get(code)));
      ranked = codes;
    }
    return ranked;
  }
}
