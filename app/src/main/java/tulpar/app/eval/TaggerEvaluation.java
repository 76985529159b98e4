package tulpar.app.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tulpar.schemas.CountryTag;
import tulpar.schemas.EnrichedArticle;
import tulpar.schemas.EventMention;
import tulpar.schemas.TopicTag;

/**
 * Scores what the tagger found against labels: alert (per article), Turkic countries and topics (per article
 * and code, micro-averaged) and AGREEMENT/SUMMIT events. A predicted event counts for a labelled one when the
 * type matches, they share a party, and their dates do not contradict (one may be less precise: 2022 fits
 * 2022-11-11); each prediction counts once.
 */
public final class TaggerEvaluation {

  private static final Set<String> SCORED_EVENT_TYPES = Set.of("AGREEMENT", "SUMMIT");

  private Score alert = Score.ZERO;
  private Score countries = Score.ZERO;
  private Score topics = Score.ZERO;
  private Score events = Score.ZERO;
  private final List<String> misses = new ArrayList<>();

  public void add(LabelledArticle label, EnrichedArticle found) {
    boolean predictedAlert = found.getAlert();
    alert = alert.plus(new Score(label.alert() && predictedAlert ? 1 : 0, !label.alert() && predictedAlert ? 1 : 0,
        label.alert() && !predictedAlert ? 1 : 0));
    if (label.alert() != predictedAlert) {
      misses.add(label.file() + ": alert " + predictedAlert + ", labelled " + label.alert());
    }
    Set<String> foundCountries = new TreeSet<>();
    for (CountryTag tag : found.getCountries()) {
      if (tag.getTurkic()) {
        foundCountries.add(tag.getCode());
      }
    }
    countries = countries.plus(compareSets(label.file(), "countries", Set.copyOf(label.countries()), foundCountries));
    Set<String> foundTopics = new TreeSet<>();
    for (TopicTag tag : found.getTopics()) {
      foundTopics.add(tag.getTopic());
    }
    topics = topics.plus(compareSets(label.file(), "topics", Set.copyOf(label.topics()), foundTopics));
    events = events.plus(compareEvents(label, found.getEvents()));
  }

  public Score alert() {
    return alert;
  }

  public Score turkicCountries() {
    return countries;
  }

  public Score topics() {
    return topics;
  }

  public Score agreementsAndSummits() {
    return events;
  }

  public List<String> misses() {
    return List.copyOf(misses);
  }

  private Score compareSets(String file, String what, Set<String> labelled, Set<String> found) {
    Set<String> missing = new TreeSet<>(labelled);
    missing.removeAll(found);
    Set<String> extra = new TreeSet<>(found);
    extra.removeAll(labelled);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      misses.add(file + ": " + what + (missing.isEmpty() ? "" : " missing " + missing)
          + (extra.isEmpty() ? "" : " extra " + extra));
    }
    return new Score(labelled.size() - missing.size(), extra.size(), missing.size());
  }

  private Score compareEvents(LabelledArticle label, List<EventMention> found) {
    List<EventMention> candidates = new ArrayList<>(found.stream()
        .filter(e -> SCORED_EVENT_TYPES.contains(e.getType().name())).toList());
    int matched = 0;
    int missed = 0;
    for (LabelledArticle.LabelledEvent expected : label.events()) {
      if (!SCORED_EVENT_TYPES.contains(expected.type())) {
        continue;
      }
      EventMention match = candidates.stream().filter(e -> corresponds(expected, e)).findFirst().orElse(null);
      if (match == null) {
        missed++;
        misses.add(label.file() + ": event missed " + expected.type() + " " + expected.status() + " "
            + expected.parties() + " " + expected.date() + " — " + expected.name());
      } else {
        candidates.remove(match);
        matched++;
      }
    }
    for (EventMention extra : candidates) {
      misses.add(label.file() + ": event not labelled " + extra.getType() + " " + extra.getStatus() + " "
          + extra.getParties() + " " + extra.getDate() + " — " + extra.getName());
    }
    return new Score(matched, candidates.size(), missed);
  }

  private static boolean corresponds(LabelledArticle.LabelledEvent expected, EventMention found) {
    if (!expected.type().equals(found.getType().name())) {
      return false;
    }
    Set<String> shared = new HashSet<>(expected.parties() == null ? List.of() : expected.parties());
    shared.retainAll(found.getParties());
    if (shared.isEmpty()) {
      return false;
    }
    return datesAgree(expected.date(), found.getDate());
  }

  static boolean datesAgree(String labelled, String found) {
    if (labelled == null || found == null) {
      return true;
    }
    String a = labelled.toLowerCase(Locale.ROOT);
    String b = found.toLowerCase(Locale.ROOT);
    return a.startsWith(b) || b.startsWith(a);
  }
}
