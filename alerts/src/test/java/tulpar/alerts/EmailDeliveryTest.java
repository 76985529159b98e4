package tulpar.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tulpar.alerts.email.SmtpSettings;
import tulpar.broker.SharedKafka;
import tulpar.schemas.DeliveryOutcome;
import tulpar.schemas.DeliveryReceipt;
import tulpar.schemas.Topics;

/** Email subscriptions: alerts arrive over SMTP, and the unsubscribe link in them works. */
class EmailDeliveryTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  private static final Duration PATIENCE = Duration.ofSeconds(15);
  /** Behind a reverse proxy under a path: links carry it, the service itself serves from its root. */
  private static final String PUBLIC_BASE = "https://tulpar.example.org/alerts";
  private static final Pattern LINK = Pattern.compile("<" + Pattern.quote(PUBLIC_BASE) + "(/unsubscribe\\?token=[^>]+)>");
  private static RunningAlerts alerts;
  private final String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @BeforeAll
  static void startService() {
    alerts = RunningAlerts.start(AlertsConfig.defaults(SharedKafka.settings())
        .withSmtp(SmtpSettings.of("127.0.0.1", "Tulpar <alerts@tulpar.example>")
            .withPort(SMTP.getSmtp().getPort()).withStartTls(false))
        .withPublicBaseUrl(URI.create(PUBLIC_BASE)));
  }

  @AfterAll
  static void stopService() {
    alerts.close();
  }

  private JsonNode subscribe(String address) {
    return alerts.subscribe("""
        {"channel": "email", "target": "%s", "filter": {"keywords": ["%s"]}}
        """.formatted(address, token));
  }

  private MimeMessage awaitEmailTo(String address) {
    await().atMost(PATIENCE).until(() -> emailsTo(address).size() == 1);
    return emailsTo(address).get(0);
  }

  private static List<MimeMessage> emailsTo(String address) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.asList(m.getRecipients(Message.RecipientType.TO)).contains(new InternetAddress(address));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }).toList();
  }

  /** The path and query of the message's List-Unsubscribe link, to be sent to the service. */
  private static String unsubscribePath(MimeMessage message) throws Exception {
    Matcher link = LINK.matcher(message.getHeader("List-Unsubscribe")[0]);
    assertThat(link.matches()).as(message.getHeader("List-Unsubscribe")[0]).isTrue();
    return link.group(1);
  }

  private static boolean enabled(String subscriptionId) {
    return RunningAlerts.json(alerts.get("/api/v1/subscriptions/" + subscriptionId)).get("enabled").asBoolean();
  }

  @Test
  void mailsAnAlertWhoseUnsubscribeLinkAsksFirstAndThenDisablesTheSubscription() throws Exception {
    String address = token + "@example.org";
    JsonNode subscription = subscribe(address);
    String id = subscription.get("id").asText();
    assertThat(subscription.has("secret")).as("no use to an email subscriber").isFalse();

    KafkaTopics.produce(Topics.EVENTS, "evt_" + token, TestEvents.agreement("evt_" + token, token).build());

    MimeMessage message = awaitEmailTo(address);
    assertThat(message.getSubject()).startsWith("[Tulpar] New agreement (planned): Kazakhstan–Türkiye memorandum");
    assertThat(((MimeMultipart) message.getContent()).getCount()).isEqualTo(2);
    String alertId = message.getMessageID().replaceAll("[<>]|@tulpar", "");
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(KafkaTopics.valuesFor(Topics.DELIVERIES, alertId))
        .extracting(DeliveryReceipt::getOutcome).containsExactly(DeliveryOutcome.DELIVERED));

    String link = unsubscribePath(message);
    HttpResponse<String> page = alerts.get(link);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(address, "<form method=\"post\"");
    assertThat(enabled(id)).as("a mail scanner fetching the link unsubscribes nobody").isTrue();

    HttpResponse<String> confirmed = alerts.postForm(link, "");
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("You are unsubscribed");
    assertThat(enabled(id)).isFalse();
    assertThat(alerts.get(link).body()).contains("You are unsubscribed");
  }

  @Test
  void aMailClientsOneClickUnsubscribeDisablesTheSubscription() throws Exception {
    String address = token + "@example.net";
    String id = subscribe(address).get("id").asText();
    HttpResponse<String> test = alerts.post("/api/v1/subscriptions/" + id + "/test", "");
    assertThat(RunningAlerts.json(test).get("delivered").asBoolean()).as(test.body()).isTrue();
    MimeMessage message = awaitEmailTo(address);
    assertThat(message.getSubject()).isEqualTo("[Tulpar] Test alert: your subscription works");

    HttpResponse<String> oneClick = alerts.postForm(unsubscribePath(message), "List-Unsubscribe=One-Click");

    assertThat(oneClick.statusCode()).isEqualTo(200);
    assertThat(enabled(id)).isFalse();
  }

  @Test
  void aForgedOrMangledUnsubscribeLinkChangesNothing() throws Exception {
    String address = token + "@example.com";
    String id = subscribe(address).get("id").asText();
    alerts.post("/api/v1/subscriptions/" + id + "/test", "");
    String link = unsubscribePath(awaitEmailTo(address));

    List<String> forged = List.of(link.substring(0, link.length() - 2), "/unsubscribe?token=" + id + ".AAAA",
        "/unsubscribe?token=" + id, "/unsubscribe");

    for (String path : forged) {
      HttpResponse<String> response = alerts.postForm(path, "List-Unsubscribe=One-Click");
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.body()).contains("not valid");
    }
    assertThat(enabled(id)).isTrue();
  }

  @Test
  void refusesAnEmailTargetThatIsNotOneAddress() {
    HttpResponse<String> response = alerts.post("/api/v1/subscriptions",
        "{\"channel\": \"email\", \"target\": \"desk@example.org\\r\\nBcc: all@example.org\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(RunningAlerts.json(response).get("error").asText()).startsWith("'target'");
  }
}
