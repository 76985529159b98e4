package tulpar.schemas;

import java.util.List;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes outside its trusted packages — also when a builder fills in an enum
 * field's default. Rather than asking every user to pass {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}, this
 * trusts exactly Tulpar's generated classes and keeps whatever the JVM already trusted. The serdes call it;
 * code that builds records before touching a serde (a main method, a benchmark) calls it first.
 */
public final class TrustedClasses {

  private static final List<Class<?>> GENERATED = List.of(
      Article.class, RejectedArticle.class, EnrichedArticle.class, CooperationEvent.class,
      Subscription.class, SubscriptionFilter.class, Alert.class, DeliveryReceipt.class, FailedAlert.class,
      Span.class, CountryTag.class, OrganizationTag.class, PersonTag.class, TopicTag.class,
      MoneyFigure.class, EventMention.class, EventSource.class,
      DateSource.class, RejectReason.class, EventType.class, EventStatus.class, ChangeKind.class,
      Channel.class, DeliveryOutcome.class, CountryMatch.class, DeliveryMode.class);

  private static boolean installed;

  private TrustedClasses() {}

  public static synchronized void install() {
    if (installed) {
      return;
    }
    ClassSecurityValidator.Builder ours = ClassSecurityValidator.builder();
    GENERATED.forEach(ours::add);
    ClassSecurityValidator.setGlobal(
        ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours.build()));
    installed = true;
  }
}
