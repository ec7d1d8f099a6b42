package io.wirestream.enrich.entities;

import io.wirestream.avro.Entity;
import java.util.List;

/**
 * Finds the people, places and organisations of a news article. Places come from bundled gazetteers
 * (GeoNames, ISO 3166) with ISO country codes and context disambiguation; people and organisations
 * from a bundled name-finder model plus title and organisation-shape rules. Immutable and
 * thread-safe once loaded; the output is a pure function of the input.
 */
public final class EntityTagger {

  private final TextTokenizer tokenizer;
  private final MentionFinder finder;
  private final TitleCaseHeadline titleCase;
  private final EntityAssembler assembler = new EntityAssembler();

  private EntityTagger(TextTokenizer tokenizer, MentionFinder finder, TitleCaseHeadline titleCase) {
    this.tokenizer = tokenizer;
    this.finder = finder;
    this.titleCase = titleCase;
  }

  /** Loads the gazetteers and the model from the classpath. */
  public static EntityTagger load() {
    TextTokenizer tokenizer = TextTokenizer.load();
    PlaceGazetteer gazetteer = PlaceGazetteer.load(tokenizer);
    TitleMatcher titles = TitleMatcher.load();
    OrganisationRules organisations = OrganisationRules.load(gazetteer, titles);
    GivenNames givenNames = GivenNames.load();
    MentionFinder finder =
        new MentionFinder(
            NameModel.load(),
            gazetteer,
            PlaceResolver.load(),
            titles,
            organisations,
            OrganisationNames.load(tokenizer),
            givenNames,
            new java.util.HashSet<>(WordLists.lines("speech-verbs.txt")),
            new java.util.HashSet<>(WordLists.lines("event-words.txt")));
    return new EntityTagger(tokenizer, finder, new TitleCaseHeadline(givenNames, organisations));
  }

  /**
   * The entities of an article, most salient first. Mention offsets are UTF-16 indexes into the
   * field they name ("headline" or "body"), end exclusive.
   */
  public List<Entity> tag(String headline, String body) {
    String h = headline == null ? "" : headline;
    String b = body == null ? "" : body;
    List<Candidate> candidates =
        titleCase.filter(
            finder.find(List.of(tokenizer.tokenize("headline", h), tokenizer.tokenize("body", b))));
    return assembler.assemble(candidates, b.length());
  }
}
