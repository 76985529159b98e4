package tulpar.alerts.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.alerts.delivery.SendResult;
import tulpar.alerts.delivery.SendResult.Kind;

class WebhookChannelTest {

  private static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z");

  @ParameterizedTest(name = "HTTP {0} is {1}")
  @CsvSource({
      "200, DELIVERED", "202, DELIVERED", "204, DELIVERED",
      "429, RETRYABLE",  // rate limited: later is fine
      "500, RETRYABLE", "502, RETRYABLE", "503, RETRYABLE", "504, RETRYABLE",
      "410, GONE",       // the receiver asks us to stop
      "400, PERMANENT", "401, PERMANENT", "404, PERMANENT", "413, PERMANENT",
      "301, PERMANENT",  // redirects are not followed
  })
  void classifiesStatusCodesTheAlertmanagerWay(int status, Kind expected) {
    SendResult result = WebhookChannel.classify(status, Optional.empty(), NOW);

    assertThat(result.kind()).isEqualTo(expected);
    assertThat(result.statusCode()).isEqualTo(status);
    assertThat(result.retryAfter()).isEmpty();
  }

  @ParameterizedTest(name = "HTTP {0} with Retry-After \"{1}\": wait {2} s")
  @CsvSource(delimiter = '|', textBlock = """
      429|120|120
      503|0|0
      503|Mon, 02 Feb 2026 09:05:00 GMT|300
      429|Mon, 02 Feb 2026 08:00:00 GMT|0
      """)
  void honoursRetryAfterInSecondsOrAsAnHttpDate(int status, String retryAfter, long seconds) {
    SendResult result = WebhookChannel.classify(status, Optional.of(retryAfter), NOW);

    assertThat(result.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(result.retryAfter()).contains(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest(name = "HTTP {0} with Retry-After \"{1}\" is ignored")
  @CsvSource(delimiter = '|', textBlock = """
      429|soon
      503|-5
      500|60
      """)
  void ignoresRetryAfterThatIsMalformedOrOnOtherStatuses(int status, String retryAfter) {
    assertThat(WebhookChannel.classify(status, Optional.of(retryAfter), NOW).retryAfter()).isEmpty();
  }
}
