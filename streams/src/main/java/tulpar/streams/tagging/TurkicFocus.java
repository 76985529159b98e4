package tulpar.streams.tagging;

import java.util.List;
import tulpar.schemas.EventMention;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.CountryMention;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.TermMatch;
import tulpar.streams.text.Words;

/**
 * Where an article speaks of cooperation among Turkic states, sentence by sentence, and whether it does at all.
 * Tags describe that cooperation, not every place a word occurs.
 *
 * <ul>
 *   <li>A sentence is about <b>cooperation</b> when it names two Turkic states, or one and a Turkic
 *       organisation, or a Turkic organisation alone, and no foreign partner;</li>
 *   <li><b>Turkic</b> when it names a single Turkic state and no foreign partner;</li>
 *   <li><b>foreign</b> when it names a non-Turkic state or organisation: "Russia remains one of the largest
 *       trade partners of Kazakhstan", "the route runs through China, Kazakhstan, … Georgia";</li>
 *   <li><b>neutral</b> when it names none ("The talks covered trade and transit").</li>
 * </ul>
 *
 * The article is about Turkic cooperation when it reports an event between Turkic states or has a sentence about
 * cooperation; else (Turkish domestic politics, Kazakhstan and China, an SCO summit) it gets no Turkic countries
 * and no topics. A dateline ("BAKU, Azerbaijan, Feb. 20") says where the agency wrote, not who took part: its
 * names count for nothing.
 */
final class TurkicFocus {

  enum Kind { COOPERATION, TURKIC, FOREIGN, NEUTRAL }

  private final ArticleReading reading;
  private final Gazetteer gazetteer;
  private final Dateline dateline;
  private final Kind[] kinds;
  private final boolean cooperation;

  private TurkicFocus(ArticleReading reading, Gazetteer gazetteer, List<EventMention> events) {
    this.reading = reading;
    this.gazetteer = gazetteer;
    this.dateline = Dateline.of(reading);
    List<Sentence> sentences = reading.sentences();
    this.kinds = new Kind[sentences.size()];
    boolean any = events.stream().anyMatch(e -> e.getParties().size() >= 2);
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = classify(sentences.get(i));
      any |= kinds[i] == Kind.COOPERATION;
    }
    this.cooperation = any;
  }

  static TurkicFocus of(ArticleReading reading, Gazetteer gazetteer, List<EventMention> events) {
    return new TurkicFocus(reading, gazetteer, events);
  }

  boolean aboutTurkicCooperation() {
    return cooperation;
  }

  /** The kind of the sentence at this index of {@link ArticleReading#sentences()}. */
  Kind kind(int sentence) {
    return kinds[sentence];
  }

  boolean inDateline(int foldedOffset) {
    return dateline.contains(foldedOffset);
  }

  /**
   * Whether the mention at this index of {@link ArticleReading#countryMentions()} is an item of a list of Turkic
   * states: next to another one with nothing but a comma or a conjunction between ("Azerbaijan, Kazakhstan and
   * Uzbekistan", "Қазақстан мен Түркия").
   */
  boolean listedWithAnotherTurkicState(int index) {
    List<CountryMention> all = reading.countryMentions();
    return (index > 0 && listed(all.get(index - 1), all.get(index))) || (index + 1 < all.size()
        && listed(all.get(index), all.get(index + 1)));
  }

  private boolean listed(CountryMention before, CountryMention after) {
    if (before.code().equals(after.code()) || !before.turkic()
        || !after.turkic()) {
      return false;
    }
    int from = before.match().end();
    int to = after.start();
    if (to < from || Words.between(reading.text().folded(), from, to, 1) > 1) {
      return false;
    }
    int dot = reading.text().folded().indexOf('.', from);
    return dot < 0 || dot >= to;
  }

  private Kind classify(Sentence sentence) {
    int turkicStates = 0;
    String firstTurkic = null;
    boolean foreign = false;
    for (CountryMention mention : reading.countryMentionsIn(sentence.foldedStart(), sentence.foldedEnd())) {
      if (dateline.contains(mention.start())) {
        continue;
      }
      if (!mention.turkic()) {
        foreign = true;
      } else if (firstTurkic == null) {
        firstTurkic = mention.code();
        turkicStates = 1;
      } else if (!firstTurkic.equals(mention.code())) {
        turkicStates = 2;
      }
    }
    boolean turkicOrganization = false;
    for (TermMatch<Term> match : reading.matches().within(Vocabulary.ORGANIZATION, sentence.foldedStart(),
        sentence.foldedEnd())) {
      Organization organization = gazetteer.organization(match.payload().key());
      foreign |= !organization.turkic();
      turkicOrganization |= organization.turkic();
    }
    if (foreign) {
      return Kind.FOREIGN;
    }
    if (turkicStates >= 2 || turkicOrganization) {
      return Kind.COOPERATION;
    }
    return turkicStates == 1 ? Kind.TURKIC : Kind.NEUTRAL;
  }
}
