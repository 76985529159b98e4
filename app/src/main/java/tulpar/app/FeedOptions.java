package tulpar.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import tulpar.ingest.feed.FeedSubscription;
import tulpar.ingest.feed.FeedSubscriptions;

/** Which RSS/Atom feeds ingest polls. */
final class FeedOptions {

  @Option(names = "--feed", paramLabel = "URL", description = "An RSS or Atom feed to poll, optionally followed by"
      + " an interval (\"https://example.org/rss 15m\"). Repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--feeds", paramLabel = "FILE", description = "A file of feeds: one URL per line, an optional"
      + " interval after it, # comments. Repeatable.")
  List<Path> feedFiles = new ArrayList<>();

  @Option(names = "--no-default-feeds", description = "Without --feed or --feeds, poll no feed instead of the"
      + " bundled list of news agencies' feeds.")
  boolean noDefaultFeeds;

  List<FeedSubscription> subscriptions() {
    if (feeds.isEmpty() && feedFiles.isEmpty()) {
      return noDefaultFeeds ? List.of() : FeedSubscriptions.defaults();
    }
    try {
      return FeedSubscriptions.fromOptions(feeds, feedFiles);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
