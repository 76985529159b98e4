package tulpar.streams.tagging;

import java.time.Clock;
import tulpar.schemas.Article;
import tulpar.schemas.EnrichedArticle;
import tulpar.streams.lexicon.Gazetteer;

/**
 * Reads an article and tags it: countries, organisations, people, topics, money figures and the cooperation
 * events it reports. The streams topology and the offline {@code tulpar tag} command use the same tagger.
 * Implementations are thread-safe and reusable.
 */
public interface ArticleTagger {

  EnrichedArticle tag(Article article);

  /** The standard tagger over the bundled lexicon, stamping {@code enrichedAt} from the system clock. */
  static ArticleTagger standard() {
    return standard(Clock.systemUTC());
  }

  /** The standard tagger, stamping {@code enrichedAt} from the given clock. */
  static ArticleTagger standard(Clock clock) {
    return new StandardArticleTagger(Gazetteer.standard(), clock);
  }
}
