package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The name finder's features as declared in {@code ner-features.xml}, built from the same OpenNLP
 * generators, with one difference for speed: the per-token generators under a window are computed
 * once per distinct word rather than once per window that contains the token (five times).
 * The features are identical (a test compares them with the model's own generator).
 */
final class NameFeatures {

    private static final int WINDOW = 2;
    private static final int SUFFIX_LENGTH = 3;

    private NameFeatures() {}

    static NameContextGenerator contextGenerator() {
        AdaptiveFeatureGenerator features = new CachedFeatureGenerator(new AggregatedFeatureGenerator(
                new WordWindow(new TokenClassFeatureGenerator(true)),
                new WordWindow(new TokenFeatureGenerator(true)),
                new SuffixFeatureGenerator(SUFFIX_LENGTH),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false)));
        return new DefaultNameContextGenerator(features);
    }

    /**
     * A {@link WindowFeatureGenerator} of {@code WINDOW} tokens either side over a generator whose
     * output depends on the token alone, with the same features in the same order (current token,
     * then "p1", "p2", then "n1", "n2" prefixed). The features of each distinct word, prefixed for
     * every window offset, are made once and reused while the word recurs, so a token's strings are
     * not rebuilt (nor rehashed by the model's lookups) for each window that contains it. One
     * instance serves one thread, like the context generator that holds it.
     */
    private static final class WordWindow implements AdaptiveFeatureGenerator {
        /** Bounds the memory of a long-lived thread; past it the cache starts afresh. */
        private static final int MAX_WORDS = 50_000;
        private final AdaptiveFeatureGenerator generator;
        private final Map<String, String[][]> byWord = new HashMap<>(4096);

        WordWindow(AdaptiveFeatureGenerator generator) {
            this.generator = generator;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            addAll(features, offsets(tokens[index], previousOutcomes)[0]);
            for (int i = 1; i <= WINDOW; i++) {
                if (index - i >= 0) {
                    addAll(features, offsets(tokens[index - i], previousOutcomes)[i]);
                }
            }
            for (int i = 1; i <= WINDOW; i++) {
                if (index + i < tokens.length) {
                    addAll(features, offsets(tokens[index + i], previousOutcomes)[WINDOW + i]);
                }
            }
        }

        /** The word's features: [0] unprefixed, [i] "p" + i, [WINDOW + i] "n" + i. */
        private String[][] offsets(String word, String[] previousOutcomes) {
            String[][] cached = byWord.get(word);
            if (cached == null) {
                List<String> own = new ArrayList<>(4);
                generator.createFeatures(own, new String[] {word}, 0, previousOutcomes);
                cached = new String[2 * WINDOW + 1][];
                cached[0] = own.toArray(new String[0]);
                for (int i = 1; i <= WINDOW; i++) {
                    cached[i] = prefixed(WindowFeatureGenerator.PREV_PREFIX + i, cached[0]);
                    cached[WINDOW + i] = prefixed(WindowFeatureGenerator.NEXT_PREFIX + i, cached[0]);
                }
                if (byWord.size() >= MAX_WORDS) {
                    byWord.clear();
                }
                byWord.put(word, cached);
            }
            return cached;
        }

        private static String[] prefixed(String prefix, String[] features) {
            String[] result = new String[features.length];
            for (int i = 0; i < features.length; i++) {
                result[i] = prefix + features[i];
            }
            return result;
        }

        private static void addAll(List<String> features, String[] more) {
            for (String feature : more) {
                features.add(feature);
            }
        }
    }
}
