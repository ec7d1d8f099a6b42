package io.wirestream.enrich.entities;

import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Mention;
import java.util.ArrayList;
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
  private final EntityAssembler assembler;
  private final AttachedTitles titles;

  private EntityTagger(
      TextTokenizer tokenizer,
      MentionFinder finder,
      TitleCaseHeadline titleCase,
      AttachedTitles titles) {
    this.tokenizer = tokenizer;
    this.finder = finder;
    this.titleCase = titleCase;
    this.assembler = new EntityAssembler(titles);
    this.titles = titles;
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
    return new EntityTagger(
        tokenizer,
        finder,
        new TitleCaseHeadline(givenNames, organisations),
        AttachedTitles.load(titles));
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

  /**
   * How the story names its people and places, as written less any title of address ("Joe Biden"
   * for the mention "President Joe Biden"). Organisations are left out: their names are made of
   * ordinary words ("central bank" is a keyword even where the European Central Bank is named).
   */
  public List<String> peopleAndPlacesAsNamed(List<Entity> entities) {
    List<String> names = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.getType() != EntityType.ORGANISATION) {
        for (Mention m : entity.getMentions()) {
          names.add(
              entity.getType() == EntityType.PERSON
                  ? titles.withoutTitle(m.getText().toString())
                  : m.getText().toString());
        }
      }
    }
    return names;
  }
}
