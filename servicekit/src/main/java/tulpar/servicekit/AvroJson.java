package tulpar.servicekit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Renders Avro records as plain JSON for people and HTTP clients: unions as their value (not Avro's
 * {@code {"string": …}} wrapping), timestamps as ISO-8601, enums as names, bytes as base64.
 */
public final class AvroJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AvroJson() {}

  public static JsonNode toJson(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof IndexedRecord record) {
      ObjectNode node = NODES.objectNode();
      for (Schema.Field field : record.getSchema().getFields()) {
        node.set(field.name(), toJson(record.get(field.pos())));
      }
      return node;
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((k, v) -> node.set(String.valueOf(k), toJson(v)));
      return node;
    }
    if (value instanceof Enum<?> || value instanceof GenericEnumSymbol<?> || value instanceof CharSequence) {
      return NODES.textNode(value.toString());
    }
    if (value instanceof Instant instant) {
      return NODES.textNode(instant.toString());
    }
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof byte[] bytes) {
      return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof GenericContainer container) {
      return NODES.textNode(container.toString());
    }
    return Json.MAPPER.valueToTree(value);
  }

  public static String toJsonString(Object value) {
    return toJson(value).toString();
  }
}
