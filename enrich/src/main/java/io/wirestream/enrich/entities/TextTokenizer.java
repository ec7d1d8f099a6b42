package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits news text into tokens the way the name-finder's training data was tokenised (Penn Treebank
 * style): punctuation apart, "'s" and "n't" apart, abbreviations such as "U.S.", "Mr." and initials
 * kept whole, hyphenated names kept whole. Also marks sentence starts.
 */
final class TextTokenizer {

  private static final Set<String> CLITICS = Set.of("s", "re", "ve", "ll", "d", "m");

  /**
   * Words that open a sentence and never follow an abbreviation inside one: after "Apple Inc." or
   * "the U.S." the abbreviation's full stop also ends the sentence when one of these comes next.
   */
  private static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "His",
          "Her",
          "Its",
          "Their",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "But",
          "And",
          "In",
          "On",
          "At",
          "If",
          "When",
          "While",
          "After",
          "Before",
          "Shares",
          "Officials");

  /** Marks that stand between a sentence's end and the next sentence's first word. */
  private static final Set<String> SENTENCE_MARKS =
      Set.of("\"", "\u201C", "\u201D", "'", "\u2018", "\u2019", ")", "(");

  private final Set<String> abbreviations;

  TextTokenizer(Set<String> abbreviations) {
    this.abbreviations = abbreviations;
  }

  static TextTokenizer load() {
    return new TextTokenizer(new HashSet<>(WordLists.lines("abbreviations.txt")));
  }

  Tokens tokenize(String field, String text) {
    List<String> words = new ArrayList<>();
    // News runs at about one token per five characters: room enough, seldom grown
    int[] begins = new int[Math.max(16, text.length() / 4)];
    int[] ends = new int[begins.length];
    int n = 0;
    int i = 0;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = Character.isLetterOrDigit(c) ? wordEnd(text, i) : punctuationEnd(text, i);
      if (n == begins.length) {
        begins = Arrays.copyOf(begins, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
      }
      begins[n] = i;
      ends[n] = end;
      words.add(text.substring(i, end));
      n++;
      i = end;
    }
    return new Tokens(
        field,
        text,
        words.toArray(String[]::new),
        begins,
        ends,
        sentenceStarts(text, words, begins, ends));
  }

  private int wordEnd(String text, int start) {
    int length = text.length();
    if (start + 3 <= length
        && isApostrophe(text.charAt(start + 1))
        && (text.charAt(start) == 'n' || text.charAt(start) == 'N')
        && (text.charAt(start + 2) == 't' || text.charAt(start + 2) == 'T')) {
      return start + 3; // the "n't" split off "don't"
    }
    int i = start;
    while (i < length) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '-' || c == '.' || c == ',' || c == '&')
          && i + 1 < length
          && Character.isLetterOrDigit(text.charAt(i + 1))
          && (c != ','
              || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
          && (c != '&' || Character.isUpperCase(text.charAt(i - 1)))) {
        // Hyphenated words, "U.S" (period handled below), numbers like 1,000 or 3.5, "AT&T".
        i++;
      } else if (isApostrophe(c)
          && i + 1 < length
          && Character.isLetter(text.charAt(i + 1))
          && !isClitic(text, i)
          && !isNegation(text, i - 1)) {
        i++; // O'Brien, Shi'ite and d'Ivoire stay whole; clitics ('s, 're, n't) are split off
      } else {
        break;
      }
    }
    if (i < length && text.charAt(i) == '.' && keepsPeriod(text.substring(start, i))) {
      i++;
    }
    if (i - start > 1
        && (text.charAt(i - 1) == 'n' || text.charAt(i - 1) == 'N')
        && i < length
        && isApostrophe(text.charAt(i))
        && i + 1 < length
        && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')) {
      return i - 1; // "don't" -> "do" + "n't"
    }
    return i;
  }

  /** True at "'s", "'re", "'ve", "'ll", "'d", "'m" followed by a non-letter. */
  private static boolean isClitic(String text, int apostrophe) {
    int i = apostrophe + 1;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return isCliticAt(text, apostrophe + 1, i);
  }

  /** True when {@code text[from, to)} is one of {@link #CLITICS}, in any case; no allocation. */
  private static boolean isCliticAt(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 2) {
      return false;
    }
    for (String clitic : CLITICS) {
      if (clitic.length() == length && text.regionMatches(true, from, clitic, 0, length)) {
        return true;
      }
    }
    return false;
  }

  /** True at the "n" of "n't". */
  private static boolean isNegation(String text, int n) {
    return n + 2 < text.length()
        && (text.charAt(n) == 'n' || text.charAt(n) == 'N')
        && isApostrophe(text.charAt(n + 1))
        && (text.charAt(n + 2) == 't' || text.charAt(n + 2) == 'T')
        && (n + 3 == text.length() || !Character.isLetter(text.charAt(n + 3)));
  }

  private boolean keepsPeriod(String word) {
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "George W. Bush"
    }
    if (word.indexOf('.') > 0) {
      return true; // "U.S", "a.m"
    }
    return abbreviations.contains(word);
  }

  private static int punctuationEnd(String text, int start) {
    char c = text.charAt(start);
    if (isApostrophe(c) && start + 1 < text.length()) {
      int i = start + 1;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (isCliticAt(text, start + 1, i)) {
        return i;
      }
    }
    return start + Character.charCount(text.codePointAt(start));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean[] sentenceStarts(
      String text, List<String> words, int[] begins, int[] ends) {
    boolean[] starts = new boolean[words.size()];
    boolean next = true;
    for (int i = 0; i < words.size(); i++) {
      if (i > 0 && paragraphBreakBetween(text, ends[i - 1], begins[i])) {
        next = true;
      }
      starts[i] = next;
      String w = words.get(i);
      next =
          endsSentence(w)
              || w.length() >= 2
                  && w.endsWith(".")
                  && i + 1 < words.size()
                  && SENTENCE_OPENERS.contains(words.get(i + 1))
              // "... violence . \" The FBI said": a quotation mark or bracket after a sentence's
              // end, closing it or opening the next, hands the start on to the next word
              || starts[i] && i > 0 && SENTENCE_MARKS.contains(w) && endsSentence(words.get(i - 1));
    }
    return starts;
  }

  private static boolean endsSentence(String word) {
    return word.equals(".") || word.equals("!") || word.equals("?");
  }

  /** Two line breaks in the white space between two tokens end a paragraph. */
  private static boolean paragraphBreakBetween(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines >= 2;
  }
}
