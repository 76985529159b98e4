package tulpar.alerts.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tulpar.schemas.Channel;
import tulpar.schemas.CountryMatch;
import tulpar.schemas.DeliveryMode;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;

class SubscriptionRequestTest {

  @Test
  void parsesAWebhookSubscriptionAndNormalisesItsFilter() {
    SubscriptionRequest request = SubscriptionRequest.parse("""
        {"channel": "Webhook", "target": "https://example.com/hooks/tulpar",
         "filter": {"countries": [" kz", "TR", "KZ"], "topics": ["Energy"], "eventTypes": ["summit", "AGREEMENT"],
                    "keywords": [" Middle Corridor "]}}
        """);

    assertThat(request.channel()).isEqualTo(Channel.WEBHOOK);
    assertThat(request.target()).isEqualTo("https://example.com/hooks/tulpar");
    assertThat(request.filter().getCountries()).containsExactly("KZ", "TR");
    assertThat(request.filter().getTopics()).containsExactly("energy");
    assertThat(request.filter().getEventTypes()).containsExactly(EventType.SUMMIT, EventType.AGREEMENT);
    assertThat(request.filter().getKeywords()).containsExactly("Middle Corridor");
  }

  @Test
  void parsesAnEmailDigestMatchingAllCountriesAndSomeStatuses() {
    SubscriptionRequest request = SubscriptionRequest.parse("""
        {"channel": "email", "target": " ops@example.com ", "delivery": "Daily", "enabled": false,
         "filter": {"countries": ["KZ", "UZ"], "countriesMatch": "ALL", "statuses": ["held", "SIGNED"]}}
        """);

    assertThat(request.channel()).isEqualTo(Channel.EMAIL);
    assertThat(request.target()).isEqualTo("ops@example.com");
    assertThat(request.delivery()).isEqualTo(DeliveryMode.DAILY_DIGEST);
    assertThat(request.enabled()).contains(false);
    assertThat(request.filter().getCountriesMatch()).isEqualTo(CountryMatch.ALL);
    assertThat(request.filter().getStatuses()).containsExactly(EventStatus.HELD, EventStatus.SIGNED);
  }

  @Test
  void aMissingFilterMeansEverything() {
    SubscriptionRequest request = SubscriptionRequest.parse("{\"channel\": \"webhook\", \"target\": \"http://example.com\"}");

    assertThat(request.filter().getCountries()).isEmpty();
    assertThat(request.filter().getTopics()).isEmpty();
    assertThat(request.filter().getEventTypes()).isEmpty();
    assertThat(request.filter().getKeywords()).isEmpty();
    assertThat(request.filter().getStatuses()).isEmpty();
    assertThat(request.filter().getCountriesMatch()).isEqualTo(CountryMatch.ANY);
    assertThat(request.delivery()).isEqualTo(DeliveryMode.IMMEDIATE);
    assertThat(request.enabled()).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      ``|The request body must be a JSON object
      []|The request body must be a JSON object
      {"channel": "webhook"} trailing|Malformed JSON
      {"channel": "webhook", "channel": "webhook"}|Malformed JSON: Duplicate field 'channel'
      {"channel": "webhook", "target": "http://example.com", "owner": "me"}|Unknown field 'owner'; expected one of channel, target, filter, delivery, enabled
      {"target": "http://example.com"}|'channel' is required
      {"channel": 3, "target": "http://example.com"}|'channel' must be one of "webhook", "email"
      {"channel": "sms", "target": "http://example.com"}|'channel' must be one of "webhook", "email", not "sms"
      {"channel": "email", "target": "http://example.com"}|'target' is not an email address
      {"channel": "email", "target": "Ops <ops@example.com>"}|'target' must be one bare address
      {"channel": "email", "target": "ops@example.com, boss@example.com"}|'target' is not an email address
      {"channel": "email"}|'target' is required: the email address
      {"channel": "webhook"}|'target' is required
      {"channel": "webhook", "target": "example.com/hook"}|'target' must be an absolute http:// or https:// URL
      {"channel": "webhook", "target": "file:///etc/passwd"}|'target' must be an absolute http:// or https:// URL
      {"channel": "webhook", "target": "http://exa mple.com/"}|'target' is not a valid URL
      {"channel": "webhook", "target": "http://example.com", "filter": []}|'filter' must be an object
      {"channel": "webhook", "target": "http://example.com", "filter": {"country": ["KZ"]}}|Unknown field 'filter.country'; expected in 'filter' one of countries, countriesMatch, topics, eventTypes, statuses, keywords
      {"channel": "webhook", "target": "http://example.com", "filter": {"countries": "KZ"}}|'filter.countries' must be a list of strings
      {"channel": "webhook", "target": "http://example.com", "filter": {"countries": ["KZ", "Turkey"]}}|'filter.countries[1]': "Turkey" is not an ISO 3166-1 alpha-2 country code
      {"channel": "webhook", "target": "http://example.com", "filter": {"topics": ["sports"]}}|'filter.topics[0]': unknown topic "sports"
      {"channel": "webhook", "target": "http://example.com", "filter": {"eventTypes": ["WEDDING"]}}|'filter.eventTypes[0]': unknown event type "WEDDING"; expected one of [AGREEMENT, SUMMIT, MEETING]
      {"channel": "webhook", "target": "http://example.com", "filter": {"keywords": ["  "]}}|'filter.keywords[0]' must be a phrase
      {"channel": "webhook", "target": "http://example.com", "filter": {"keywords": [7]}}|'filter.keywords[0]' must be a string
      {"channel": "webhook", "target": "http://example.com", "filter": {"countriesMatch": "most"}}|'filter.countriesMatch' must be one of "any", "all", not "most"
      {"channel": "webhook", "target": "http://example.com", "filter": {"statuses": ["SIGNED", "RUMOURED"]}}|'filter.statuses[1]': unknown status "RUMOURED"; expected one of [ANNOUNCED, PLANNED, HELD, SIGNED]
      {"channel": "webhook", "target": "http://example.com", "delivery": "weekly"}|'delivery' must be one of "immediate", "hourly", "daily", not "weekly"
      {"channel": "webhook", "target": "http://example.com", "enabled": "yes"}|'enabled' must be true or false
      """)
  void rejectsBadInputNamingTheField(String body, String expectedMessage) {
    assertThatThrownBy(() -> SubscriptionRequest.parse(body))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(expectedMessage);
  }
}
