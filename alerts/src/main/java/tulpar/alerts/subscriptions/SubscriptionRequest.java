package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import tulpar.schemas.Channel;
import tulpar.schemas.EventType;
import tulpar.schemas.SubscriptionFilter;
import tulpar.servicekit.Json;

/**
 * The body of {@code POST /api/v1/subscriptions}, validated. Every problem is an
 * {@link IllegalArgumentException} whose message names the field, which the HTTP API answers with 400.
 */
public record SubscriptionRequest(Channel channel, URI target, SubscriptionFilter filter) {

  private static final ObjectReader READER = Json.MAPPER.reader()
      .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final List<String> FIELDS = List.of("channel", "target", "filter");
  private static final List<String> FILTER_FIELDS = List.of("countries", "topics", "eventTypes", "keywords");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  /** The topic vocabulary of DESIGN.md, which the tagger assigns. */
  private static final List<String> TOPICS = List.of("trade", "investment", "energy", "transport", "defense", "education",
      "culture", "agriculture", "technology", "diplomacy", "health", "finance", "mining", "tourism");
  private static final List<EventType> EVENT_TYPES = List.of(EventType.AGREEMENT, EventType.SUMMIT, EventType.MEETING);
  private static final int MAX_TARGET_LENGTH = 2048;
  private static final int MAX_FILTER_VALUES = 100;
  private static final int MAX_KEYWORD_LENGTH = 200;

  public static SubscriptionRequest parse(String body) {
    JsonNode root = readJson(body);
    if (!root.isObject()) {
      throw new IllegalArgumentException("The request body must be a JSON object:"
          + " {\"channel\": \"webhook\", \"target\": \"https://…\", \"filter\": {…}}");
    }
    rejectUnknownFields(root, "", FIELDS);
    return new SubscriptionRequest(channel(root.get("channel")), target(root.get("target")),
        filter(root.get("filter")));
  }

  private static JsonNode readJson(String body) {
    try {
      JsonNode root = READER.readTree(body);
      return root == null ? Json.MAPPER.missingNode() : root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException("Malformed JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    }
  }

  private static void rejectUnknownFields(JsonNode object, String prefix, List<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown field '" + prefix + name + "'; expected "
            + (prefix.isEmpty() ? "" : "in '" + prefix.substring(0, prefix.length() - 1) + "' ")
            + "one of " + String.join(", ", known));
      }
    }
  }

  private static Channel channel(JsonNode node) {
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("'channel' is required and must be \"webhook\"");
    }
    return switch (node.asText().trim().toLowerCase(Locale.ROOT)) {
      case "webhook" -> Channel.WEBHOOK;
      case "email" -> throw new IllegalArgumentException("'channel': email delivery is not available in this"
          + " version yet (it comes with SMTP support); use \"webhook\"");
      default -> throw new IllegalArgumentException("'channel' must be \"webhook\", not \"" + node.asText() + "\"");
    };
  }

  private static URI target(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new IllegalArgumentException("'target' is required: the webhook URL, e.g."
          + " \"https://example.com/hooks/tulpar\"");
    }
    String text = node.asText().trim();
    if (text.length() > MAX_TARGET_LENGTH) {
      throw new IllegalArgumentException("'target' is longer than " + MAX_TARGET_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'target' is not a valid URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("'target' must be an absolute http:// or https:// URL with a host name,"
          + " e.g. \"https://example.com/hooks/tulpar\"");
    }
    return uri;
  }

  private static SubscriptionFilter filter(JsonNode node) {
    if (node == null || node.isNull()) {
      return SubscriptionFilter.newBuilder().build();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("'filter' must be an object with the lists "
          + String.join(", ", FILTER_FIELDS));
    }
    rejectUnknownFields(node, "filter.", FILTER_FIELDS);
    return SubscriptionFilter.newBuilder()
        .setCountries(values(node, "countries", SubscriptionRequest::country))
        .setTopics(values(node, "topics", SubscriptionRequest::topic))
        .setEventTypes(values(node, "eventTypes", SubscriptionRequest::eventType))
        .setKeywords(values(node, "keywords", SubscriptionRequest::keyword))
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

  private static EventType eventType(String path, String text) {
    return EVENT_TYPES.stream()
        .filter(type -> type.name().equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + path + "': unknown event type \"" + text
            + "\"; expected one of " + Arrays.toString(EVENT_TYPES.toArray())));
  }

  private static String keyword(String path, String text) {
    if (text.isEmpty() || text.length() > MAX_KEYWORD_LENGTH) {
      throw new IllegalArgumentException("'" + path + "' must be a phrase of 1 to " + MAX_KEYWORD_LENGTH
          + " characters");
    }
    return text;
  }
}
