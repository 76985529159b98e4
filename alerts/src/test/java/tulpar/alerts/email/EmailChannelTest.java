package tulpar.alerts.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tulpar.alerts.delivery.Notification;
import tulpar.alerts.delivery.SendResult;
import tulpar.alerts.delivery.SendResult.Kind;
import tulpar.alerts.webhook.WebhookSignature;
import tulpar.schemas.Alert;
import tulpar.schemas.Channel;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.schemas.Subscription;
import tulpar.schemas.SubscriptionFilter;

/** The email channel against a real SMTP server in the JVM that requires a login. */
class EmailChannelTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts", "letmein"));

  private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");
  private static final URI BASE = URI.create("https://tulpar.example.org/alerts/");
  private static final Subscription SUBSCRIPTION = Subscription.newBuilder()
      .setId("sub_desk")
      .setChannel(Channel.EMAIL)
      .setTarget("desk@example.org")
      .setSecret(WebhookSignature.newSecret())
      .setFilter(SubscriptionFilter.newBuilder().build())
      .setCreatedAt(NOW)
      .build();

  private static SmtpSettings server() {
    return new SmtpSettings("127.0.0.1", SMTP.getSmtp().getPort(), "Tulpar <alerts@tulpar.example>",
        Optional.of("alerts"), Optional.of("letmein"), false);
  }

  private static EmailChannel channel(SmtpSettings smtp) {
    return new EmailChannel(smtp, Duration.ofSeconds(5), Duration.ofSeconds(5), BASE, Clock.systemUTC());
  }

  private static Alert alert(String id, String name, ChangeKind change) {
    CooperationEvent event = CooperationEvent.newBuilder().setId("evt_" + id).setType(EventType.AGREEMENT)
        .setName(name).setParties(List.of("KZ", "TR")).setStatus(EventStatus.SIGNED).setDate("2026-02-02")
        .setPlace("Ankara").setTopics(List.of("transport"))
        .setSources(List.of(EventSource.newBuilder().setArticleId("art_1").setTitle("Astana & Ankara sign")
            .setUrl("javascript:alert(1)").setFirstSeenAt(NOW).build()))
        .setVersion(2).setChange(change).setFirstSeenAt(NOW).setUpdatedAt(NOW).build();
    return Alert.newBuilder().setId(id).setSubscriptionId(SUBSCRIPTION.getId()).setEvent(event).setCreatedAt(NOW)
        .build();
  }

  @Test
  void sendsATextAndAnHtmlPartWithOneClickUnsubscribeAndTheAlertIdAsMessageId() throws Exception {
    Notification notification = Notification.of(alert("alrt_1", "Transit <deal> & more", ChangeKind.STATUS_CHANGED));

    SendResult result = channel(server()).send(notification, SUBSCRIPTION);

    assertThat(result.kind()).as(result.detail()).isEqualTo(Kind.DELIVERED);
    MimeMessage message = SMTP.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("[Tulpar] Agreement now signed: Transit <deal> & more");
    assertThat(message.getFrom()).containsExactly(new InternetAddress("Tulpar <alerts@tulpar.example>"));
    assertThat(message.getAllRecipients()).containsExactly(new InternetAddress("desk@example.org"));
    assertThat(message.getMessageID()).isEqualTo("<alrt_1@tulpar>");
    String link = "https://tulpar.example.org/alerts/unsubscribe?token=" + UnsubscribeTokens.of(SUBSCRIPTION);
    assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + link + ">");
    assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");

    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(text).contains("Agreement now signed: Transit <deal> & more", "Parties: KZ, TR", "Place: Ankara",
        "Source: Astana & Ankara sign", "Unsubscribe: " + link);
    assertThat(html).contains("Agreement now signed: Transit &lt;deal&gt; &amp; more", "Astana &amp; Ankara sign",
        "<a href=\"" + link + "\">Unsubscribe</a>")
        .doesNotContain("<deal>", "javascript:");
  }

  @Test
  void aDigestListsEveryAlertItGathered() throws Exception {
    Notification digest = Notification.digest(SUBSCRIPTION.getId(), DeliveryMode.DAILY_DIGEST,
        List.of(alert("alrt_2", "Energy memorandum", ChangeKind.NEW), alert("alrt_3", "Rail plan", ChangeKind.NEW)),
        NOW);

    assertThat(channel(server()).send(digest, SUBSCRIPTION).kind()).isEqualTo(Kind.DELIVERED);

    MimeMessage message = SMTP.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("[Tulpar] Daily digest: 2 cooperation events");
    assertThat(message.getMessageID()).isEqualTo("<" + digest.id() + "@tulpar>");
    assertThat(GreenMailUtil.getBody(message)).contains("New agreement (signed): Energy memorandum",
        "New agreement (signed): Rail plan");
  }

  @Test
  void sendsNothingWhenStartTlsIsRequiredAndTheServerCannot() {
    SendResult result = channel(server().withStartTls(true))
        .send(Notification.test(SUBSCRIPTION.getId(), NOW), SUBSCRIPTION);

    assertThat(result.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(result.detail()).contains("STARTTLS");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aRefusedLoginIsRetriedAndThePasswordIsNotInTheDetail() {
    SmtpSettings wrong = server().withLogin("alerts", "wrong-password");

    SendResult result = channel(wrong).send(Notification.test(SUBSCRIPTION.getId(), NOW), SUBSCRIPTION);

    assertThat(result.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(result.detail()).isEqualTo("SMTP: 535 5.7.8  Authentication credentials invalid")
        .doesNotContain("wrong-password");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void smtpReplyCodesDecideBetweenRetryingAndGivingUp() throws Exception {
    InternetAddress to = new InternetAddress("desk@example.org");
    MessagingException unknownMailbox = new MessagingException("Invalid Addresses",
        new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 no such user"));
    MessagingException busy = new SMTPSendFailedException("DATA", 451, "451 4.3.0 try again later", null, null,
        null, null);

    assertThat(EmailChannel.classify(unknownMailbox).kind()).isEqualTo(Kind.PERMANENT);
    assertThat(EmailChannel.classify(unknownMailbox).statusCode()).isEqualTo(550);
    assertThat(EmailChannel.classify(busy).kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(EmailChannel.classify(new MessagingException("Connection reset")).kind()).isEqualTo(Kind.RETRYABLE);
  }
}
