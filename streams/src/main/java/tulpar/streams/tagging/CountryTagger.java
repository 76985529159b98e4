package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EventMention;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.Country;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.CountryMention;

/**
 * Tags the countries an article names (see {@link ArticleReading#countryMentions()} for what counts as naming).
 *
 * <p>A Turkic state is tagged when it takes part in the Turkic cooperation the article reports
 * ({@link TurkicFocus}): a party to one of its events (named or not: the members of the OTS take part in its
 * summit), named in the title, listed with other Turkic states ("experts from Azerbaijan, Kazakhstan,
 * Kyrgyzstan"), or named twice where no foreign partner is. The members of an organisation whose event the lead
 * reports take part unless the text lists who did. A single passing mention ("after hosting a delegation from
 * Uzbekistan last month"), a point on a route through other countries, a dateline, or an article with no Turkic
 * cooperation in it do not make it a participant. Other countries are tagged whenever named, as context: they can never make an alert.
 */
final class CountryTagger {

  private static final int PARTICIPANT_MENTIONS = 2;
  private static final int LEAD_SENTENCES = 3;

  private final Gazetteer gazetteer;

  CountryTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<CountryTag> tag(ArticleReading reading, TurkicFocus focus, List<EventMention> events) {
    Map<String, List<Integer>> byCode = new LinkedHashMap<>();
    List<CountryMention> all = reading.countryMentions();
    for (int i = 0; i < all.size(); i++) {
      byCode.computeIfAbsent(all.get(i).code(), c -> new ArrayList<>()).add(i);
    }
    List<CountryTag> tags = new ArrayList<>();
    Set<String> parties = new HashSet<>();
    if (focus.aboutTurkicCooperation()) {
      events.stream().filter(e -> e.getParties().size() >= 2).forEach(e -> parties.addAll(e.getParties()));
    }
    byCode.forEach((code, mentions) -> {
      Country country = gazetteer.country(code);
      if (!country.turkic() || parties.contains(code) || participates(reading, focus, mentions)) {
        List<Span> spans = mentions.stream().map(i -> all.get(i).match().span()).toList();
        tags.add(new CountryTag(code, country.turkic(), spans.size(), spans));
      }
    });
    for (EventMention event : events) {
      if (!leadEvent(reading, event) || namesItsParties(event, byCode.keySet())) {
        continue;
      }
      for (String party : event.getParties()) {
        if (parties.contains(party) && !byCode.containsKey(party)) {
          // Never named, but a party all the same: a member of the organisation whose event the lead reports.
          byCode.put(party, List.of());
          tags.add(new CountryTag(party, true, 0, List.of(event.getEvidence())));
        }
      }
    }
    tags.sort(Comparator.comparingInt((CountryTag t) -> -t.getMentions()).thenComparing(CountryTag::getCode));
    return tags;
  }

  /** Whether an event is told in the article's lead: the title or its first sentences. */
  private static boolean leadEvent(ArticleReading reading, EventMention event) {
    int sentence = reading.sentenceIndexAt(reading.text().foldedIndexAt(event.getEvidence().getStart()));
    return sentence >= 0 && sentence < LEAD_SENTENCES;
  }

  /**
   * Whether the text names all of an event's parties but one: then it lists who took part ("attended by the
   * ministers of …"), and a member it leaves out did not.
   */
  private static boolean namesItsParties(EventMention event, Set<String> named) {
    long namedParties = event.getParties().stream().filter(named::contains).count();
    return namedParties >= event.getParties().size() - 1;
  }

  /** @param mentions indexes in {@link ArticleReading#countryMentions()} */
  private static boolean participates(ArticleReading reading, TurkicFocus focus, List<Integer> mentions) {
    if (!focus.aboutTurkicCooperation()) {
      return false;
    }
    int titleEnd = reading.text().foldedIndexAt(reading.article().getTitle().length());
    int counted = 0;
    for (int index : mentions) {
      CountryMention mention = reading.countryMentions().get(index);
      int sentence = reading.sentenceIndexAt(mention.start());
      if (focus.inDateline(mention.start()) || (sentence >= 0 && focus.kind(sentence) == TurkicFocus.Kind.FOREIGN)) {
        continue;
      }
      if (mention.start() < titleEnd || focus.listedWithAnotherTurkicState(index)) {
        return true;
      }
      counted++;
    }
    return counted >= PARTICIPANT_MENTIONS;
  }
}
