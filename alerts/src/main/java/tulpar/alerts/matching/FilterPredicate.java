package tulpar.alerts.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventSource;
import tulpar.schemas.SubscriptionFilter;

/**
 * Whether a filter accepts one event. Every list of a filter must be satisfied and an empty list is satisfied by
 * any event: countries by any of the event's parties (or, with {@code countriesMatch: ALL}, by all of them taking
 * part), event types by its type, statuses by its status, topics by any of its topics, keywords by any phrase
 * found in its name or in the title of one of its sources.
 */
final class FilterPredicate {

  private final CooperationEvent event;
  /** Folded once per event, not once per subscription. */
  private final List<String> foldedTexts;

  FilterPredicate(CooperationEvent event) {
    this.event = event;
    this.foldedTexts = Stream.concat(Stream.of(event.getName()), event.getSources().stream().map(EventSource::getTitle))
        .map(TextFold::fold)
        .toList();
  }

  /** The event's name and source titles, folded. */
  List<String> foldedTexts() {
    return foldedTexts;
  }

  /** Keywords last, and folded only then: they cost the most. */
  boolean accepts(SubscriptionFilter filter) {
    return countriesMatch(filter)
        && anyOrEmpty(filter.getEventTypes(), type -> type == event.getType())
        && anyOrEmpty(filter.getStatuses(), status -> status == event.getStatus())
        && anyOrEmpty(filter.getTopics(), topic -> event.getTopics().stream()
            .anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(topic)))
        && anyOrEmpty(foldedKeywords(filter), this::mentions);
  }

  /** Whether the folded phrase occurs in the event's name or in the title of one of its sources. */
  boolean mentions(String foldedPhrase) {
    return foldedTexts.stream().anyMatch(text -> TextFold.containsPhrase(text, foldedPhrase));
  }

  static List<String> foldedKeywords(SubscriptionFilter filter) {
    return filter.getKeywords().stream().map(TextFold::fold).toList();
  }

  private boolean countriesMatch(SubscriptionFilter filter) {
    return filter.getCountriesMatch() == CountryMatch.ALL
        ? event.getParties().containsAll(filter.getCountries())
        : anyOrEmpty(filter.getCountries(), country -> event.getParties().contains(country));
  }

  private static <T> boolean anyOrEmpty(List<T> wanted, Predicate<T> present) {
    return wanted.isEmpty() || wanted.stream().anyMatch(present);
  }
}
