package tulpar.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void paragraphsStayParagraphsAndLineBreaksStayLines() {
    String html = "<div><p>First  paragraph,\n wrapped.</p><p>Second<br>on two lines.</p><ul><li>one</li>"
        + "<li>two</li></ul></div>";

    assertThat(HtmlText.reduce(html).text())
        .isEqualTo("First paragraph, wrapped.\n\nSecond\non two lines.\n\none\ntwo");
  }

  @Test
  void soupWithUnclosedTagsScriptsAndEntitiesBecomesReadableText() {
    String soup = "<html><head><title>Talks in  Baku</title><style>p{color:red}</style></head><body>"
        + "<script>track();</script><p>Ministers met &amp; talked<p>They agreed&nbsp;on a <b>road map</b>"
        + "<noscript>enable JS</noscript></body>";

    HtmlText.Reduced reduced = HtmlText.reduce(soup);

    assertThat(reduced.title()).isEqualTo("Talks in Baku");
    assertThat(reduced.text()).isEqualTo("Ministers met & talked\n\nThey agreed on a road map");
  }

  @Test
  void inlineTagsDoNotGlueOrSplitWords() {
    assertThat(HtmlText.reduce("<p><b>Astana</b> <i>and</i> Tashkent</p>").text()).isEqualTo("Astana and Tashkent");
  }

  @Test
  void onlyRealTagsMakeTextHtml() {
    assertThat(HtmlText.looksLikeHtml("<p>Text</p>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("Line one<br/>line two")).isTrue();
    assertThat(HtmlText.looksLikeHtml("<a href=\"https://example.org\">link</a>")).isTrue();
    assertThat(HtmlText.looksLikeHtml("Growth was < 5% and > 2%; a <3 for trade")).isFalse();
    assertThat(HtmlText.looksLikeHtml("Tom &amp; Jerry")).isFalse();
    assertThat(HtmlText.looksLikeHtml(null)).isFalse();
  }
}
