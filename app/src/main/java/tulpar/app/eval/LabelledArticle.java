package tulpar.app.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One entry of a labels file in the format of the dev corpus's {@code labels.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledArticle(String file, boolean alert, List<String> countries, List<String> topics,
                              List<LabelledEvent> events) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LabelledEvent(String type, List<String> parties, String status, String date, String place,
                              String name) {}

  public LabelledArticle {
    countries = countries == null ? List.of() : List.copyOf(countries);
    topics = topics == null ? List.of() : List.copyOf(topics);
    events = events == null ? List.of() : List.copyOf(events);
  }

  public static List<LabelledArticle> read(Path labels) throws IOException {
    ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    return List.of(mapper.readValue(labels.toFile(), LabelledArticle[].class));
  }
}
