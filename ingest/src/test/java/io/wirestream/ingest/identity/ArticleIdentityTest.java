package io.wirestream.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids are stable, ignore tracking noise, and survive edits; the content hash does not. */
class ArticleIdentityTest {

  private final ArticleIdentity identity = ArticleIdentity.defaults();

  @Test
  void sourceGuidIsTheIdUnchanged() {
    assertThat(
            identity.id("  urn:newsml:example.com:1  ", "https://example.com/a", "src", "h", "b"))
        .isEqualTo("urn:newsml:example.com:1");
  }

  @Test
  void sameInputGivesSameId() {
    String first = identity.id(null, "https://example.com/a", "src", "Headline", "Body");
    String second = identity.id(null, "https://example.com/a", "src", "Headline", "Body");

    assertThat(first)
        .isEqualTo(second)
        .startsWith(ArticleIdentity.HASH_ID_PREFIX)
        .hasSize(ArticleIdentity.HASH_ID_PREFIX.length() + ArticleIdentity.ID_HASH_HEX_CHARS)
        .matches("sha256:[0-9a-f]{32}");
  }

  @Test
  void trackingParametersAndFragmentsDoNotChangeTheId() {
    String clean = identity.id(null, "https://example.com/story?id=5", "src", "H", "B");
    String tracked =
        identity.id(
            null, "https://EXAMPLE.com/story?utm_source=tw&id=5&fbclid=x#top", "src", "H", "B");

    assertThat(tracked).isEqualTo(clean);
  }

  @Test
  void differentStoriesGetDifferentIds() {
    assertThat(identity.id(null, "https://example.com/a", "s", "H", "B"))
        .isNotEqualTo(identity.id(null, "https://example.com/b", "s", "H", "B"));
  }

  @Test
  void changedBodyKeepsTheIdButChangesTheContentHash() {
    String url = "https://example.com/a";
    String idBefore = identity.id(null, url, "s", "Headline", "First version.");
    String idAfter = identity.id(null, url, "s", "Headline", "Corrected version.");

    assertThat(idAfter).isEqualTo(idBefore);
    assertThat(identity.contentHash("Headline", "Corrected version."))
        .isNotEqualTo(identity.contentHash("Headline", "First version."));
  }

  @Test
  void contentHashIgnoresSpacingButNotWords() {
    String hash = identity.contentHash("Headline", "Para one.\n\nPara two.");

    assertThat(identity.contentHash(" Headline ", "Para one.\n\n\nPara   two. ")).isEqualTo(hash);
    assertThat(identity.contentHash("Headline", "Para one.\n\nPara three.")).isNotEqualTo(hash);
    assertThat(hash).matches("[0-9a-f]{64}");
  }

  @Test
  void contentHashIsSha256OfTheNormalisedText() {
    assertThat(identity.contentHash("H", "B")).isEqualTo(ArticleIdentity.sha256Hex("H\n\nB"));
  }

  @Test
  void withoutGuidOrUrlTheIdComesFromSourceHeadlineAndBody() {
    String id = identity.id(null, null, "wire", "Headline", "Body text.");

    assertThat(id).matches("sha256:[0-9a-f]{32}");
    assertThat(identity.id(null, "not a url", "wire", "HEADLINE", "Body   text.")).isEqualTo(id);
    assertThat(identity.id(null, null, "other-wire", "Headline", "Body text.")).isNotEqualTo(id);
    assertThat(identity.id(null, null, "wire", "Headline", "Other body.")).isNotEqualTo(id);
  }
}
