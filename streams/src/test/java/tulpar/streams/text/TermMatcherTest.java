package tulpar.streams.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tulpar.streams.text.TermMatcher.Flag;
import tulpar.streams.text.TermMatcher.Term;

class TermMatcherTest {

  private static final SuffixRules SUFFIXES = new SuffixRules(Set.of("ның", "мен", "da", "ki", "s"));

  private static TermMatcher<String> matcher(List<Term<String>> terms) {
    return new TermMatcher<>(terms, SUFFIXES);
  }

  private static List<String> found(TermMatcher<String> matcher, String text) {
    return TermMatcher.longestLeftmost(matcher.find(FoldedText.of(text))).stream()
        .map(m -> m.payload() + "=" + m.span().getText()).toList();
  }

  @Test
  void shouldAcceptAnyEndingAfterAnApostrophe() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Kazakistan", Set.of(), "KZ")));

    assertThat(found(matcher, "Kazakistan'ın ve Kazakistan’a")).containsExactly("KZ=Kazakistan'ın", "KZ=Kazakistan’a");
  }

  @Test
  void shouldAcceptAChainOfKnownEndingsWithoutAnApostrophe() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Қазақстан", Set.of(), "KZ"),
        new Term<>("Türkiye", Set.of(), "TR")));

    assertThat(found(matcher, "Қазақстанның Türkiyedaki")).containsExactly("KZ=Қазақстанның", "TR=Türkiyedaki");
  }

  @Test
  void shouldRejectATermThatIsOnlyThePrefixOfAnotherWord() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Turk", Set.of(), "turk")));

    assertThat(found(matcher, "Turkmenistan and preTurk")).isEmpty();
    assertThat(found(matcher, "a Turk")).containsExactly("turk=Turk");
  }

  @Test
  void shouldLetAStemTakeAnyEnding() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("торгов", Set.of(Flag.PREFIX), "trade")));

    assertThat(found(matcher, "торговля и торгового")).containsExactly("trade=торговля", "trade=торгового");
  }

  @Test
  void shouldRequireACapitalWhenTheTermSaysSo() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Turkey", Set.of(Flag.CAPITALISED), "TR")));

    assertThat(found(matcher, "roast turkey in Turkey")).containsExactly("TR=Turkey");
  }

  @Test
  void shouldMatchAcronymsOnlyInCapitalsAndWithoutEndings() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("OTS", Set.of(Flag.UPPER_CASE), "OTS")));

    assertThat(found(matcher, "ots OTSda OTS's OTS")).containsExactly("OTS=OTS's", "OTS=OTS");
  }

  @Test
  void shouldLetAShortTermTakeOneEndingOnly() {
    TermMatcher<String> matcher = new TermMatcher<>(List.of(new Term<>("gaz", Set.of(), "gas")),
        new SuffixRules(Set.of("e", "te", "da")));

    assertThat(found(matcher, "gazda Gazete")).containsExactly("gas=gazda");
  }

  @Test
  void shouldFindTermsThatStartInsideALongerOneInTheSamePass() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Turkic Investment Fund", Set.of(), "fund"),
        new Term<>("investment", Set.of(), "topic"), new Term<>("Turkic", Set.of(), "turkic")));

    assertThat(matcher.foldAndFind("the Turkic Investment Fund").matches()).extracting(TermMatch::payload)
        .containsExactly("fund", "turkic", "topic");
  }

  @Test
  void shouldPreferTheLongestOfOverlappingTerms() {
    TermMatcher<String> matcher = matcher(List.of(new Term<>("Planning Group", Set.of(), "short"),
        new Term<>("Joint Strategic Planning Group", Set.of(), "long")));

    assertThat(found(matcher, "the Joint Strategic Planning Group met")).containsExactly(
        "long=Joint Strategic Planning Group");
  }
}
