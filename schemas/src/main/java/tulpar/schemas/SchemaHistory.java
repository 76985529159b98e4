package tulpar.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of each top-level schema, kept in the jar under
 * {@code tulpar/schemas/history/<Name>/v<N>.avsc} (standalone, nested types inlined). The serdes use it to
 * read values written by older producers; {@code SchemaCompatibilityTest} uses it to refuse incompatible
 * changes.
 */
public final class SchemaHistory {

  private static final int MAX_VERSIONS = 1000;

  private SchemaHistory() {}

  /** All recorded versions of the record named like {@code schema}, oldest first. */
  public static List<Schema> versions(Schema schema) {
    List<Schema> versions = new ArrayList<>();
    for (int v = 1; v < MAX_VERSIONS; v++) {
      String path = resourcePath(schema.getName(), v);
      try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          break;
        }
        versions.add(new Schema.Parser().parse(in));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read schema history " + path, e);
      }
    }
    return versions;
  }

  /** Recorded versions that differ from {@code schema} (by fingerprint). */
  public static List<Schema> previousVersions(Schema schema) {
    return versions(schema).stream().filter(old -> !old.equals(schema)).toList();
  }

  public static String resourcePath(String recordName, int version) {
    return "tulpar/schemas/history/" + recordName + "/v" + version + ".avsc";
  }
}
