package tulpar.alerts.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;

/** What Tulpar accepts as an email target: one bare address ({@code ops@example.com}), no display name, no list. */
public final class EmailAddresses {

  /** RFC 5321's limit on a forward path. */
  private static final int MAX_LENGTH = 254;

  private EmailAddresses() {}

  /** The problem with {@code text} as an address, in words that fit after the field name; empty when it is fine. */
  public static Optional<String> problem(String text) {
    if (text.length() > MAX_LENGTH) {
      return Optional.of("is longer than " + MAX_LENGTH + " characters");
    }
    try {
      InternetAddress address = new InternetAddress(text, true);
      address.validate();
      if (address.getPersonal() != null || !address.getAddress().equals(text) || text.indexOf('@') < 1) {
        return Optional.of("must be one bare address such as \"ops@example.com\", without a name");
      }
      return Optional.empty();
    } catch (AddressException e) {
      return Optional.of("is not an email address: " + e.getMessage());
    }
  }
}
