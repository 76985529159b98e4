package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tulpar.schemas.CountryTag;
import tulpar.schemas.Span;
import tulpar.streams.lexicon.Country;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.CountryMention;

/**
 * Tags the countries an article names (see {@link ArticleReading#countryMentions()} for what counts as naming).
 *
 * <p>A Turkic state is tagged when it takes part in what the article reports: a party to one of its events,
 * named in the title, or named at least twice. A single passing mention ("after hosting a delegation from
 * Uzbekistan last month") does not make it a participant. Other countries are tagged whenever named, as
 * context: they can never make an alert.
 */
final class CountryTagger {

  private static final int PARTICIPANT_MENTIONS = 2;

  private final Gazetteer gazetteer;

  CountryTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<CountryTag> tag(ArticleReading reading, Set<String> eventParties) {
    Map<String, List<Span>> byCode = new LinkedHashMap<>();
    for (CountryMention mention : reading.countryMentions()) {
      byCode.computeIfAbsent(mention.code(), c -> new ArrayList<>()).add(mention.match().span());
    }
    List<CountryTag> tags = new ArrayList<>();
    byCode.forEach((code, spans) -> {
      Country country = gazetteer.country(code);
      if (!country.turkic() || participates(reading, code, spans, eventParties)) {
        tags.add(new CountryTag(code, country.turkic(), spans.size(), spans));
      }
    });
    tags.sort(Comparator.comparingInt((CountryTag t) -> -t.getMentions()).thenComparing(CountryTag::getCode));
    return tags;
  }

  private static boolean participates(ArticleReading reading, String code, List<Span> spans,
                                      Set<String> eventParties) {
    return eventParties.contains(code) || spans.size() >= PARTICIPANT_MENTIONS
        || spans.stream().anyMatch(s -> s.getStart() < reading.article().getTitle().length());
  }
}
