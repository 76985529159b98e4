package tulpar.streams.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tulpar.schemas.EventStatus;
import tulpar.schemas.EventType;
import tulpar.streams.reading.Clauses;

/**
 * An event's status from the tense cue nearest to it, its own clause first. For meetings and summits: a
 * hosting announcement ("is set to host", "ev sahipliği yapacak", "примет") makes it ANNOUNCED, the future
 * ("will", "düzenlenecek", "пройдет") PLANNED, the past ("held", "состоялся", "bo‘lib o‘tdi") HELD. For
 * agreements only signing cues count: "signed" SIGNED, "will sign" or "draft" PLANNED, and "signing" takes
 * the tense of its sentence. With no cue, the date decides: before the article's date held, after it planned.
 */
final class EventStatusRules {

  private EventStatusRules() {}

  static EventStatus status(SentenceScope scope, EventDraft draft, Clauses.Clause clause) {
    if (draft.type == EventType.AGREEMENT) {
      return nearest(scope.cues(Cue.SIGNED, Cue.SIGN_FUTURE, Cue.SIGNING, Cue.DRAFT, Cue.RATIFY), draft, clause)
          .map(cue -> switch (cue.cue()) {
            case SIGN_FUTURE, DRAFT -> EventStatus.PLANNED;
            case SIGNING -> signingAhead(scope, cue) ? EventStatus.PLANNED : EventStatus.SIGNED;
            default -> EventStatus.SIGNED;
          }).orElse(null);
    }
    return nearest(scope.cues(Cue.HELD, Cue.FUTURE, Cue.ANNOUNCE, Cue.SIGNED, Cue.SIGN_FUTURE), draft, clause)
        .map(cue -> switch (cue.cue()) {
          case ANNOUNCE -> EventStatus.ANNOUNCED;
          case FUTURE, SIGN_FUTURE -> EventStatus.PLANNED;
          default -> EventStatus.HELD;
        }).orElse(null);
  }

  /** Whether the clause of a tenseless signing word ("signing", "to adopt") speaks of the future. */
  private static boolean signingAhead(SentenceScope scope, CueMatch signing) {
    Clauses.Clause clause = scope.clauseOf(signing.start());
    return scope.cues(Cue.FUTURE, Cue.ANNOUNCE).stream().anyMatch(c -> clause.contains(c.start()));
  }

  static EventStatus fromDate(EventDraft draft, Optional<LocalDate> anchor) {
    if (draft.date == null || anchor.isEmpty()) {
      return null;
    }
    if (draft.date.isAfter(anchor.get())) {
      return EventStatus.PLANNED;
    }
    if (draft.date.isBefore(anchor.get())) {
      return draft.type == EventType.AGREEMENT ? EventStatus.SIGNED : EventStatus.HELD;
    }
    return null;
  }

  /** Whether a status puts the event ahead of the article: weekdays then mean the coming ones. */
  static boolean isAhead(EventStatus status) {
    return status == EventStatus.PLANNED || status == EventStatus.ANNOUNCED;
  }

  private static Optional<CueMatch> nearest(List<CueMatch> cues, EventDraft draft, Clauses.Clause clause) {
    CueMatch inClause = null;
    CueMatch anywhere = null;
    for (CueMatch cue : cues) {
      int distance = distance(cue, draft);
      if (clause.contains(cue.start()) && (inClause == null || distance < distance(inClause, draft))) {
        inClause = cue;
      }
      if (anywhere == null || distance < distance(anywhere, draft)) {
        anywhere = cue;
      }
    }
    return Optional.ofNullable(inClause != null ? inClause : anywhere);
  }

  private static int distance(CueMatch cue, EventDraft draft) {
    if (cue.end() <= draft.phraseStart) {
      return draft.phraseStart - cue.end();
    }
    return cue.start() >= draft.phraseEnd ? cue.start() - draft.phraseEnd : 0;
  }
}
