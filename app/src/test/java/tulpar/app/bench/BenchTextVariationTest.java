package tulpar.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BenchTextVariationTest {

  @Test
  void yearsMoveTogetherAndStayValidDates() {
    assertThat(TextVariation.shiftYears("Signed on 2026-02-02 (11.11.2022), in 2021 and 2100.", -5))
        .isEqualTo("Signed on 2021-02-02 (11.11.2017), in 2016 and 2095.");
    assertThat(TextVariation.shiftYears("A 12000 km road and 1,2024 things", 3))
        .isEqualTo("A 12000 km road and 1,2024 things");
  }

  @Test
  void yearShiftsKeepYearsInRangeAndThePublicationDateInThePast() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    int[] range = TextVariation.yearShiftRange("Founded in 1990, the 2030 plan", LocalDate.of(2026, 3, 1), today);
    assertThat(range).containsExactly(1950 - 1990, 0);
    assertThat(TextVariation.yearShiftRange("in 2020", LocalDate.of(2025, 12, 1), today)).containsExactly(-70, 0);
    assertThat(TextVariation.yearShiftRange("in 2020", LocalDate.of(2024, 6, 1), today)).containsExactly(-70, 2);
  }

  @Test
  void ordinalsMoveWithTheirSuffixes() {
    assertThat(TextVariation.shiftOrdinals("the 9th summit and the 1st meeting", 2))
        .isEqualTo("the 11th summit and the 3rd meeting");
    assertThat(TextVariation.shiftOrdinals("the 9th summit", 3)).isEqualTo("the 12th summit");
  }

  @Test
  void figuresChangeButDaysYearsAndDatesDoNot() {
    String text = "On 2 February 2026 (02.02.2026) they agreed on 420,000 units, 1.8 billion dollars and 45 projects.";
    String varied = TextVariation.varyFigures(text, new SplittableRandom(1));
    assertThat(varied).startsWith("On 2 February 2026 (02.02.2026) they agreed on ")
        .doesNotContain("420,000").doesNotContain("1.8 billion").doesNotContain(" 45 projects");
    assertThat(varied).matches(".* \\d{1,3},\\d{3} units, \\d+\\.\\d billion dollars and \\d+ projects\\.");
  }

  @Test
  void countriesSwapWithTheirAdjectivesAndCapitals() {
    int[] kazakhstanAndUzbekistanSwapped = {1, 0, 2, 3, 4, 5, 6};
    assertThat(TextVariation.swapCountries("The Kazakh minister flew from Astana to Tashkent; Kazakhstan and"
        + " Turkey signed. Uzbekistan's Uzbek", kazakhstanAndUzbekistanSwapped))
        .isEqualTo("The Uzbek minister flew from Tashkent to Astana; Uzbekistan and Türkiye signed."
            + " Kazakhstan's Kazakh");
  }

  @Test
  void sentencesAreCutAtFullStopsButNotAfterAbbreviations() {
    assertThat(TextVariation.paragraphs("Held on Feb. 2 in Ankara. Mr. Fidan spoke. \"Yes,\" he said.\nNext one."))
        .containsExactly(List.of("Held on Feb. 2 in Ankara.", "Mr. Fidan spoke.", "\"Yes,\" he said."),
            List.of("Next one."));
  }
}
