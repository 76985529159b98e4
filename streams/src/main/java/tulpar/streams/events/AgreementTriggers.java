package tulpar.streams.events;

import java.util.ArrayList;
import java.util.List;
import tulpar.schemas.EventType;
import tulpar.streams.lexicon.FunctionWords;
import tulpar.streams.text.Words;

/**
 * The documents a sentence speaks of: a quoted title in a sentence about signing («Протокол о намерениях …»), a
 * kind of document ("memorandum", "joint statement") in such a sentence, a generic word for one ("agreement",
 * "deals") when the text counts it, gives its subject or its title ("20 deals on …", "Agreement on
 * Preferential Trade"), and a document with a title even where nothing is signed ("the historic Shusha
 * Declaration"): it exists, so it is recorded, as background. Documents the text does not single out ("a
 * number of agreements") are none.
 */
final class AgreementTriggers {

  /** Words that may stand between a vague quantity and its noun: "a number of important agreements". */
  private static final int VAGUE_WORDS = 2;
  /** Words that may stand between a document and the non-Turkic organisation it belongs to. */
  private static final int OTHER_FORMAT_WORDS = 2;

  private AgreementTriggers() {}

  /** @param signing whether the sentence, or the list it belongs to, speaks of signing or adopting */
  static List<EventDraft> find(SentenceScope scope, FunctionWords functionWords, boolean signing) {
    List<EventDraft> drafts = new ArrayList<>();
    if (signing) {
      for (int[] title : scope.titles()) {
        if (scope.cues(Cue.RATIFY).stream().anyMatch(r -> r.start() >= title[0] && r.end() <= title[1])) {
          // "On the ratification of the agreement …": the law that ratifies, no new document.
          continue;
        }
        EventDraft draft = new EventDraft(EventType.AGREEMENT, Cue.AGREEMENT, title[0], title[1]);
        draft.description = new AgreementDescriber.Description(
            scope.reading.text().span(title[0], title[1]).getText().strip(), null, null, null, title[0], title[1]);
        drafts.add(draft);
      }
    }
    for (CueMatch noun : nouns(scope)) {
      boolean covered = drafts.stream().anyMatch(d -> d.phraseStart <= noun.start() && noun.end() <= d.phraseEnd)
          || scope.organizations.stream().anyMatch(o -> o.overlaps(noun.match()));
      if (covered || isVague(scope, noun)) {
        continue;
      }
      AgreementDescriber.Description description = AgreementDescriber.describe(scope, functionWords, noun);
      if (ofOtherFormat(scope, description)) {
        continue;
      }
      boolean singledOut = description.title() != null || description.count() != null
          || description.subject() != null || noun.cue() == Cue.AGREEMENT;
      if (signing && !singledOut && !description.type().endsWith("s") && !indefinite(scope, functionWords, noun)) {
        // "The document was signed on 3 April": the agreement spoken of before.
        EventDraft draft = new EventDraft(EventType.AGREEMENT, Cue.AGREEMENT, noun.start(), noun.end());
        draft.description = description;
        draft.refersBack = true;
        drafts.add(draft);
      } else if ((signing || description.title() != null) && singledOut) {
        EventDraft draft = new EventDraft(EventType.AGREEMENT, Cue.AGREEMENT, description.start(),
            description.end());
        draft.description = description;
        draft.mentionedOnly = !signing;
        drafts.add(draft);
      }
    }
    return drafts;
  }

  /**
   * A document of a non-Turkic organisation: named in its phrase or right by it ("the Protocol amending the
   * Eurasian Economic Union Treaty").
   */
  private static boolean ofOtherFormat(SentenceScope scope, AgreementDescriber.Description description) {
    return scope.organizations.stream()
        .filter(o -> !scope.organization(o).turkic())
        .anyMatch(o -> Words.apart(scope.folded, o.start(), o.end(), description.start(), description.end(),
            OTHER_FORMAT_WORDS) <= OTHER_FORMAT_WORDS
            && scope.clauseOf(o.start()).equals(scope.clauseOf(description.start())));
  }

  /**
   * The document nouns of the sentence, one per word: "deals" is both the plural "deals" and "deal" with an
   * ending, and the term written in full says more (it is plural).
   */
  private static List<CueMatch> nouns(SentenceScope scope) {
    List<CueMatch> nouns = new ArrayList<>();
    for (CueMatch noun : scope.cues(Cue.AGREEMENT, Cue.DOCUMENT)) {
      CueMatch last = nouns.isEmpty() ? null : nouns.get(nouns.size() - 1);
      if (last == null || last.start() != noun.start()) {
        nouns.add(noun);
      } else if (noun.match().stemEnd() > last.match().stemEnd()) {
        nouns.set(nouns.size() - 1, noun);
      }
    }
    return nouns;
  }

  /** "an agreement", "bir anlaşma": a document not spoken of before. */
  private static boolean indefinite(SentenceScope scope, FunctionWords functionWords, CueMatch noun) {
    WordCursor words = new WordCursor(scope.reading);
    int before = words.wordStartBefore(noun.start(), scope.sentence.foldedStart());
    return before >= 0 && functionWords.startsAt(scope.reading.text(), before, FunctionWords.Kind.INDEFINITE);
  }

  /** "a number of agreements", "bir neçə sənəd": documents the text does not single out. */
  private static boolean isVague(SentenceScope scope, CueMatch noun) {
    return scope.cues(Cue.VAGUE).stream().anyMatch(v -> v.end() <= noun.start()
        && Words.between(scope.folded, v.end(), noun.start(), VAGUE_WORDS) <= VAGUE_WORDS);
  }
}
