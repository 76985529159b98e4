package tulpar.app.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article the mix is varied from: its text cut into paragraphs of sentences, its language and publication
 * date, and whether it reports agreements or summits that should alert (every such mention newsworthy).
 */
record Template(String name, String language, LocalDate published, List<List<String>> paragraphs, boolean reportsEvents) {

  Template {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(published, "published");
    paragraphs = paragraphs.stream().map(List::copyOf).toList();
  }

  List<String> sentences() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }
}
