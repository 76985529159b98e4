package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.SubscriptionFilter;

/**
 * The {@code filter} object of a subscription request, validated and normalised. Every problem is an
 * {@link IllegalArgumentException} whose message names the field, e.g. {@code 'filter.countries[1]'}.
 */
final class FilterRequest {

  static final List<String> FIELDS = List.of("countries", "countriesMatch", "topics", "eventTypes", "statuses",
      "keywords");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** The topic vocabulary of DESIGN.md, which the tagger assigns. */
  private static final List<String> TOPICS = List.of("trade", "investment", "energy", "transport", "defense", "education",
      "culture", "agriculture", "technology", "diplomacy", "health", "finance", "mining", "tourism");
  private static final List<EventType> EVENT_TYPES = List.of(EventType.AGREEMENT, EventType.SUMMIT, EventType.MEETING);
  /** UNKNOWN is what readers of an older schema see; nobody subscribes to it. */
  private static final List<EventStatus> STATUSES = List.of(EventStatus.ANNOUNCED, EventStatus.PLANNED,
      EventStatus.HELD, EventStatus.SIGNED);
  private static final int MAX_FILTER_VALUES = 100;
  private static final int MAX_KEYWORD_LENGTH = 200;

  private FilterRequest() {}

  static SubscriptionFilter parse(JsonNode node) {
    if (node == null || node.isNull()) {
      return SubscriptionFilter.newBuilder().build();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("'filter' must be an object with the lists countries, topics, eventTypes,"
          + " statuses, keywords and the choice countriesMatch");
    }
    JsonFields.rejectUnknown(node, "filter.", FIELDS);
    return SubscriptionFilter.newBuilder()
        .setCountries(values(node, "countries", FilterRequest::country))
        .setCountriesMatch(JsonFields.choice(node.get("countriesMatch"), "filter.countriesMatch",
            CountryMatch.ANY, List.of(CountryMatch.ANY, CountryMatch.ALL), m -> m.name().toLowerCase(Locale.ROOT)))
        .setTopics(values(node, "topics", FilterRequest::topic))
        .setEventTypes(values(node, "eventTypes", (path, text) -> oneOf(path, text, "event type", EVENT_TYPES)))
        .setStatuses(values(node, "statuses", (path, text) -> oneOf(path, text, "status", STATUSES)))
        .setKeywords(values(node, "keywords", FilterRequest::keyword))
        .build();
  }

  /** The distinct, normalised values of one filter list; {@code parse} gets the field path and the raw text. */
  private static <T> List<T> values(JsonNode filter, String name, BiFunction<String, String, T> parse) {
    JsonNode list = filter.get(name);
    String field = "filter." + name;
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be a list of strings");
    }
    if (list.size() > MAX_FILTER_VALUES) {
      throw new IllegalArgumentException("'" + field + "' has more than " + MAX_FILTER_VALUES + " values");
    }
    Set<T> values = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode item = list.get(i);
      String path = field + "[" + i + "]";
      if (!item.isTextual()) {
        throw new IllegalArgumentException("'" + path + "' must be a string");
      }
      values.add(parse.apply(path, item.asText().trim()));
    }
    return new ArrayList<>(values);
  }

  private static String country(String path, String text) {
    String code = text.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("'" + path + "': \"" + text + "\" is not an ISO 3166-1 alpha-2 country"
          + " code such as KZ, TR, UZ");
    }
    return code;
  }

  private static String topic(String path, String text) {
    String topic = text.toLowerCase(Locale.ROOT);
    if (!TOPICS.contains(topic)) {
      throw new IllegalArgumentException("'" + path + "': unknown topic \"" + text + "\"; known topics: "
          + String.join(", ", TOPICS));
    }
    return topic;
  }

  private static <E extends Enum<E>> E oneOf(String path, String text, String what, List<E> allowed) {
    return allowed.stream()
        .filter(value -> value.name().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + path + "': unknown " + what + " \"" + text
            + "\"; expected one of " + Arrays.toString(allowed.toArray())));
  }

  private static String keyword(String path, String text) {
    if (text.isEmpty() || text.length() > MAX_KEYWORD_LENGTH) {
      throw new IllegalArgumentException("'" + path + "' must be a phrase of 1 to " + MAX_KEYWORD_LENGTH
          + " characters");
    }
    return text;
  }
}
