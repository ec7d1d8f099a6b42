package io.wirestream.enrich.dates;

import io.wirestream.avro.TemporalExpression;
import io.wirestream.avro.TimexType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds temporal expressions in English news text and normalises them to TIMEX3 (type, value, mod),
 * resolving relative ones against a reference instant (the article's publication time, read in
 * UTC). Immutable and thread-safe; the word lists are loaded once by {@link #standard()}.
 *
 * <p>One pass: the text is tokenized, tokens that cannot start an expression are skipped, and at
 * each remaining token the rule families are tried; the longest match wins and scanning resumes
 * after it. Output depends only on (text, field, reference).
 */
public final class TemporalTagger {

  /**
   * How far a function word ("the", "about", "this") may stand before the word that carries the
   * time.
   */
  private static final int LOOKAHEAD = 5;

  private static final TemporalTagger STANDARD = new TemporalTagger(Lexicon.load());

  private final Lexicon lexicon;
  private final RuleFamily[] families = {
    new ExplicitDateRules(),
    new FiscalPeriodRules(),
    new DecadeCenturyRules(),
    new TimeOfDayRules(),
    new RelativeDateRules(),
    new NamedDayRules(),
    new SetRules(),
    new DurationRules(),
    new ReferenceWordRules(),
    new HolidayRules(),
    new OrdinalDayRules()
  };
  private final ModifierRules modifiers = new ModifierRules(this::longest);

  private TemporalTagger(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The tagger with the rule resources shipped on the classpath. */
  public static TemporalTagger standard() {
    return STANDARD;
  }

  /**
   * Expressions in text order, non-overlapping.
   *
   * @param text plain text
   * @param field "headline" or "body", copied into each record
   * @param reference instant relative expressions resolve against (its calendar day in UTC)
   */
  public List<TemporalExpression> tag(String text, String field, Instant reference) {
    Objects.requireNonNull(reference, "reference");
    return tag(text, field, LocalDate.ofInstant(reference, ZoneOffset.UTC));
  }

  /**
   * Expressions in text order, non-overlapping.
   *
   * @param text plain text
   * @param field "headline" or "body", copied into each record
   * @param today the day relative expressions resolve against: the publisher's calendar day
   */
  public List<TemporalExpression> tag(String text, String field, LocalDate today) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(today, "today");
    Cursor c = new Cursor(Tokenizer.tokenize(text, lexicon.vocabulary), lexicon, today);
    List<TemporalExpression> out = new ArrayList<>();
    int i = 0;
    int n = c.size();
    while (i < n) {
      if (!mayStart(c, i)) {
        i++;
        continue;
      }
      Candidate cand = modifiers.match(c, i);
      if (cand == null || cand.end() <= i) {
        i++;
        continue;
      }
      if (quotedTitle(c, cand) || insideTitle(c, cand)) {
        i = cand.end();
        continue;
      }
      out.add(toRecord(c, text, field, cand));
      if (cand.period() != null) {
        c.setPrevious(cand.period(), cand.end());
      }
      if (cand.period() != null && cand.anchor() && cand.type() != TimexType.SET) {
        c.setFocus(
            cand.period().granularity().finerThan(Granularity.DAY)
                ? CalendarValue.day(cand.period().start())
                : cand.period(),
            cand.period().granularity() == Granularity.QUARTER
                && cand.period().start().isBefore(c.today)
                && TenseDetector.cue(c, cand.begin(), cand.end()) == Lexicon.Direction.PAST);
      }
      i = cand.end();
    }
    return out;
  }

  /**
   * Cheap filter: a number, a core time word, or a function word with one of those close behind.
   */
  private boolean mayStart(Cursor c, int i) {
    Token t = c.t(i);
    if (t.isNumber() || t.isCore()) {
      return true;
    }
    if (!t.isTrigger() && !(t.kind() == Token.Kind.PUNCT && t.lower().equals("'"))) {
      return false;
    }
    for (int k = i + 1; k < c.size() && k <= i + LOOKAHEAD; k++) {
      Token n = c.t(k);
      if (n.isNumber() || n.isCore()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A capitalised expression that is all of a quotation is a title, not a time: ABC's "This Week",
   * NBC's "Today" show.
   */
  private static boolean quotedTitle(Cursor c, Candidate cand) {
    if (!isQuote(c, cand.begin() - 1)) {
      return false;
    }
    int e = cand.end();
    if (!isQuote(c, e) && !(c.isAny(e, ",", ".") && isQuote(c, e + 1))) {
      return false;
    }
    for (int k = cand.begin(); k < cand.end(); k++) {
      if (c.t(k).isWord() && !c.t(k).capitalized()) {
        return false;
      }
    }
    // a programme's owner ("ABC News' ", "NBC's ", "on ") or kind ("show") beside it; a quoted
    // "Tomorrow," on its own is speech
    int q = cand.begin() - 2;
    boolean owner = c.isAny(q, "on", "'") || c.is(q, "s") && c.is(q - 1, "'");
    return owner || c.isAny(isQuote(c, e) ? e + 1 : e + 2, "show", "program", "programme");
  }

  /**
   * Whether the expression ends inside a name or set phrase of {@code titles.tsv} ("CNN Tonight",
   * "The Last Week" of "The Last Week Tonight host", "the late-night host").
   */
  private static boolean insideTitle(Cursor c, Candidate cand) {
    for (int k = Math.max(0, cand.begin() - 3); k < cand.end(); k++) {
      Token t = c.t(k);
      // words no name starts with are skipped without making their lower-case form
      char initial = Character.toLowerCase(t.first());
      if (!t.isWord() || initial > 127 || !c.lex.titleInitials[initial]) {
        continue;
      }
      PhraseTable.Hit<Boolean> hit = c.lex.titles.match(c, k);
      if (hit != null
          && hit.end() >= cand.end()
          && (!hit.value() || capitalised(c, k, hit.end()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word in tokens [begin, end) but short function words starts upper-case. */
  private static boolean capitalised(Cursor c, int begin, int end) {
    for (int k = begin; k < end; k++) {
      Token t = c.t(k);
      if (t.isWord() && t.length() > 3 && !t.capitalized()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isQuote(Cursor c, int i) {
    return c.isAny(i, "\"", "\u201c", "\u201d");
  }

  /** The longest match of any family at token i; earlier families win ties. */
  private Candidate longest(Cursor c, int i) {
    if (c.t(i) == null) {
      return null;
    }
    Candidate best = null;
    for (RuleFamily f : families) {
      Candidate cand = f.match(c, i);
      if (cand != null && cand.begin() == i && (best == null || cand.end() > best.end())) {
        best = cand;
      }
    }
    return best;
  }

  private static TemporalExpression toRecord(Cursor c, String text, String field, Candidate cand) {
    int begin = c.t(cand.begin()).begin();
    int end = c.t(cand.end() - 1).end();
    CalendarValue p = cand.period();
    return TemporalExpression.newBuilder()
        .setText(text.substring(begin, end))
        .setBegin(begin)
        .setEnd(end)
        .setField(field)
        .setType(cand.type())
        .setValue(cand.value())
        .setMod(cand.mod())
        .setRangeBegin(p == null ? null : p.rangeBegin())
        .setRangeEnd(p == null ? null : p.rangeEnd())
        .build();
  }
}
