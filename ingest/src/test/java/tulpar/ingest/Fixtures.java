package tulpar.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** The fixture articles under src/test/resources/articles, written for these tests. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/articles/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture article " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a fixture into a directory under its own name. */
  static Path copy(String name, Path dir) {
    return write(dir.resolve(name), bytes(name));
  }

  static Path write(Path file, byte[] content) {
    try {
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text that lz4 cannot shrink, for records too large for the broker even compressed. */
  static String randomLetters(int count) {
    return new Random(42).ints(count, 'a', 'z' + 1)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
