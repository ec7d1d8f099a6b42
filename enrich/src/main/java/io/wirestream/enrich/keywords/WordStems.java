package io.wirestream.enrich.keywords;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems of lowercase English words, precomputed for the words of the bundled document-frequency table so that
 * the common case is a map lookup; other words are stemmed on the fly. Immutable and thread-safe.
 */
public final class WordStems {

    private static final Map<String, String> COMMON = precompute();

    private WordStems() {
    }

    /** The Porter stem of a lowercase word ("elections" gives "elect"). */
    public static String stem(String lowercaseWord) {
        String stem = COMMON.get(lowercaseWord);
        return stem != null ? stem : new PorterStemmer().stem(lowercaseWord);
    }

    private static Map<String, String> precompute() {
        PorterStemmer stemmer = new PorterStemmer();
        Map<String, String> stems = new HashMap<>();
        for (String word : DocumentFrequencies.load().words()) {
            stems.put(word, stemmer.stem(word));
        }
        return Map.copyOf(stems);
    }
}
