package tulpar.app.bench;

import java.util.Objects;
import tulpar.schemas.Article;

/** An article of the mix and what it is there for. */
record BenchArticle(Article article, Kind kind) {

  enum Kind {
    /** A varied copy of an article that reports agreements or summits: new events, so new alerts. */
    EVENT,
    /** A varied copy of an article without agreements or summits. */
    BACKGROUND,
    /** An article published again as it was: the same id and text. */
    EXACT_DUPLICATE,
    /** A syndicated copy: another URL and headline, the same text and an agency's credit line. */
    NEAR_DUPLICATE
  }

  BenchArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
  }
}
