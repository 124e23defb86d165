package org.proximite.core.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How each language's text is cut into words: lower case, stop words dropped, accents folded
 * (so that <i>securite</i> typed on a phone finds <i>sécurité</i>), then a light stemmer
 * (<i>polices</i> finds <i>police</i>). Folding comes before stemming so that a word written with
 * or without its accents stems the same way. A language without a stemmer here (Dioula, say) is
 * still lower-cased and folded.
 */
final class LanguageAnalyzers extends DelegatingAnalyzerWrapper {

    private static final CharArraySet FRENCH_ARTICLES = new CharArraySet(
            java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private final Map<String, Analyzer> byLanguage = Map.of(
            "fr", new Folding("fr"),
            "en", new Folding("en"),
            "pt", new Folding("pt"));
    private final Analyzer other = new Folding("");

    LanguageAnalyzers() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    /** The analyser of one language. */
    Analyzer of(String language) {
        return byLanguage.getOrDefault(language, other);
    }

    /** Fields are named {@code title.fr}, {@code text.en}: the part after the dot is the language. */
    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        int dot = fieldName.indexOf('.');
        return dot < 0 ? other : of(fieldName.substring(dot + 1));
    }

    private static final class Folding extends Analyzer {

        private final String language;

        Folding(String language) {
            this.language = language;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            switch (language) {
                case "fr" -> {
                    stream = new ElisionFilter(stream, FRENCH_ARTICLES);
                    stream = new LowerCaseFilter(stream);
                    stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                    stream = new ASCIIFoldingFilter(stream);
                    stream = new FrenchLightStemFilter(stream);
                }
                case "en" -> {
                    stream = new EnglishPossessiveFilter(stream);
                    stream = new LowerCaseFilter(stream);
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    stream = new ASCIIFoldingFilter(stream);
                    stream = new PorterStemFilter(stream);
                }
                case "pt" -> {
                    stream = new LowerCaseFilter(stream);
                    stream = new StopFilter(stream, PortugueseAnalyzer.getDefaultStopSet());
                    stream = new ASCIIFoldingFilter(stream);
                    stream = new PortugueseLightStemFilter(stream);
                }
                default -> {
                    stream = new LowerCaseFilter(stream);
                    stream = new ASCIIFoldingFilter(stream);
                }
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
