package tulpar.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The fixture feeds under src/test/resources/feeds, written for these tests. */
final class FeedFixtures {

  private FeedFixtures() {}

  /** A fixture with {@code {run}} replaced, so each test's entries are its own on the shared broker. */
  static byte[] bytes(String name, String run) {
    try (InputStream in = FeedFixtures.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture feed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{run}", run)
          .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
