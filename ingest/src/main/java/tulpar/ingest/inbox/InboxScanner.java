package tulpar.ingest.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the files of the watched directory that are ready to read: not hidden or temporary, and with size and
 * modification time unchanged for the settle time, so a file still being written is left alone. A file handed
 * out once is not handed out again until it changes. Not thread-safe: one scanning thread owns it.
 */
public final class InboxScanner {

  private static final long UNREADABLE_SIZE = -1;

  private final Path dir;
  private final Duration settleTime;
  /** Each file's state when first seen that way, and when. */
  private final Map<Path, Sighting> sightings = new HashMap<>();
  private final Map<Path, InboxFile> handled = new HashMap<>();

  public InboxScanner(Path dir, Duration settleTime) {
    this.dir = dir;
    this.settleTime = settleTime;
  }

  /** Whether a file name can be an article: dot files and the partial files of copiers and editors cannot. */
  public static boolean isCandidate(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && !name.endsWith(".tmp") && !name.endsWith(".part");
  }

  /** The files ready at {@code now}, in name order. */
  public List<InboxFile> settledFiles(Instant now) throws IOException {
    List<InboxFile> present = list();
    Set<Path> paths = present.stream().map(InboxFile::path).collect(Collectors.toSet());
    sightings.keySet().retainAll(paths);
    handled.keySet().retainAll(paths);
    List<InboxFile> ready = new ArrayList<>();
    for (InboxFile file : present) {
      if (file.sameStateAs(handled.get(file.path()))) {
        continue;
      }
      Sighting seen = sightings.get(file.path());
      if (seen == null || !file.sameStateAs(seen.file())) {
        sightings.put(file.path(), new Sighting(file, now));
      } else if (!now.isBefore(seen.since().plus(settleTime))) {
        ready.add(file);
      }
    }
    return ready;
  }

  /** The file was dealt with in this state; it comes back only if it changes. */
  public void markHandled(InboxFile file) {
    handled.put(file.path(), file);
    sightings.remove(file.path());
  }

  private List<InboxFile> list() throws IOException {
    List<InboxFile> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path path : entries) {
        if (isCandidate(path.getFileName().toString())) {
          readState(path).ifPresent(files::add);
        }
      }
    }
    files.sort(Comparator.comparing(file -> file.path().getFileName().toString()));
    return files;
  }

  private static Optional<InboxFile> readState(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.isRegularFile()
          ? Optional.of(new InboxFile(path, attributes.size(), attributes.lastModifiedTime()))
          : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty(); // gone between listing and looking: nothing to do
    } catch (IOException e) {
      // Handed out all the same: reading it fails too, and that becomes a rejection someone sees.
      return Optional.of(new InboxFile(path, UNREADABLE_SIZE, FileTime.fromMillis(0)));
    }
  }

  private record Sighting(InboxFile file, Instant since) {}
}
