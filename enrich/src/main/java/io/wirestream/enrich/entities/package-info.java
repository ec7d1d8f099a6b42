/**
 * People, places and organisations in news text.
 *
 * <p>{@link io.wirestream.enrich.entities.EntityTagger} is the entry point. It tokenises the
 * headline and body ({@code TextTokenizer}), finds candidate names with a trained OpenNLP name
 * finder ({@code NameModel}, whose parameters {@code NameFeatures} finds by hash in a {@code
 * FeatureTable}), organisation shapes ({@code OrganisationRules}), titles ({@code TitleMatcher}),
 * upper-case datelines ({@code DatelineFinder}, {@code DatelinePlaces}) and the place gazetteer
 * ({@code PlaceGazetteer}), trims the name finder's spans ({@code NameSpans}), settles conflicts
 * and place readings by context ({@code MentionFinder}, {@code PlaceResolver}) and merges mentions
 * into ranked entities ({@code EntityAssembler}).
 *
 * <p>The bundled data (gazetteers, word lists, {@code ner-model.bin}) lives beside these classes as
 * resources, with its sources and licences in {@code NOTICE.txt}. The derived files are rebuilt
 * from the shared data directory with {@code java -cp ...
 * io.wirestream.enrich.entities.EntityModelTrainer DATA_DIR [OUTPUT_DIR]} (or {@code
 * EntityModelTrainer.train(dataDir, outputDir)}); one document in ten of each labelled corpus is
 * held out ({@code LabelledCorpus.isHeldOut}) and scored with {@link
 * io.wirestream.enrich.entities.EntityEvaluation}.
 */
package io.wirestream.enrich.entities;
