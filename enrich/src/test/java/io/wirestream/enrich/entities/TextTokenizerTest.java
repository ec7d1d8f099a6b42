package io.wirestream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTokenizerTest {

  private final TextTokenizer tokenizer = TextTokenizer.load();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
            Aliyev's aides said                 | Aliyev 's aides said
            The U.S. and the U.K. agreed.       | The U.S. and the U.K. agreed .
            Mr. Smith didn't go                 | Mr. Smith did n't go
            George W. Bush, 2001                | George W. Bush , 2001
            Shi'ite and O'Brien in Côte d'Ivoire | Shi'ite and O'Brien in Côte d'Ivoire
            Guinea-Bissau (GB) sold 1,000 tons  | Guinea-Bissau ( GB ) sold 1,000 tons
            AT&T said: "No."                    | AT&T said : " No . "
            Aliyev’s plan                       | Aliyev ’s plan
            """)
  void splitsLikeTheTrainingData(String text, String expected) {
    assertThat(String.join(" ", tokenizer.tokenize("body", text).words)).isEqualTo(expected);
  }

  @Test
  void offsetsIndexTheOriginalText() {
    String text = "In  Baku,\tAliyev's office";
    Tokens tokens = tokenizer.tokenize("body", text);
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(text.substring(tokens.begins[i], tokens.ends[i])).isEqualTo(tokens.word(i));
    }
    assertThat(tokens.span(1, 4)).isEqualTo("Baku,\tAliyev");
  }

  @Test
  void sentencesStartAfterFinalPunctuationAndParagraphBreaks() {
    Tokens tokens = tokenizer.tokenize("body", "Mr. Smith left. Then rain\n\nNew paragraph here");
    List<String> starts = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.sentenceStarts[i]) {
        starts.add(tokens.word(i));
      }
    }
    assertThat(starts).containsExactly("Mr.", "Then", "New");
  }

  @Test
  void anAbbreviationsFullStopEndsTheSentenceWhenASentenceOpenerFollows() {
    Tokens tokens =
        tokenizer.tokenize(
            "body",
            "Shares of Acme Inc. rose. It said sales grew at Acme Inc. The U.S. Army agreed.");
    List<String> starts = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.sentenceStarts[i]) {
        starts.add(tokens.word(i));
      }
    }
    assertThat(starts).containsExactly("Shares", "It", "The");
  }
}
