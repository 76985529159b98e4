package tulpar.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value schema on a Tulpar topic must stay readable both ways against every released version: new
 * code reads old records (backward) and old consumers read new records (forward). (The streams dead-letter
 * topic carries records as they came, in whatever bytes they had, so it has no schema of its own.)
 */
class SchemaCompatibilityTest {

  static Stream<Schema> topicValueSchemas() {
    return Topics.ALL.stream()
        .filter(topic -> topic.valueSerde() instanceof AvroSerde<?>)
        .map(topic -> ((AvroSerde<?>) topic.valueSerde()).type())
        .map(type -> SpecificData.get().getSchema(type));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topicValueSchemas")
  void currentSchemaIsRecordedAsTheLatestVersion(Schema current) {
    List<Schema> versions = SchemaHistory.versions(current);
    assertThat(versions)
        .as("%s has no history; add it as %s", current.getName(),
            SchemaHistory.resourcePath(current.getName(), 1))
        .isNotEmpty();
    assertThat(versions.get(versions.size() - 1))
        .as("%s changed since its last recorded version: if the change is intended, record it as %s",
            current.getName(), SchemaHistory.resourcePath(current.getName(), versions.size() + 1))
        .isEqualTo(current);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("topicValueSchemas")
  void currentSchemaIsBackwardAndForwardCompatibleWithEveryVersion(Schema current) {
    for (Schema old : SchemaHistory.versions(current)) {
      assertThat(incompatibilities(current, old)).as("%s backward", current.getName()).isEmpty();
      assertThat(incompatibilities(old, current)).as("%s forward", current.getName()).isEmpty();
    }
  }

  @Test
  void checkRejectsAFieldAddedWithoutADefault() {
    Schema old = SchemaBuilder.record("Thing").fields().requiredString("a").endRecord();
    Schema changed = SchemaBuilder.record("Thing").fields().requiredString("a").requiredInt("b").endRecord();

    assertThat(incompatibilities(changed, old)).singleElement().asString().contains("b");
    assertThat(incompatibilities(old, changed)).isEmpty();
  }

  @Test
  void checkRejectsARemovedEnumSymbolWithoutADefault() {
    Schema old = SchemaBuilder.enumeration("Colour").symbols("RED", "GREEN");
    Schema changed = SchemaBuilder.enumeration("Colour").symbols("RED");

    assertThat(incompatibilities(changed, old)).isNotEmpty();
  }

  private static List<String> incompatibilities(Schema reader, Schema writer) {
    var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();
    List<String> problems = new ArrayList<>();
    if (result.getCompatibility() != SchemaCompatibilityType.COMPATIBLE) {
      result.getIncompatibilities().forEach(i -> problems.add(i.getLocation() + ": " + i.getMessage()));
    }
    return problems;
  }
}
