package tulpar.app;

import java.nio.file.Path;

/** Where the shared news corpus is, when this clone has one beside it. */
final class Corpus {

  private Corpus() {}

  static Path dir() {
    return Path.of(System.getProperty("tulpar.corpus.dir", "../shared/corpus"));
  }
}
