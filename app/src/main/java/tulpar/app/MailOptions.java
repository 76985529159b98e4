package tulpar.app;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;
import tulpar.alerts.email.SmtpSettings;

/** The SMTP server email alerts go through, and where people reach the API from links in them. */
final class MailOptions {

  @Option(names = "--smtp-host", paramLabel = "HOST", description = "SMTP server for email alerts; without it,"
      + " email subscriptions are refused.")
  String host;

  @Option(names = "--smtp-port", paramLabel = "N", defaultValue = "587", description = "SMTP port.")
  int port;

  @Option(names = "--smtp-from", paramLabel = "ADDRESS", defaultValue = "Tulpar <tulpar@localhost>",
      description = "Sender of email alerts.")
  String from;

  @Option(names = "--smtp-user", paramLabel = "NAME", description = "SMTP login (with --smtp-password).")
  String user;

  @Option(names = "--smtp-password", paramLabel = "SECRET", description = "SMTP password. Prefer the"
      + " TULPAR_SMTP_PASSWORD variable: command lines are visible to other users.")
  String password;

  @Option(names = "--smtp-starttls", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Require STARTTLS before sending (--no-smtp-starttls for a local test server).")
  boolean startTls;

  @Option(names = "--public-url", paramLabel = "URL", defaultValue = "http://localhost:8080",
      description = "Where people reach this Tulpar's HTTP API, for unsubscribe links in emails.")
  URI publicUrl;

  Optional<SmtpSettings> smtp() {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    try {
      SmtpSettings settings = SmtpSettings.of(host, from).withPort(port).withStartTls(startTls);
      return Optional.of(user == null && password == null ? settings : settings.withLogin(user, password));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }
}
