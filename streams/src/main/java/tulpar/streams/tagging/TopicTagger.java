package tulpar.streams.tagging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tulpar.schemas.EventMention;
import tulpar.schemas.EventType;
import tulpar.schemas.Span;
import tulpar.schemas.TopicTag;
import tulpar.streams.lexicon.Gazetteer;
import tulpar.streams.lexicon.Organization;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.ArticleReading;
import tulpar.streams.reading.Sentence;
import tulpar.streams.text.Folding;
import tulpar.streams.text.TermMatch;

/**
 * Tags the topics of the Turkic cooperation an article reports, not every topic word in it. A topic word
 * counts one, where it speaks of that cooperation:
 *
 * <ul>
 *   <li>nothing in a sentence about a foreign partner ("Russia remains Kazakhstan's largest trade partner"), in a
 *       dateline, or in an article with no Turkic cooperation in it;</li>
 *   <li>a half when it is part of a name, capitalised inside a sentence ("the Ministry of Foreign Affairs and
 *       Trade", "Culture and Tourism Minister"): a ministry or a foundation says something of what it does, but
 *       once is not enough. A Turkic organisation's name ("Turkic Investment Fund") and a term the lexicon
 *       writes as a name ("Middle Corridor") count in full.</li>
 * </ul>
 *
 * A topic that counts one or more is tagged. A summit between Turkic states reported as news is diplomacy.
 */
final class TopicTagger {

  private static final double ENOUGH = 1.0;
  private static final double IN_A_NAME = 0.5;
  private static final double HEADING_CAPITALS = 0.6;
  private static final int HEADING_WORDS = 12;
  private static final String DIPLOMACY = "diplomacy";

  private final Gazetteer gazetteer;

  TopicTagger(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  List<TopicTag> tag(ArticleReading reading, TurkicFocus focus, List<EventMention> events) {
    if (!focus.aboutTurkicCooperation()) {
      return List.of();
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    Boolean[] headings = new Boolean[reading.sentences().size()];
    Map<String, List<Span>> evidence = new LinkedHashMap<>();
    for (TermMatch<Term> match : reading.matches().of(Vocabulary.TOPIC)) {
      double weight = weight(reading, focus, match, headings);
      if (weight > 0) {
        String topic = match.payload().key();
        scores.merge(topic, weight, Double::sum);
        evidence.computeIfAbsent(topic, t -> new ArrayList<>()).add(match.span());
      }
    }
    for (EventMention event : events) {
      if (event.getType() == EventType.SUMMIT && event.getNewsworthy()) {
        scores.merge(DIPLOMACY, ENOUGH, Double::sum);
        evidence.computeIfAbsent(DIPLOMACY, t -> new ArrayList<>()).add(event.getEvidence());
      }
    }
    List<TopicTag> tags = new ArrayList<>();
    scores.forEach((topic, score) -> {
      if (score >= ENOUGH) {
        List<Span> spans = evidence.get(topic);
        tags.add(new TopicTag(topic, spans.size(), spans));
      }
    });
    tags.sort((a, b) -> Double.compare(scores.get(b.getTopic()), scores.get(a.getTopic())));
    return tags;
  }

  /** @param headings whether each sentence is a heading, worked out on first need */
  private double weight(ArticleReading reading, TurkicFocus focus, TermMatch<Term> match, Boolean[] headings) {
    int sentence = reading.sentenceIndexAt(match.start());
    if (sentence < 0 || focus.inDateline(match.start()) || focus.kind(sentence) == TurkicFocus.Kind.FOREIGN) {
      return 0;
    }
    return partOfName(reading, sentence, match, headings) ? IN_A_NAME : 1;
  }

  private boolean partOfName(ArticleReading reading, int index, TermMatch<Term> match, Boolean[] headings) {
    String folded = reading.text().folded();
    Sentence sentence = reading.sentences().get(index);
    if (!capitalised(reading, match.start()) || match.start() == firstWord(folded, sentence)
        || gazetteer.lexicon().isProperName(Vocabulary.TOPIC, folded.substring(match.start(), match.stemEnd()))) {
      return false;
    }
    if (headings[index] == null) {
      headings[index] = heading(reading, sentence);
    }
    if (headings[index]) {
      return false;
    }
    for (TermMatch<Term> organization : reading.matches().within(Vocabulary.ORGANIZATION, sentence.foldedStart(),
        sentence.foldedEnd())) {
      Organization known = gazetteer.organization(organization.payload().key());
      if (known.turkic() && organization.overlaps(match)) {
        return false;
      }
    }
    return true;
  }

  /** A heading or a title line: short, most of its words capitalised. */
  private static boolean heading(ArticleReading reading, Sentence sentence) {
    String folded = reading.text().folded();
    int words = 0;
    int capitalised = 0;
    for (int i = sentence.foldedStart(); i < sentence.foldedEnd(); i++) {
      if (Folding.isWordChar(folded.charAt(i)) && (i == 0 || !Folding.isWordChar(folded.charAt(i - 1)))) {
        if (++words > HEADING_WORDS) {
          return false;  // too long for a heading: no need to read on
        }
        if (capitalised(reading, i)) {
          capitalised++;
        }
      }
    }
    return words > 1 && words <= HEADING_WORDS && capitalised >= HEADING_CAPITALS * words;
  }

  private static int firstWord(String folded, Sentence sentence) {
    int i = sentence.foldedStart();
    while (i < sentence.foldedEnd() && !Folding.isWordChar(folded.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean capitalised(ArticleReading reading, int foldedOffset) {
    String original = reading.text().original();
    return Character.isUpperCase(original.codePointAt(reading.text().originalStart(foldedOffset)));
  }
}
