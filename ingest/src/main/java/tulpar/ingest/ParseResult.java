package tulpar.ingest;

import java.util.List;
import java.util.Objects;
import tulpar.schemas.Article;

/** What an input became: an article, or a {@link Rejection} saying why not. */
public sealed interface ParseResult permits ParseResult.Accepted, Rejection {

  /** An article, and what had to be repaired to read it (another encoding, HTML), empty when nothing. */
  record Accepted(Article article, List<String> repairs) implements ParseResult {
    public Accepted {
      Objects.requireNonNull(article, "article");
      repairs = List.copyOf(repairs);
    }

    public Accepted(Article article) {
      this(article, List.of());
    }
  }
}
