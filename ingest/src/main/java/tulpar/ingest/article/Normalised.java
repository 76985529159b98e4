package tulpar.ingest.article;

import java.util.List;
import java.util.Objects;
import tulpar.schemas.Article;

/** A checked article, and what had to be repaired on the way (empty when nothing was), for the log and replies. */
public record Normalised(Article article, List<String> repairs) {

  public Normalised {
    Objects.requireNonNull(article, "article");
    repairs = List.copyOf(repairs);
  }
}
