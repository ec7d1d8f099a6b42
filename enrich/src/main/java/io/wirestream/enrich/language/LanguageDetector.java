package io.wirestream.enrich.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Detects the language of a text with the Apache OpenNLP language model (103 languages) and reports
 * it as an ISO 639-1 code. Only the opening of the text is read: a few hundred characters decide
 * the language as well as the whole article and cost a fraction of the time. Reports nothing when
 * the text is too short or the best language does not clearly beat the runner-up. Immutable and
 * thread-safe.
 */
public final class LanguageDetector {

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final String OVERRIDES_RESOURCE =
      "/io/wirestream/enrich/language/iso639-3-overrides.tsv";

  private final NgramWeights weights;
  private final String[] isoCodes; // by model outcome index; null where no ISO 639-1 code exists
  private final CharNgrams ngrams;
  private final double minRatio;

  LanguageDetector(
      MaxentModel model, Map<String, String> iso3to1, CharNgrams ngrams, double minRatio) {
    this.weights = NgramWeights.of(model);
    this.ngrams = ngrams;
    this.minRatio = minRatio;
    this.isoCodes = new String[model.getNumOutcomes()];
    for (int i = 0; i < isoCodes.length; i++) {
      isoCodes[i] = iso3to1.get(model.getOutcome(i));
    }
  }

  /**
   * Loads the OpenNLP model from the classpath (a few seconds: it is 10 MB); load once and share.
   */
  public static LanguageDetector load() {
    try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing classpath resource "
                + MODEL_RESOURCE
                + " (artifact org.apache.opennlp:opennlp-models-langdetect)");
      }
      MaxentModel model = new LanguageDetectorModel(in).getMaxentModel();
      return new LanguageDetector(model, iso3to1(), CharNgrams.standard(), 1.5);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  /** The ISO 639-1 code of the text's language, or empty when unsure. */
  public Optional<String> detect(String text) {
    return detect(text, null);
  }

  /**
   * The ISO 639-1 code of a story's language, read from its headline and then its body (either may
   * be null), or empty when unsure. The same answer as {@link #detect(String)} on the headline and
   * body joined by a blank line, without copying the body.
   */
  public Optional<String> detect(String headline, String body) {
    int[] features = new int[ngrams.maxFeatures()];
    int count = ngrams.features(headline, body, weights, features);
    if (count == 0) {
      return Optional.empty();
    }
    double[] p = weights.probabilities(features, count);
    int best = 0;
    int second = -1;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        second = best;
        best = i;
      } else if (second < 0 || p[i] > p[second]) {
        second = i;
      }
    }
    if (second >= 0 && p[best] < minRatio * p[second]) {
      return Optional.empty();
    }
    return Optional.ofNullable(isoCodes[best]);
  }

  /** ISO 639-3 to ISO 639-1, from Java's language table plus the bundled overrides. */
  static Map<String, String> iso3to1() throws IOException {
    Map<String, String> map = new HashMap<>();
    for (String iso2 : Locale.getISOLanguages()) {
      map.put(Locale.forLanguageTag(iso2).getISO3Language(), iso2);
    }
    try (InputStream in = LanguageDetector.class.getResourceAsStream(OVERRIDES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + OVERRIDES_RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalArgumentException(
              OVERRIDES_RESOURCE + ": expected two columns: " + line);
        }
        map.put(cols[0].strip(), cols[1].strip());
      }
    }
    return map;
  }
}
