package tulpar.streams;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tulpar.schemas.Article;

/**
 * Reads the shared corpus (system property {@code tulpar.corpus.dir}); tests that use it are skipped when it is
 * not there. Seed files start with " date YYYY-MM-DD" and the article follows on the same line.
 */
public final class SeedCorpus {

  private SeedCorpus() {}

  public static Path directory() {
    String configured = System.getProperty("tulpar.corpus.dir");
    assumeTrue(configured != null && Files.isDirectory(Path.of(configured)),
        "the shared corpus is not available (tulpar.corpus.dir=" + configured + ")");
    return Path.of(configured);
  }

  /** The seed whose file name starts with the given number, e.g. "000". */
  public static Article seed(String number) {
    Path seeds = directory().resolve("seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      Path file = files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No seed " + number + " in " + seeds));
      String text = Files.readString(file).stripLeading();
      String date = text.substring("date ".length(), "date YYYY-MM-DD".length());
      String body = text.substring("date YYYY-MM-DD".length()).strip();
      return Fixtures.article(file.getFileName().toString(), null, date, "", body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
