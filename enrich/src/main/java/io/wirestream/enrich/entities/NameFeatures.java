package io.wirestream.enrich.entities;

import java.util.ArrayList;
import java.util.List;
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
 * once per token of a sentence rather than once per window that contains the token (five times).
 * The features are identical (a test compares them with the model's own generator).
 */
final class NameFeatures {

    private static final int WINDOW = 2;
    private static final int SUFFIX_LENGTH = 3;

    private NameFeatures() {}

    static NameContextGenerator contextGenerator() {
        AdaptiveFeatureGenerator features = new CachedFeatureGenerator(new AggregatedFeatureGenerator(
                new WindowFeatureGenerator(new PerToken(new TokenClassFeatureGenerator(true)), WINDOW, WINDOW),
                new WindowFeatureGenerator(new PerToken(new TokenFeatureGenerator(true)), WINDOW, WINDOW),
                new SuffixFeatureGenerator(SUFFIX_LENGTH),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false)));
        return new DefaultNameContextGenerator(features);
    }

    /**
     * Remembers the features of each token of the current sentence. Valid for generators whose
     * output depends on the token alone (not on neighbours or earlier outcomes).
     */
    private static final class PerToken implements AdaptiveFeatureGenerator {
        private final AdaptiveFeatureGenerator generator;
        private String[] sentence;
        private List<String>[] cache;

        PerToken(AdaptiveFeatureGenerator generator) {
            this.generator = generator;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (tokens != sentence) {
                sentence = tokens;
                cache = new List[tokens.length];
            }
            List<String> cached = cache[index];
            if (cached == null) {
                cached = new ArrayList<>(4);
                generator.createFeatures(cached, tokens, index, previousOutcomes);
                cache[index] = cached;
            }
            features.addAll(cached);
        }
    }
}
