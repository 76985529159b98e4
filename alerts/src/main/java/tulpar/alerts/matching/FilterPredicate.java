package tulpar.alerts.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventSource;
import tulpar.schemas.SubscriptionFilter;

/**
 * Whether a filter accepts one event. Every list of a filter must be satisfied and an empty list is satisfied by
 * any event: countries by any of the event's parties, event types by its type, topics by any of its topics,
 * keywords by any phrase found in its name or in the title of one of its sources.
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

  boolean accepts(SubscriptionFilter filter) {
    return anyOrEmpty(filter.getCountries(), country -> event.getParties().contains(country))
        && anyOrEmpty(filter.getEventTypes(), type -> type == event.getType())
        && anyOrEmpty(filter.getTopics(), topic -> event.getTopics().stream()
            .anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(topic)))
        && anyOrEmpty(filter.getKeywords(), keyword -> {
          String phrase = TextFold.fold(keyword);
          return foldedTexts.stream().anyMatch(text -> TextFold.containsPhrase(text, phrase));
        });
  }

  private static <T> boolean anyOrEmpty(List<T> wanted, Predicate<T> present) {
    return wanted.isEmpty() || wanted.stream().anyMatch(present);
  }
}
