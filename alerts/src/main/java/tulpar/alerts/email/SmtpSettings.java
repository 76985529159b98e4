package tulpar.alerts.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMTP server email alerts go through. Invalid values are reported together, each naming its setting.
 *
 * @param host     the server's host name
 * @param port     usually 587 (submission, with STARTTLS) or 25
 * @param from     the sender, e.g. {@code Tulpar <alerts@example.org>}
 * @param username with {@code password}: log in (SMTP AUTH); both empty: send without logging in
 * @param password never logged, never shown by {@link #toString()}
 * @param startTls upgrade the connection with STARTTLS before anything else is sent, and refuse to send if the
 *                 server cannot (default true): credentials and alerts never cross the network in clear text
 */
public record SmtpSettings(String host, int port, String from, Optional<String> username, Optional<String> password,
                           boolean startTls) {

  public static final int DEFAULT_PORT = 587;

  public SmtpSettings {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    List<String> problems = new ArrayList<>();
    if (host == null || host.isBlank()) {
      problems.add("The 'smtp.host' value is invalid: must name the SMTP server");
    }
    if (port < 1 || port > 65535) {
      problems.add("The 'smtp.port' value " + port + " is invalid: must be between 1 and 65535");
    }
    fromProblem(from).ifPresent(problems::add);
    if (username.isPresent() != password.isPresent()) {
      problems.add("The 'smtp.username' and 'smtp.password' values are invalid: give both, or neither to send"
          + " without logging in");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  /** A server on the submission port with STARTTLS, without logging in. */
  public static SmtpSettings of(String host, String from) {
    return new SmtpSettings(host, DEFAULT_PORT, from, Optional.empty(), Optional.empty(), true);
  }

  public SmtpSettings withPort(int newPort) {
    return new SmtpSettings(host, newPort, from, username, password, startTls);
  }

  public SmtpSettings withLogin(String newUsername, String newPassword) {
    return new SmtpSettings(host, port, from, Optional.of(newUsername), Optional.of(newPassword), startTls);
  }

  public SmtpSettings withStartTls(boolean required) {
    return new SmtpSettings(host, port, from, username, password, required);
  }

  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", from=" + from + ", username=" + username.orElse("")
        + ", password=" + (password.isPresent() ? "(set)" : "(none)") + ", startTls=" + startTls + "]";
  }

  private static Optional<String> fromProblem(String from) {
    if (from == null || from.isBlank()) {
      return Optional.of("The 'smtp.from' value is invalid: must be the sender's address, e.g. alerts@example.org");
    }
    try {
      new InternetAddress(from, true).validate();
      return Optional.empty();
    } catch (AddressException e) {
      return Optional.of("The 'smtp.from' value " + from + " is invalid: " + e.getMessage());
    }
  }
}
