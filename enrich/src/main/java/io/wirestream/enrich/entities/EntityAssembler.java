package io.wirestream.enrich.entities;

import io.wirestream.avro.Entity;
import io.wirestream.avro.EntityType;
import io.wirestream.avro.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges mentions into entities and ranks them. A one-word person mention joins the full name it
 * ends ("Aliyev" -> "Ilham Aliyev"), even when the gazetteer read it as a place, if the name finder
 * read it as a person ("Jordan" after "Michael Jordan"), or the name finder took it for an
 * organisation; a full name read once as a person stays one where the name finder took it for an
 * organisation or a place the gazetteer does not know; an acronym joins the organisation whose
 * initials it spells ("NATO"); a company named without its legal form joins the one named with it
 * ("Tesla" and "Tesla Inc"). A person's mention keeps the title of address before the name
 * ("President Barack Obama"), which the entity's name drops. Salience grows with the number of
 * mentions, an early first mention and presence in the headline.
 */
final class EntityAssembler {

  private static final double HEADLINE_WEIGHT = 0.4;
  private static final double COUNT_WEIGHT = 0.35;
  private static final double POSITION_WEIGHT = 0.25;
  private static final int MENTIONS_FOR_FULL_COUNT = 4;

  /** Upper-case names this long or shorter are acronyms ("UAE", "DRC"), not shouted names. */
  private static final int MAX_ACRONYM_LENGTH = 4;

  /** A company's legal form closing its name: " Inc", " Corp.", ", Ltd", " plc", " AG". */
  private static final Pattern LEGAL_FORM =
      Pattern.compile(
          ",? (?:Inc|Corp|Co|Ltd|LLC|L\\.L\\.C|PLC|plc|AG|GmbH|S\\.A|SA|N\\.V|NV)\\.?$");

  /**
   * An entity being built: its key, type, canonical name, code, gazetteer place (null for names
   * that are no known place) and mentions in text order.
   */
  private static final class Group {
    final EntityType type;
    String name;
    final String code;
    final Place place;
    final List<Candidate> mentions = new ArrayList<>();

    Group(EntityType type, String name, String code, Place place) {
      this.type = type;
      this.name = name;
      this.code = code;
      this.place = place;
    }
  }

  private final AttachedTitles titles;

  EntityAssembler(AttachedTitles titles) {
    this.titles = titles;
  }

  List<Entity> assemble(List<Candidate> candidates, int bodyLength) {
    List<Candidate> ordered = new ArrayList<>(candidates);
    // Longer person names first, so that surnames find the full name they belong to.
    ordered.sort(
        Comparator.comparingInt(
                (Candidate c) -> c.type() == EntityType.PERSON ? -(c.to() - c.from()) : 0)
            .thenComparing(c -> c.field().equals("headline") ? 0 : 1)
            .thenComparingInt(Candidate::begin));
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, Group> bySurname = new LinkedHashMap<>();
    Map<String, Group> byOtherWord = new LinkedHashMap<>();
    Map<String, Group> byFullName = new LinkedHashMap<>();
    for (Candidate c : ordered) {
      Group group = groupFor(c, groups, bySurname, byOtherWord, byFullName);
      group.mentions.add(c);
    }
    mergeAcronyms(groups);
    mergeLegalForms(groups);
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups.values()) {
      entities.add(toEntity(g, bodyLength, candidates));
    }
    entities.sort(
        Comparator.comparingDouble(Entity::getSalience)
            .reversed()
            .thenComparing(e -> firstField(e) ? 0 : 1)
            .thenComparingInt(e -> e.getMentions().get(0).getBegin()));
    return entities;
  }

  /**
   * The entity a mention belongs to. A one-word mention joins the person whose surname it is, or
   * else whose name holds it before the surname: "Luiz Inacio Lula da Silva" ... "Lula", and "Lim
   * Guan Eng" ... "Lim", where the family name comes first.
   */
  private static Group groupFor(
      Candidate c,
      Map<String, Group> groups,
      Map<String, Group> bySurname,
      Map<String, Group> byOtherWord,
      Map<String, Group> byFullName) {
    String text = c.text();
    boolean oneWord = c.to() - c.from() == 1;
    // "von der Leyen" stands for "Ursula von der Leyen" as a bare surname does
    boolean surnameOnly =
        oneWord || PersonSpans.surnameAfterParticles(c.tokens(), c.from()) == c.to() - 1;
    // a place the gazetteer does not know ("Germany 's Merz wins") may be a surname too
    if (surnameOnly && (c.type() != EntityType.PLACE || c.maybeSurname() || c.place() == null)) {
      String surname = c.tokens().word(c.to() - 1);
      Group person = bySurname.getOrDefault(surname, byOtherWord.get(surname));
      if (person != null) {
        return person;
      }
    }
    if (!oneWord && c.type() != EntityType.PERSON && c.place() == null) {
      Group person = byFullName.get(text);
      if (person != null) {
        return person; // a full name read as a person once stays a person in the article
      }
    }
    String key;
    String name;
    if (c.type() == EntityType.PLACE && c.place() != null) {
      key = c.place().id();
      name = c.place().name();
    } else {
      name = c.type() == EntityType.PLACE ? inMixedCase(text) : text;
      key = c.type() + ":" + name;
    }
    Group group = groups.computeIfAbsent(key, k -> new Group(c.type(), name, c.code(), c.place()));
    if (c.type() == EntityType.PERSON && !oneWord) {
      bySurname.putIfAbsent(c.tokens().word(c.to() - 1), group);
      byFullName.putIfAbsent(text, group);
      for (int k = c.from(); k < c.to() - 1; k++) {
        if (c.tokens().isCapitalised(k)) {
          byOtherWord.putIfAbsent(c.tokens().word(k), group);
        }
      }
    }
    return group;
  }

  /** "NATO" joins "North Atlantic Treaty Organization" when both are organisations here. */
  private static void mergeAcronyms(Map<String, Group> groups) {
    List<Group> organisations = new ArrayList<>();
    for (Group g : groups.values()) {
      if (g.type == EntityType.ORGANISATION) {
        organisations.add(g);
      }
    }
    for (Group acronym : organisations) {
      if (!isAcronym(acronym.name)) {
        continue;
      }
      for (Group full : organisations) {
        if (full != acronym
            && !full.mentions.isEmpty()
            && initials(full.name).equals(acronym.name)) {
          full.mentions.addAll(acronym.mentions);
          acronym.mentions.clear();
          break;
        }
      }
    }
    groups.values().removeIf(g -> g.mentions.isEmpty());
  }

  /**
   * "Tesla Inc" ... "Tesla": a company named with and without its legal form is one organisation,
   * under the name the story goes on to use. The bare name joins it as an organisation, or as a
   * one-word person (the name finder's reading of an unknown company name without its legal form).
   * So does the bare name's first part before a last word ("Toyota Motor Corp" ... "Toyota"), and a
   * city of that name: "Toyota" and "Hitachi" are towns in Japan, but a story naming the company
   * means the company. A country or region of that name stays a place ("Kenya Airways Ltd").
   */
  private static void mergeLegalForms(Map<String, Group> groups) {
    for (Group company : List.copyOf(groups.values())) {
      Matcher legal = LEGAL_FORM.matcher(company.name);
      if (company.type != EntityType.ORGANISATION || !legal.find()) {
        continue;
      }
      String bare = company.name.substring(0, legal.start());
      int lastSpace = bare.lastIndexOf(' ');
      String shorter = lastSpace < 0 ? null : bare.substring(0, lastSpace);
      for (Group g : groups.values()) {
        if (g != company
            && (g.name.equals(bare) || g.name.equals(shorter))
            && (g.type == EntityType.ORGANISATION
                || g.type == EntityType.PERSON && g.name.indexOf(' ') < 0
                || g.place != null && g.place.kind() == Place.Kind.CITY)) {
          company.mentions.addAll(g.mentions);
          g.mentions.clear();
          company.name = g.name;
        }
      }
    }
    groups.values().removeIf(g -> g.mentions.isEmpty());
  }

  /**
   * "JASPER, Alberta —": a dateline's place the gazetteer does not know is named as the story
   * writes it ("Jasper"), and is one place with it. Short upper-case names ("UAE") stay.
   */
  private static String inMixedCase(String text) {
    if (text.length() <= MAX_ACRONYM_LENGTH || !text.equals(text.toUpperCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder mixed = new StringBuilder(text.length());
    boolean wordStart = true;
    for (char ch : text.toCharArray()) {
      mixed.append(wordStart ? ch : Character.toLowerCase(ch));
      wordStart = !Character.isLetter(ch) && ch != '\'';
    }
    return mixed.toString();
  }

  private static boolean isAcronym(String name) {
    return name.length() >= 2
        && name.length() <= 6
        && name.chars().allMatch(Character::isUpperCase);
  }

  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        sb.append(word.charAt(0));
      }
    }
    return sb.toString();
  }

  private Entity toEntity(Group g, int bodyLength, List<Candidate> all) {
    g.mentions.sort(
        Comparator.comparing((Candidate c) -> c.field().equals("headline") ? 0 : 1)
            .thenComparingInt(Candidate::begin));
    List<Mention> mentions = new ArrayList<>();
    boolean inHeadline = false;
    for (Candidate c : g.mentions) {
      int start = c.type() == EntityType.PERSON ? mentionStart(c, all) : c.from();
      mentions.add(
          new Mention(
              c.tokens().span(start, c.to()), c.tokens().begins[start], c.end(), c.field()));
      inHeadline |= c.field().equals("headline");
    }
    Candidate first = g.mentions.get(0);
    double position = inHeadline || bodyLength == 0 ? 0 : (double) first.begin() / bodyLength;
    double salience =
        (inHeadline ? HEADLINE_WEIGHT : 0)
            + COUNT_WEIGHT * Math.min(1.0, (double) mentions.size() / MENTIONS_FOR_FULL_COUNT)
            + POSITION_WEIGHT * (1 - position);
    return new Entity(g.type, g.name, g.code, Math.round(salience * 1000) / 1000.0, mentions);
  }

  /** Where a person's mention starts: at the title of address, unless another mention holds it. */
  private int mentionStart(Candidate person, List<Candidate> all) {
    int start = titles.mentionStart(person.tokens(), person.from());
    if (start == person.from()) {
      return start;
    }
    for (Candidate c : all) {
      if (c.tokens() == person.tokens() && c.from() < person.from() && c.to() > start) {
        return person.from();
      }
    }
    return start;
  }

  private static boolean firstField(Entity e) {
    return e.getMentions().get(0).getField().equals("headline");
  }
}
