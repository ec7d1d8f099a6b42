package io.wirestream.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each family of chrome lines is recognised; story sentences that start alike are not. */
class BoilerplateFilterTest {

  private final BoilerplateFilter filter = BoilerplateFilter.defaults();

  @ParameterizedTest(name = "chrome: {0}")
  @ValueSource(
      strings = {
        "Skip to content",
        "Skip to main content",
        "Jump to navigation",
        "Menu",
        "Back to top",
        "Home | World | Politics | Business",
        "News > World > Europe",
        "You are here: Home / News",
        "Next article",
        "Page 2 of 5",
        "Read also: Why prices rose",
        "Read more",
        "Read more:",
        "Read more »",
        "See also: Timeline",
        "Related: Floods in the north",
        "Related articles",
        "Related stories",
        "More on this story",
        "Latest",
        "Latest news",
        "Most read",
        "Top stories",
        "You may also like",
        "Continue reading",
        "Click here to subscribe",
        "Story continues below advertisement",
        "Advertisement",
        "ADVERTISEMENT",
        "Sponsored content",
        "Scroll to continue reading",
        "Share this article",
        "Share",
        "Share on Facebook",
        "Facebook Twitter Email",
        "Facebook | Twitter | WhatsApp",
        "Copy link",
        "Print this page",
        "Comments (12)",
        "12 comments",
        "Follow us on Twitter",
        "Follow us",
        "Follow The Courier on Instagram",
        "Join us on Telegram",
        "Sign up for our newsletter",
        "Sign up to our daily briefing email",
        "Get our morning newsletter in your inbox",
        "Subscribe now",
        "Log in",
        "Already a subscriber? Sign in",
        "Enter your email address",
        "We use cookies to improve your experience.",
        "This website uses cookies. By continuing to browse you accept our use of cookies.",
        "Accept all cookies",
        "Cookie settings",
        "Privacy policy | Terms of use | Contact us",
        "© 2024 Example Media Ltd",
        "Copyright 2024 The Associated Press. All rights reserved.",
        "(c) Example News",
        "All rights reserved.",
        "Photo: Jane Doe/Reuters",
        "Photograph: Sam Lee for the Courier",
        "Image credit: NASA",
        "(Photo by John Smith/Getty Images)",
        "AFP via Getty Images",
        "Getty Images",
        "Reporting by David Milliken; Editing by Toby Chopra",
        "This story has been updated to correct the date.",
        "Updated: 17 April 2024 10:00",
        "Published 3 hours ago",
        "5 min read",
        "Listen to this article (4:32)",
        "Loading...",
        "• Latest •"
      })
  void chromeLineIsBoilerplate(String line) {
    assertThat(filter.isBoilerplate(line)).isTrue();
  }

  @ParameterizedTest(name = "story: {0}")
  @ValueSource(
      strings = {
        "Related to the renovation, the museum added a new wing for modern art.",
        "Share prices of the construction firm rose 3% on the news.",
        "Follow-up visits by inspectors are planned for next year.",
        "Copyright law prevented the museum from showing some of the works online, she added.",
        "Latest figures show visitor numbers doubled in the first week.",
        "Read more widely, he said, and you will understand the plan.",
        "Photography is banned inside the chamber, the speaker reminded members.",
        "The advertisement was pulled after complaints from viewers.",
        "Home prices rose 4% in March, the statistics office said.",
        "Subscribers to the service will pay 10% more from June, the company said.",
        "We use the cookies from the bakery next door, the owner joked."
      })
  void storySentenceIsNotBoilerplate(String line) {
    assertThat(filter.isBoilerplate(line)).isFalse();
  }

  @Test
  void veryLongLineIsNeverBoilerplate() {
    String line = "We use cookies " + "and more words ".repeat(40);

    assertThat(filter.isBoilerplate(line)).isFalse();
  }

  @Test
  void loadsPatternsFromAStreamSkippingCommentsAndBlanks() {
    String patterns = "# comment\n\nbreaking news\n";
    BoilerplateFilter custom =
        BoilerplateFilter.load(new ByteArrayInputStream(patterns.getBytes(StandardCharsets.UTF_8)));

    assertThat(custom.size()).isEqualTo(1);
    assertThat(custom.isBoilerplate("BREAKING NEWS")).isTrue();
    assertThat(custom.isBoilerplate("Skip to content")).isFalse();
  }

  @Test
  void badPatternIsReportedWithItsLine() {
    String patterns = "ok\n(unclosed\n";

    assertThatThrownBy(
            () ->
                BoilerplateFilter.load(
                    new ByteArrayInputStream(patterns.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }
}
