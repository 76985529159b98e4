package tulpar.streams;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tulpar.schemas.ChangeKind;
import tulpar.schemas.CooperationEvent;
import tulpar.schemas.EventSource;
import tulpar.schemas.EventStatus;
import tulpar.streams.events.EventStatuses;

/**
 * Folds a report of an event into the event's state. The status only moves forward (announced → planned →
 * held; planned → signed); a sharper date replaces a vaguer one (a day over a year); a place, a new source
 * and new topics are added; once any report calls it news, it is news. The version goes up by one on every
 * change and {@code change} says what kind it was. An event known only from background mentions that a report
 * now gives as news is NEW again: for a subscriber it is news now, not a detail that changed. A report that changes nothing (the same article again)
 * gives nothing, so nothing is emitted.
 */
final class EventMerge {

  private EventMerge() {}

  static Optional<CooperationEvent> merge(CooperationEvent current, CooperationEvent report) {
    if (current == null) {
      return Optional.of(CooperationEvent.newBuilder(report)
          .setVersion(1).setChange(ChangeKind.NEW).setConfidence(confidence(report.getSources().size())).build());
    }
    EventStatus status = EventStatuses.forward(current.getStatus(), report.getStatus());
    List<EventSource> sources = withNewSources(current.getSources(), report.getSources());
    List<String> topics = new ArrayList<>(new LinkedHashSet<>(concat(current.getTopics(), report.getTopics())));
    String date = sharper(current.getDate(), report.getDate());
    String place = current.getPlace() != null ? current.getPlace() : report.getPlace();
    boolean newsworthy = current.getNewsworthy() || report.getNewsworthy();
    CooperationEvent merged = CooperationEvent.newBuilder(current)
        .setStatus(status).setSources(sources).setTopics(topics).setDate(date).setPlace(place)
        .setNewsworthy(newsworthy).build();
    if (sameState(current, merged)) {
      return Optional.empty();
    }
    boolean statusMoved = status != current.getStatus();
    boolean becameNews = newsworthy && !current.getNewsworthy();
    return Optional.of(CooperationEvent.newBuilder(merged)
        .setVersion(current.getVersion() + 1)
        .setChange(statusMoved ? ChangeKind.STATUS_CHANGED : becameNews ? ChangeKind.NEW : ChangeKind.UPDATED)
        .setConfidence(confidence(sources.size()))
        .setUpdatedAt(report.getUpdatedAt())
        .build());
  }

  private static boolean sameState(CooperationEvent before, CooperationEvent after) {
    return before.getStatus() == after.getStatus() && before.getSources().equals(after.getSources())
        && before.getTopics().equals(after.getTopics()) && Objects.equals(before.getDate(), after.getDate())
        && Objects.equals(before.getPlace(), after.getPlace()) && before.getNewsworthy() == after.getNewsworthy();
  }

  private static List<EventSource> withNewSources(List<EventSource> current, List<EventSource> reported) {
    Set<String> known = new LinkedHashSet<>();
    current.forEach(s -> known.add(s.getArticleId()));
    List<EventSource> sources = new ArrayList<>(current);
    reported.stream().filter(s -> known.add(s.getArticleId())).forEach(sources::add);
    return sources;
  }

  /** A day ("2026-02-02") is sharper than a month or a year; an equally sharp date keeps the first one. */
  private static String sharper(String current, String reported) {
    if (current == null) {
      return reported;
    }
    return reported != null && reported.length() > current.length() && reported.startsWith(current.substring(0, 4))
        ? reported : current;
  }

  /** Grows with independent sources: one source 0.5, two 0.75, three 0.875 … */
  private static double confidence(int sources) {
    return 1 - Math.pow(0.5, sources);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
