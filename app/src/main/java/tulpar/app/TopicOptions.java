package tulpar.app;

import picocli.CommandLine.Option;

/** How Tulpar's topics are created when they are missing. */
final class TopicOptions {

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
      description = "Partitions of each topic Tulpar creates (existing topics are left as they are).")
  int partitions;

  @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
      description = "Replicas of each topic Tulpar creates; use 3 on a production cluster.")
  short replicationFactor;

  AllInOne.Topics topics() {
    if (partitions < 1 || replicationFactor < 1) {
      throw new BadInputException("--partitions and --replication-factor must be at least 1.");
    }
    return new AllInOne.Topics(partitions, replicationFactor);
  }
}
