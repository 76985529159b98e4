package tulpar.ingest.feed;

import java.util.Objects;
import tulpar.ingest.article.ArticleDraft;

/**
 * One entry of a feed as a draft article, with what identifies the entry within its feed (its guid or id, else
 * its link, else its title and date), which is what the ledger remembers.
 */
record FeedItem(String identity, ArticleDraft draft) {

  FeedItem {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(draft, "draft");
  }
}
