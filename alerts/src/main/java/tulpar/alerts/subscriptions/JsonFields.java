package tulpar.alerts.subscriptions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import tulpar.servicekit.Json;

/** Strict reading of request bodies: every problem is an {@link IllegalArgumentException} naming the field. */
final class JsonFields {

  private static final ObjectReader READER = Json.MAPPER.reader()
      .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonFields() {}

  /** The body as a tree; a missing node for an empty body. */
  static JsonNode read(String body) {
    try {
      JsonNode root = READER.readTree(body);
      return root == null ? Json.MAPPER.missingNode() : root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new IllegalArgumentException("Malformed JSON: " + e.getOriginalMessage()
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"), e);
    }
  }

  /** Refuses a field not in {@code known}, so that a typo is reported rather than silently ignored. */
  static void rejectUnknown(JsonNode object, String prefix, List<String> known) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown field '" + prefix + name + "'; expected "
            + (prefix.isEmpty() ? "" : "in '" + prefix.substring(0, prefix.length() - 1) + "' ")
            + "one of " + String.join(", ", known));
      }
    }
  }

  /**
   * One of a few words, ignoring case, e.g. {@code "countriesMatch": "all"}; {@code absent} when the field is
   * missing or null.
   */
  static <T> T choice(JsonNode node, String field, T absent, List<T> allowed, Function<T, String> word) {
    if (node == null || node.isNull()) {
      return absent;
    }
    String words = allowed.stream().map(value -> "\"" + word.apply(value) + "\"").collect(Collectors.joining(", "));
    if (!node.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be one of " + words);
    }
    String text = node.asText().trim();
    return allowed.stream()
        .filter(value -> word.apply(value).equalsIgnoreCase(text))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("'" + field + "' must be one of " + words + ", not \""
            + node.asText() + "\""));
  }
}
