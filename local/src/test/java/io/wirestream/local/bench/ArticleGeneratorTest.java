package io.wirestream.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

  private static final Instant RECEIVED = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void sameSeedAndIndexGiveTheSameArticleInAnyOrder() {
    ArticleGenerator first = new ArticleGenerator(42);
    ArticleGenerator second = new ArticleGenerator(42);
    RawArticle late = second.raw(7, RECEIVED);
    second.raw(3, RECEIVED);
    assertThat(first.raw(7, RECEIVED)).isEqualTo(late);
    assertThat(new ArticleGenerator(43).raw(7, RECEIVED).getBody()).isNotEqualTo(late.getBody());
  }

  @Test
  void bodiesAreOneToFiveKilobytesWithDistinctIdsAndVariedDates() {
    ArticleGenerator generator = new ArticleGenerator(ArticleGenerator.DEFAULT_SEED);
    Set<String> ids = new HashSet<>();
    Set<Instant> dates = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      ArticleGenerator.Generated article = generator.generate(i);
      assertThat(article.body().getBytes(StandardCharsets.UTF_8).length)
          .isBetween(1024, 5 * 1024 + 512);
      ids.add(article.id());
      dates.add(article.published());
    }
    assertThat(ids).hasSize(500);
    assertThat(dates.size()).isGreaterThan(450);
  }

  @Test
  void jsonLineAndHtmlCarryTheSameArticle() {
    ArticleGenerator generator = new ArticleGenerator(1);
    ArticleGenerator.Generated article = generator.generate(5);
    assertThat(generator.jsonLine(5))
        .startsWith("{\"id\":\"" + article.id() + "\"")
        .doesNotContain("\n");
    assertThat(generator.html(5))
        .contains("<h1>" + article.headline().replace("&", "&amp;") + "</h1>");
  }
}
