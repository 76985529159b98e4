package tulpar.ingest.inbox;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** A file in the watched directory as one scan saw it. */
public record InboxFile(Path path, long size, FileTime modified) {

  boolean sameStateAs(InboxFile other) {
    return other != null && size == other.size && modified.equals(other.modified);
  }
}
