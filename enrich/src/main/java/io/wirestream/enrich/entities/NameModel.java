package io.wirestream.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained name finder (persons, organisations, places) applied sentence by sentence.
 * The model is shared; each thread gets its own {@link NameFinderME}, which keeps per-document
 * state and is not thread-safe.
 */
final class NameModel {

    /** A name the model found: tokens {@code [from, to)} of one field, with the model's type name. */
    record Found(int from, int to, String type) {}

    private final ThreadLocal<NameFinderME> finders;

    private NameModel(TokenNameFinderModel model) {
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    static NameModel load() {
        try (InputStream in = NameModel.class.getResourceAsStream(EntityModelTrainer.MODEL_FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + EntityModelTrainer.MODEL_FILE
                        + "; build it with EntityModelTrainer");
            }
            return new NameModel(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the entity name-finder model", e);
        }
    }

    /** Starts a new document: forgets names seen in the previous one. */
    void startDocument() {
        finders.get().clearAdaptiveData();
    }

    List<Found> find(Tokens tokens) {
        NameFinderME finder = finders.get();
        List<Found> found = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.sentenceStarts[i]) {
                String[] sentence = Arrays.copyOfRange(tokens.words, start, i);
                for (Span span : finder.find(sentence)) {
                    found.add(new Found(start + span.getStart(), start + span.getEnd(), span.getType()));
                }
                start = i;
            }
        }
        return found;
    }
}
