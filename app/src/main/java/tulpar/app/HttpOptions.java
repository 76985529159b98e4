package tulpar.app;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The HTTP API of a process. */
final class HttpOptions {

  @Option(names = "--http-port", paramLabel = "N", defaultValue = "8080",
      description = "Port of the HTTP API and GET /health; 0 picks a free one.")
  int httpPort;

  @Option(names = "--api-token", paramLabel = "TOKEN",
      description = "Require 'Authorization: Bearer TOKEN' on /api/v1. Prefer the TULPAR_API_TOKEN variable:"
          + " command lines are visible to other users.")
  String apiToken;

  Optional<String> apiToken() {
    return Optional.ofNullable(apiToken).filter(t -> !t.isBlank());
  }
}
