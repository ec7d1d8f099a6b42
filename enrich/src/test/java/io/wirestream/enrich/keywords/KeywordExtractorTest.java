package io.wirestream.enrich.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordExtractorTest {

  private static final KeywordExtractor EXTRACTOR = KeywordExtractor.standard();

  private static String[] story() throws IOException {
    try (InputStream in = KeywordExtractorTest.class.getResourceAsStream("story.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", 2);
    }
  }

  @Test
  void storyKeywordsNameWhatItIsAbout() throws IOException {
    String[] story = story();
    List<String> keywords = EXTRACTOR.keywords(story[0], story[1]);
    assertThat(keywords).hasSizeBetween(3, KeywordExtractor.MAX_KEYWORDS);
    assertThat(keywords.subList(0, 4)).contains("interest rates", "inflation");
    assertThat(keywords).contains("central bank");
  }

  @Test
  void keywordsAreLowercaseWithoutStopWordsOrRepeats() throws IOException {
    String[] story = story();
    List<String> keywords = EXTRACTOR.keywords(story[0], story[1]);
    assertThat(keywords).allMatch(k -> k.equals(k.toLowerCase()));
    assertThat(keywords).doesNotHaveDuplicates();
    assertThat(keywords).noneMatch(k -> StopWords.english().contains(k));
  }

  @Test
  void capitalisedNamesInTheBodyAreKeptAsPhrases() throws IOException {
    String[] story = story();
    assertThat(EXTRACTOR.keywords(story[0], story[1])).contains("maria lindqvist");
  }

  private static final String STORY_BODY =
      "The central bank kept its main interest rate unchanged on Thursday, saying inflation had"
          + " eased for a third month. Governor Maria Lindqvist told reporters that inflation was"
          + " still above the bank's target and that the rate would stay where it is until"
          + " inflation falls further. Economists had expected the bank to keep the rate on hold"
          + " through March.";

  @Test
  void aHeadlineWordTheStoryNeverRepeatsIsNoKeyword() {
    List<String> keywords =
        EXTRACTOR.keywords("Central bank holds rate as inflation cools", STORY_BODY);
    assertThat(keywords).contains("inflation", "central bank").doesNotContain("cools", "holds");
  }

  @Test
  void aTeaserIsTooShortToRepeatTheHeadline() {
    List<String> keywords =
        EXTRACTOR.keywords("Central bank holds rate as inflation cools", "Prices eased again.");
    assertThat(keywords).contains("inflation");
  }

  @Test
  void monthsAndTimesOfDayAreLeftToTheDateTagger() {
    List<String> keywords =
        EXTRACTOR.keywords(
            "Bank keeps rate on hold until March",
            STORY_BODY + " March was also the month the bank last moved, one March morning.");
    assertThat(keywords).doesNotContain("march", "month", "morning");
  }

  @Test
  void ordinalsAreNoKeywords() {
    List<String> keywords =
        EXTRACTOR.keywords(
            "Late goal in the 89th minute wins the cup",
            STORY_BODY + " The 89th-minute goal was the club's 3rd cup win and its 89th goal.");
    assertThat(keywords).isNotEmpty().doesNotContain("89th", "3rd");
  }

  @Test
  void aPieceOfAPersonsOrPlacesNameIsNoKeywordButTheWholeNameIs() {
    String headline = "President visits flooded Rio Grande do Sul";
    String body =
        "President Luiz Inacio Lula da Silva flew over Rio Grande do Sul on Thursday. Luiz Inacio"
            + " Lula da Silva promised aid to the flooded towns of Rio Grande do Sul, where rain"
            + " has forced thousands from their homes. Porto Alegre, the state capital, is cut"
            + " off, and Porto Alegre's airport is closed.";
    List<String> names =
        List.of("Luiz Inacio Lula da Silva", "Rio Grande do Sul", "Porto Alegre", "Porto Alegre");

    assertThat(EXTRACTOR.keywords(headline, body))
        .as("without the names, pieces of them come up")
        .containsAnyOf("luiz inacio", "sul", "rio grande", "lula");
    assertThat(EXTRACTOR.keywords(headline, body, names))
        .doesNotContain("luiz inacio", "sul", "rio grande", "lula", "inacio lula", "president luiz")
        .contains("porto alegre");
  }

  @Test
  void aPieceOfALongerCapitalisedNameIsNoKeyword() {
    String headline = "Nurses strike over pay as carmaker recalls vehicles";
    String body =
        "Thousands of nurses went on strike on Wednesday, the New Zealand Nurses Organisation"
            + " said. The strike closed wards, and the nurses union said pay had fallen behind."
            + " Separately, Tesla Inc recalled 120,000 vehicles after regulators found a fault; the"
            + " vehicles will be fixed by a software update, Tesla said. Tesla Inc shares fell."
            + " Lawyers said the strike broke the International Emergency Economic Powers Act, and"
            + " the International Emergency Economic Powers Act allows fines, the nurses said.";

    assertThat(EXTRACTOR.keywords(headline, body))
        .contains("nurses", "strike", "vehicles")
        .doesNotContain(
            "organisation", "nurses organisation", "inc", "economic powers", "emergency")
        .as("an adverb says how, not what")
        .doesNotContain("separately");
  }

  @Test
  void aTitleEndsANameSoThePersonsNameIsWhole() {
    String body =
        "Central bank Governor Maria Lindqvist said rates would stay high. Governor Maria"
            + " Lindqvist added that inflation was easing, and markets rose after Governor Maria"
            + " Lindqvist spoke.";

    assertThat(EXTRACTOR.keywords("Rates stay high", body))
        .contains("maria lindqvist")
        .doesNotContain("governor maria lindqvist");
  }

  @Test
  void wordsNewsUsesAsVerbsAreNoKeywordsNorEndsOfPhrases() {
    String headline = "Neighbours agree to protect river as drought bites";
    String body =
        "The two governments agreed on Monday to protect the river, which both depend on. Under"
            + " the deal they will protect the river's flow, and each signalled it would protect"
            + " farmers from the drought. Officials agreed the river had fallen to its lowest level."
            + " Both sides signalled that the drought could last, and they agreed to meet again."
            + " Farmers said the river and the drought would decide the harvest.";
    List<String> keywords = EXTRACTOR.keywords(headline, body);
    assertThat(keywords)
        .contains("river", "drought")
        .doesNotContain("agree", "agreed", "protect", "signalled", "said")
        .noneMatch(k -> k.startsWith("protect ") || k.endsWith(" agreed"));
  }

  @Test
  void aWordSeenAsNounAndVerbAsOftenIsShownAsTheNoun() {
    String headline = "Floods force thousands from homes in southern province";
    String body =
        "Heavy rain since Monday has flooded dozens of towns in the province, forcing more than"
            + " 20,000 people from their homes, officials said on Saturday. The regional governor"
            + " flew over the area on Thursday and promised federal aid to the towns. Forecasters"
            + " expect more rain over the next two days.";
    assertThat(EXTRACTOR.keywords(headline, body)).contains("floods").doesNotContain("flooded");
  }

  @Test
  void aHeadlinesPresentTenseVerbIsNoKeywordEvenAboveATeaser() {
    List<String> keywords =
        EXTRACTOR.keywords(
            "Veteran broadcaster dies at 84",
            "The broadcaster presented the evening news for three decades.");
    assertThat(keywords).contains("broadcaster").doesNotContain("dies");
  }

  @Test
  void pastFormsOfIrregularVerbsAreNoKeywords() {
    List<String> keywords =
        EXTRACTOR.keywords(
            "Minister met envoys before talks",
            "The minister flew to the capital and met envoys from both sides. Envoys sought"
                + " guarantees on the border, and the minister paid tribute to the monitors.");
    assertThat(keywords).contains("envoys").doesNotContain("met", "flew", "sought", "paid");
  }

  @Test
  void aHeadlineVerbIsKnownByItsFormWithoutTheS() {
    List<String> keywords =
        EXTRACTOR.keywords(
            "Storm kills five in coastal towns", "The storm flooded roads and cut power.");
    assertThat(keywords).contains("storm").doesNotContain("kills");
  }

  @Test
  void sameInputGivesSameKeywords() throws IOException {
    String[] story = story();
    assertThat(EXTRACTOR.keywords(story[0], story[1]))
        .isEqualTo(EXTRACTOR.keywords(story[0], story[1]));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(value = {"''", "'the and of it'", "'2024 - 12'"})
  void textWithoutContentWordsHasNoKeywords(String text) {
    assertThat(EXTRACTOR.keywords(text, text)).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Biden's plan|biden plan",
        "COVID-19 cases rise.|covid-19 cases rise /",
        "peace talks (again)|peace talks / again /",
        "O'Brien’s well-known view|o'brien well-known view"
      })
  void wordsKeepInnerHyphensAndApostrophesAndDropPossessives(String text, String expected) {
    List<String> words = Words.of(text, 1000);
    assertThat(String.join(" ", words.stream().map(w -> w.isEmpty() ? "/" : w).toList()))
        .isEqualTo(expected);
  }
}
