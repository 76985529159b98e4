package tulpar.ingest;

import java.util.Objects;
import tulpar.schemas.Article;

/** What an input became: an article, or a {@link Rejection} saying why not. */
public sealed interface ParseResult permits ParseResult.Accepted, Rejection {

  record Accepted(Article article) implements ParseResult {
    public Accepted {
      Objects.requireNonNull(article, "article");
    }
  }
}
