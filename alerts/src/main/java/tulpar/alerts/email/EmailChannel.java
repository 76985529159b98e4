package tulpar.alerts.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import tulpar.alerts.delivery.AlertChannel;
import tulpar.alerts.delivery.Notification;
import tulpar.alerts.delivery.SendResult;
import tulpar.schemas.Subscription;

/**
 * Delivers a notification as an email through the configured SMTP server: a plain-text and an HTML part, a
 * Message-ID derived from the notification id (the same on every retry, so mail clients can drop duplicates),
 * and one-click unsubscribe headers (RFC 8058) pointing at {@code /unsubscribe}.
 *
 * <p>SMTP replies are classified like HTTP statuses: 5xx fails for good (say, an unknown mailbox), 4xx and
 * connection problems are retried.
 */
public final class EmailChannel implements AlertChannel {

  private final SmtpSettings smtp;
  private final Session session;
  private final String unsubscribeBase;
  private final Clock clock;

  public EmailChannel(SmtpSettings smtp, Duration connectTimeout, Duration requestTimeout, URI publicBaseUrl,
                      Clock clock) {
    this.smtp = smtp;
    this.session = Session.getInstance(sessionProperties(smtp, connectTimeout, requestTimeout));
    String base = publicBaseUrl.toString();
    this.unsubscribeBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
        + UnsubscribeRoutes.PATH + "?token=";
    this.clock = clock;
  }

  private static Properties sessionProperties(SmtpSettings smtp, Duration connectTimeout, Duration requestTimeout) {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", String.valueOf(smtp.port()));
    props.put("mail.smtp.auth", String.valueOf(smtp.username().isPresent()));
    // Required, not merely enabled: a server (or a man in the middle) that does not offer STARTTLS gets nothing.
    props.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    props.put("mail.smtp.connectiontimeout", String.valueOf(connectTimeout.toMillis()));
    props.put("mail.smtp.timeout", String.valueOf(requestTimeout.toMillis()));
    props.put("mail.smtp.writetimeout", String.valueOf(requestTimeout.toMillis()));
    return props;
  }

  /** The SMTP server: every email goes through it, so it is the one endpoint of this channel. */
  @Override
  public String endpoint(Subscription subscription) {
    return "smtp:" + smtp.host();
  }

  @Override
  public SendResult send(Notification notification, Subscription subscription) {
    if (subscription.getSecret() == null) {
      return SendResult.permanent(null, "subscription " + subscription.getId() + " has no secret for its"
          + " unsubscribe link; update it through the API to get one");
    }
    try {
      MimeMessage message = message(notification, subscription);
      if (smtp.username().isPresent()) {
        Transport.send(message, smtp.username().get(), smtp.password().orElseThrow());
      } else {
        Transport.send(message);
      }
      return SendResult.delivered(250);
    } catch (MessagingException e) {
      return classify(e);
    }
  }

  private MimeMessage message(Notification notification, Subscription subscription) throws MessagingException {
    String unsubscribeUrl = unsubscribeBase + UnsubscribeTokens.of(subscription);
    EmailContent content = EmailContent.render(notification, unsubscribeUrl);
    MimeMessage message = new FixedIdMessage(session, "<" + notification.id() + "@tulpar>");
    message.setFrom(new InternetAddress(smtp.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(subscription.getTarget(), true));
    message.setSubject(content.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    message.setHeader("Auto-Submitted", "auto-generated");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(content.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(content.html(), StandardCharsets.UTF_8.name(), "html");
    // Simplest last: clients show the richest part they can.
    message.setContent(new MimeMultipart("alternative", text, html));
    return message;
  }

  /** The SMTP reply code in the exception chain decides; without one the problem was the connection: retry. */
  static SendResult classify(MessagingException failure) {
    for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
      int code = e instanceof SMTPAddressFailedException a ? a.getReturnCode()
          : e instanceof SMTPSendFailedException s ? s.getReturnCode() : -1;
      if (code >= 500) {
        return SendResult.permanent(code, "SMTP " + code + ": " + e.getMessage().trim());
      }
      if (code >= 400) {
        return SendResult.retryable(code, "SMTP " + code + ": " + e.getMessage().trim());
      }
    }
    // A refused login (535) lands here too: retried, since the operator can fix the credentials meanwhile.
    String detail = failure.getCause() instanceof IOException io ? "connection failed: " + io : failure.getMessage();
    return SendResult.retryable(null, "SMTP: " + detail.trim());
  }

  /** Keeps the Message-ID it is given instead of inventing a fresh one when sent. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
