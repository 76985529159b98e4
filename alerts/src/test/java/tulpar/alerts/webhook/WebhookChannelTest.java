package tulpar.alerts.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tulpar.alerts.delivery.SendResult.Kind;

class WebhookChannelTest {

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
    assertThat(WebhookChannel.classify(status).kind()).isEqualTo(expected);
    assertThat(WebhookChannel.classify(status).statusCode()).isEqualTo(status);
  }
}
