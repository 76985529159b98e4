package tulpar.streams.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tulpar.streams.lexicon.FunctionWords;
import tulpar.streams.lexicon.Term;
import tulpar.streams.lexicon.Vocabulary;
import tulpar.streams.reading.CountryMention;
import tulpar.streams.text.Folding;
import tulpar.streams.text.TermMatch;

/**
 * Reads what a sentence says a document is, around its noun: a title when it has one ("Samarkand Declaration",
 * "Agreement on Preferential Trade", "Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan
 * and Türkiye for 2026-2027", "Şuşa Bəyannaməsi"), else its kind, how many ("20 deals", "yedi anlaşma") and its
 * subject. In English and Russian the subject follows the noun after a word such as "on" or "о" and runs until
 * who, when or where begins ("memorandum of understanding on transit cargo between …"); in Turkish,
 * Azerbaijani, Kazakh and Uzbek it comes before the noun and ends with a postposition ("… hakkında
 * memorandum"). Without a stated subject, a proper name of the lexicon in the noun's clause stands for it
 * ("… to speed up container freight along the Middle Corridor").
 */
final class AgreementDescriber {

  /** What the text says; {@code [start, end)} is the folded range the document's phrase covers. */
  record Description(String title, String type, String count, String subject, int start, int end) {}

  private static final Set<String> HEAD_FIRST_LANGUAGES = Set.of("en", "ru");
  private static final int MAX_MODIFIERS = 4;
  private static final int MAX_TITLE_WORDS = 20;
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MAX_SUBJECT_WORDS_BEFORE = 6;
  private static final int MAX_LIST_ITEMS = 3;
  private static final Set<Cue> SUBJECT_ENDS = EnumSet.of(Cue.SIGNED, Cue.SIGN_FUTURE, Cue.SIGNING, Cue.HELD,
      Cue.FUTURE, Cue.ANNOUNCE, Cue.AGREEMENT, Cue.DOCUMENT, Cue.RATIFY, Cue.DRAFT, Cue.PARTY_ANAPHOR, Cue.VAGUE,
      Cue.MEETING, Cue.SUMMIT, Cue.STANDALONE_MEETING, Cue.STATE_VISIT, Cue.VISIT, Cue.HEADS_OF_GOVERNMENT);
  private static final Set<FunctionWords.Kind> FUNCTION_WORD_ENDS = EnumSet.of(FunctionWords.Kind.ADJUNCT,
      FunctionWords.Kind.VERB, FunctionWords.Kind.SUBJECT_AFTER);

  private final SentenceScope scope;
  private final FunctionWords functionWords;
  private final WordCursor words;
  private final int from;
  private final int to;

  private AgreementDescriber(SentenceScope scope, FunctionWords functionWords) {
    this.scope = scope;
    this.functionWords = functionWords;
    this.words = new WordCursor(scope.reading);
    this.from = scope.sentence.foldedStart();
    this.to = scope.sentence.foldedEnd();
  }

  static Description describe(SentenceScope scope, FunctionWords functionWords, CueMatch noun) {
    return new AgreementDescriber(scope, functionWords).describe(noun);
  }

  private Description describe(CueMatch noun) {
    boolean headFirst = HEAD_FIRST_LANGUAGES.contains(scope.reading.language());
    int modifiers = capitalisedModifiersBefore(noun.start());
    boolean capitalised = noun.start() > from && words.capitalised(noun.start());
    int titleEnd = capitalised && headFirst ? titleContinuation(noun.end()) : noun.end();
    int titleStart = capitalised ? modifiers : noun.start();
    if (titleStart < noun.start() || titleEnd > noun.end()) {
      int words = countWords(titleStart, titleEnd);
      if (words <= MAX_TITLE_WORDS && distinctive(titleStart, titleEnd, noun)) {
        return new Description(this.words.original(titleStart, titleEnd), noun.detail(), null, null, titleStart,
            titleEnd);
      }
    }
    int phraseStart = modifiers;
    String count = null;
    int countStart = words.wordStartBefore(modifiers, from);
    int countEnd = countStart < 0 ? -1 : words.wordEnd(countStart, modifiers);
    if (countStart >= 0 && isCount(countStart, countEnd)) {
      count = countOf(countStart, countEnd);
      phraseStart = countStart;
    }
    if (headFirst) {
      int[] end = {noun.end()};
      String subject = subjectAfter(noun.end(), end);
      return new Description(null, noun.detail(), count, subject == null ? namedThingInClause(noun) : subject,
          phraseStart, end[0]);
    }
    int[] subject = subjectBefore(phraseStart);
    return new Description(null, noun.detail(), count, subject == null ? null : words.original(subject[0],
        subject[1]), subject == null ? phraseStart : subject[0], noun.end());
  }

  /** The capitalised words right before a noun ("Samarkand", "Joint Political"): the start of a title. */
  private int capitalisedModifiersBefore(int nounStart) {
    int start = nounStart;
    for (int k = 0; k < MAX_MODIFIERS; k++) {
      int word = words.wordStartBefore(start, from);
      if (word < 0 || !words.capitalised(word) || is(word, FunctionWords.Kind.TITLE_JOINER)
          || words.number(word, start)) {
        break;
      }
      start = word;
    }
    return start;
  }

  /** After a capitalised noun, the title goes on over capitalised words, numbers and the small words between. */
  private int titleContinuation(int nounEnd) {
    int at = nounEnd;
    int end = nounEnd;
    for (int k = 0; k < MAX_TITLE_WORDS; k++) {
      int word = words.nextWord(at, to);
      if (word < 0) {
        break;
      }
      int wordEnd = words.wordEnd(word, to);
      if (words.capitalised(word) || words.number(word, wordEnd)) {
        end = wordEnd;
      } else if (!is(word, FunctionWords.Kind.TITLE_JOINER)) {
        break;
      }
      at = wordEnd;
    }
    return end;
  }

  /** A title says more than the kind of document: a capitalised word outside the noun and its small words. */
  private boolean distinctive(int start, int end, CueMatch noun) {
    int at = start;
    while (at < end) {
      int word = words.nextWord(at, end);
      if (word < 0) {
        at++;
        continue;
      }
      int wordEnd = words.wordEnd(word, end);
      boolean inNoun = word >= noun.start() && wordEnd <= noun.end();
      if (!inNoun && !is(word, FunctionWords.Kind.TITLE_JOINER)) {
        return true;
      }
      at = wordEnd;
    }
    return false;
  }

  /**
   * The subject after a head-first noun: what follows "on", "for", "о" … up to who, when or where, at most
   * {@value #MAX_SUBJECT_WORDS} words, cut before its last prepositional phrase when longer ("the advance
   * exchange of information [on the movement of goods …]"); a list keeps its first {@value #MAX_LIST_ITEMS}
   * items ("education, energy, mining and more").
   */
  private String subjectAfter(int nounEnd, int[] end) {
    int word = words.nextWord(nounEnd, to);
    int markerEnd = word < 0 ? -1 : functionWords.end(scope.reading.text(), word, FunctionWords.Kind.SUBJECT_BEFORE);
    if (markerEnd < 0) {
      return null;
    }
    int start = words.nextWord(markerEnd, to);
    if (start < 0 || endsSubject(start)) {
      return null;
    }
    int last = start;
    int at = start;
    int taken = 0;
    int items = 1;
    int lastItemEnd = -1;
    boolean more = false;
    boolean cut = false;
    int beforeLastPhrase = -1;
    while (true) {
      int next = words.nextWord(at, to);
      int comma = words.nextWord(at, to) < 0 ? skipSpaces(at) : -1;
      if (next < 0 && comma >= 0 && comma < to && words.charAt(comma) == ',') {
        lastItemEnd = last;
        next = words.nextWord(comma + 1, to);
        items++;
      }
      if (next < 0 || endsSubject(next)) {
        break;
      }
      if (items > MAX_LIST_ITEMS || taken == MAX_SUBJECT_WORDS) {
        more = items > 1;
        cut = true;
        break;
      }
      if (taken > 1 && is(next, FunctionWords.Kind.TITLE_JOINER) && !is(next, FunctionWords.Kind.ARTICLE)) {
        beforeLastPhrase = last;
      }
      last = words.wordEnd(next, to);
      at = last;
      taken++;
    }
    int subjectEnd = more ? lastItemEnd : trimSmallWords(start, cut && beforeLastPhrase > start ? beforeLastPhrase
        : last);
    if (subjectEnd <= start) {
      return null;
    }
    end[0] = subjectEnd;
    return words.original(start, subjectEnd) + (more ? " and more" : "");
  }

  private int skipSpaces(int at) {
    int i = at;
    while (i < to && words.charAt(i) == Folding.SPACE) {
      i++;
    }
    return i;
  }

  /** The subject before a head-last noun, ended by a postposition ("… barədə memorandum"). */
  private int[] subjectBefore(int phraseStart) {
    int markerStart = postpositionEndingAt(words.endBefore(phraseStart, from));
    if (markerStart < 0) {
      return null;
    }
    int end = words.endBefore(markerStart, from);
    int start = end;
    for (int k = 0; k < MAX_SUBJECT_WORDS_BEFORE; k++) {
      int word = words.wordStartBefore(start, from);
      if (word < 0 || endsSubject(word) || namesAState(word)) {
        break;
      }
      start = word;
    }
    return start < end ? new int[] {start, end} : null;
  }

  /** A proper name of the lexicon in the noun's clause after it, such as "the Middle Corridor". */
  private String namedThingInClause(CueMatch noun) {
    int clauseEnd = scope.clauseOf(noun.start()).end();
    for (TermMatch<Term> topic : scope.reading.matches().within(Vocabulary.TOPIC, noun.end(), clauseEnd)) {
      String term = scope.folded.substring(topic.start(), topic.stemEnd());
      if (term.indexOf(Folding.SPACE) > 0 && words.capitalised(topic.start())) {
        int article = words.wordStartBefore(topic.start(), noun.end());
        boolean withArticle = article >= 0 && is(article, FunctionWords.Kind.ARTICLE);
        return words.original(withArticle ? article : topic.start(), topic.end());
      }
    }
    return null;
  }

  private boolean endsSubject(int word) {
    for (CueMatch cue : scope.cues) {
      if (cue.start() == word && SUBJECT_ENDS.contains(cue.cue())) {
        return true;
      }
    }
    for (FunctionWords.Kind kind : FUNCTION_WORD_ENDS) {
      if (is(word, kind)) {
        return true;
      }
    }
    return placeOrDateLocative(word) || scope.dates().stream().anyMatch(d -> d.start() == word)
        || !scope.reading.matches().within(Vocabulary.PLACE, word, words.wordEnd(word, to)).isEmpty();
  }

  /**
   * A state named on its own ("Қазақстан мен Өзбекстан су ресурстары туралы"): before a postposition it is a
   * party, not the subject. Inside a compound name it stays ("Türkiyə-Azərbaycan Universitetinin").
   */
  private boolean namesAState(int word) {
    for (CountryMention mention : scope.reading.countryMentionsIn(word, words.wordEnd(word, to))) {
      char after = mention.match().end() < scope.folded.length() ? scope.folded.charAt(mention.match().end()) : ' ';
      if (mention.start() == word && after != Folding.DASH && (word == 0 || scope.folded.charAt(word - 1) != Folding.DASH)) {
        return true;
      }
    }
    return false;
  }

  /** "in Astana", "in April", "в Бишкеке": a locative before a capitalised word, a number or a date. */
  private boolean placeOrDateLocative(int word) {
    int end = functionWords.end(scope.reading.text(), word, FunctionWords.Kind.LOCATIVE);
    if (end < 0) {
      return false;
    }
    int next = words.nextWord(end, to);
    return next >= 0 && (words.capitalised(next) || words.number(next, words.wordEnd(next, to))
        || scope.dates().stream().anyMatch(d -> d.start() == next));
  }

  /** The start of a postposition ("hakkında", "ile ilgili") that ends at {@code end}, or -1. */
  private int postpositionEndingAt(int end) {
    int start = end;
    for (int k = 0; k < 2; k++) {
      start = words.wordStartBefore(start, from);
      if (start < 0) {
        return -1;
      }
      if (functionWords.end(scope.reading.text(), start, FunctionWords.Kind.SUBJECT_AFTER) == end) {
        return start;
      }
    }
    return -1;
  }

  private boolean is(int word, FunctionWords.Kind kind) {
    return functionWords.startsAt(scope.reading.text(), word, kind);
  }

  private int trimSmallWords(int start, int end) {
    int trimmed = end;
    while (trimmed > start) {
      int word = words.wordStartBefore(trimmed, start);
      if (word < 0 || (!is(word, FunctionWords.Kind.TITLE_JOINER) && !is(word, FunctionWords.Kind.SUBJECT_BEFORE))) {
        break;
      }
      trimmed = words.endBefore(word, start);
    }
    return trimmed;
  }

  private boolean isCount(int start, int end) {
    return words.number(start, end) || cueAt(start, Cue.COUNT) != null;
  }

  private String countOf(int start, int end) {
    CueMatch word = cueAt(start, Cue.COUNT);
    return word != null ? word.detail() : words.original(start, end);
  }

  private int countWords(int start, int end) {
    int count = 0;
    int at = start;
    while (at < end) {
      int word = words.nextWord(at, end);
      if (word < 0) {
        at++;
        continue;
      }
      count++;
      at = words.wordEnd(word, end);
    }
    return count;
  }

  private CueMatch cueAt(int start, Cue kind) {
    List<CueMatch> cues = scope.cues;
    for (CueMatch cue : cues) {
      if (cue.start() == start && cue.cue() == kind) {
        return cue;
      }
    }
    return null;
  }
}
