package tulpar.alerts.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tulpar.alerts.delivery.Notification;
import tulpar.alerts.subscriptions.SubscriptionRequest;
import tulpar.schemas.Alert;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventSource;

/**
 * The subject and the two bodies of an alert email: plain text for every client, and HTML with the same content
 * for those that show it. Everything taken from the news is escaped in the HTML.
 */
public record EmailContent(String subject, String text, String html) {

  private static final String TITLE_PREFIX = "[Tulpar] ";
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** Renders a notification; {@code unsubscribeUrl} goes at the foot of both bodies. */
  public static EmailContent render(Notification notification, String unsubscribeUrl) {
    List<Alert> alerts = notification.alerts();
    String heading = switch (notification.kind()) {
      case ALERT -> headline(alerts.get(0).getEvent());
      case TEST -> "Test alert: your subscription works";
      case DIGEST -> capitalised(SubscriptionRequest.word(notification.mode())) + " digest: " + alerts.size()
          + (alerts.size() == 1 ? " cooperation event" : " cooperation events");
    };
    StringBuilder text = new StringBuilder(heading).append("\n\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">")
        .append("<h1 style=\"font-size: 1.2em\">").append(escape(heading)).append("</h1>");
    if (notification.kind() == Notification.Kind.TEST) {
      text.append("This is a sample alert Tulpar sent because someone asked to test this subscription.\n\n");
      html.append("<p>This is a sample alert Tulpar sent because someone asked to test this subscription.</p>");
    }
    for (Alert alert : alerts) {
      event(alert.getEvent(), notification.kind() == Notification.Kind.DIGEST, text, html);
    }
    text.append("-- \nNotification ").append(notification.id()).append(" for subscription ")
        .append(notification.subscriptionId()).append(".\nUnsubscribe: ").append(unsubscribeUrl).append('\n');
    html.append("<hr><p style=\"color: #666; font-size: 0.9em\">Notification ").append(escape(notification.id()))
        .append(" for subscription ").append(escape(notification.subscriptionId())).append(". <a href=\"")
        .append(escape(unsubscribeUrl)).append("\">Unsubscribe</a></p></body></html>");
    // A line break in a subject taken from the news must not reach the message header.
    return new EmailContent(CONTROL.matcher(TITLE_PREFIX + heading).replaceAll(" "), text.toString(), html.toString());
  }

  /** "New agreement: …" or "Summit now held: …". */
  static String headline(CooperationEvent event) {
    String type = event.getType().name().toLowerCase(Locale.ROOT);
    String status = event.getStatus().name().toLowerCase(Locale.ROOT);
    return (event.getChange() == ChangeKind.STATUS_CHANGED
        ? capitalised(type) + " now " + status
        : "New " + type + " (" + status + ")") + ": " + event.getName();
  }

  private static void event(CooperationEvent event, boolean withHeadline, StringBuilder text, StringBuilder html) {
    List<String> facts = new ArrayList<>();
    facts.add("Parties: " + String.join(", ", event.getParties()));
    if (event.getDate() != null) {
      facts.add("Date: " + event.getDate());
    }
    if (event.getPlace() != null) {
      facts.add("Place: " + event.getPlace());
    }
    if (!event.getTopics().isEmpty()) {
      facts.add("Topics: " + String.join(", ", event.getTopics()));
    }
    if (withHeadline) {
      text.append("* ").append(headline(event)).append('\n');
      html.append("<h2 style=\"font-size: 1em\">").append(escape(headline(event))).append("</h2>");
    }
    html.append("<ul>");
    for (String fact : facts) {
      text.append("  ").append(fact).append('\n');
      html.append("<li>").append(escape(fact)).append("</li>");
    }
    html.append("</ul>");
    for (EventSource source : event.getSources()) {
      text.append("  Source: ").append(source.getTitle())
          .append(source.getUrl() == null ? "" : " <" + source.getUrl() + ">").append('\n');
      html.append("<p>Source: ").append(source.getUrl() == null || !isWebLink(source.getUrl())
          ? escape(source.getTitle())
          : "<a href=\"" + escape(source.getUrl()) + "\">" + escape(source.getTitle()) + "</a>").append("</p>");
    }
    text.append('\n');
  }

  /** Only web links become anchors: a {@code javascript:} URL from a feed must not. */
  private static boolean isWebLink(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
