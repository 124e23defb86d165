package org.proximite.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader must never see, in any language of the interface: a raw key (the
 * {@code !key} this project's {@link ProximiteI18nProvider} answers for a key no bundle has,
 * Vaadin's own {@code !fr: key} and {@code !{key}!} markers, a key of the bundles written out as
 * is), a placeholder left unformatted ({@code {0}}), or, in French and Portuguese, a text that is
 * an English text of the bundles of more than two words (whatever its parameters) where the other
 * bundle has its own text or has none (the provider then shows the English one), unless the page
 * marks it as written in another language ({@code lang}).
 *
 * <p>French and English come from the application's bundles, Portuguese from the Guinea-Bissau
 * chapter shipped with it (as {@link ShippedChapterBundlesTest} reads it). The lifecycle's reasons
 * (chapter format) are interface texts too.
 */
final class InterfaceTexts {

    /** The interface languages every view is opened in. */
    static final List<String> LANGUAGES = List.of("fr", "en", "pt");

    /** The project's provider, for a missing key: "!" and the key. */
    private static final Pattern MISSING_KEY = Pattern.compile("(?<![\\p{L}\\p{N}!])![a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");
    /** Vaadin's default provider ("!fr: key") and the marker of a component without any provider ("!{key}!"). */
    private static final Pattern VAADIN_MARKER = Pattern.compile("![a-z]{2,3}(?:[-_][A-Za-z]+)?: [A-Za-z0-9_.-]+|!\\{");
    /** A MessageFormat placeholder left as is: a text formatted without its parameters. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(?:,[^}]*)?}");
    /** Words that could be a key: letters, digits, dots, dashes and underscores, with a dot inside. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)+");

    private final Map<String, Map<String, String>> bundles;
    private final Set<String> keys;
    /** Per language but English: the English texts of more than two words that this language writes otherwise, as patterns. */
    private final Map<String, Map<String, Sentence>> english = new LinkedHashMap<>();

    /** A text as shown, with the language its page or element says it is in (null when nothing says). */
    record Shown(String text, String lang) {}

    /** An English text of the bundles: its longest part without placeholder, looked for first, then the whole. */
    private record Sentence(String anchor, Pattern pattern) {

        /** Whether the text is this one, whatever its parameters. */
        boolean is(String text) {
            return text.contains(anchor) && pattern.matcher(text).matches();
        }
    }

    private InterfaceTexts(Map<String, Map<String, String>> bundles) {
        this.bundles = bundles;
        this.keys = new LinkedHashSet<>();
        bundles.values().forEach(bundle -> keys.addAll(bundle.keySet()));
        Map<String, String> en = bundles.get("en");
        for (String language : LANGUAGES) {
            if (language.equals("en")) {
                continue;
            }
            Map<String, String> other = bundles.get(language);
            Map<String, Sentence> sentences = new TreeMap<>();
            en.forEach((key, text) -> {
                String translated = other.get(key);
                // A key the language lacks shows in English (the provider's fallback): as untranslated as one left in English.
                if ((translated == null || !rendered(translated).equals(rendered(text))) && words(text) > 2) {
                    sentences.put(key, new Sentence(anchor(text), asRendered(text)));
                }
            });
            english.put(language, sentences);
        }
    }

    /** The bundles as shipped: the application's French and English, the Guinea-Bissau chapter's Portuguese; and the reasons'. */
    static InterfaceTexts shipped() {
        Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
        Map<String, String> en = new TreeMap<>(load("/vaadin-i18n/translations_en.properties"));
        en.putAll(load("/org/proximite/chapter/format/reasons.properties"));
        Map<String, String> fr = new TreeMap<>(load("/vaadin-i18n/translations_fr.properties"));
        fr.putAll(load("/org/proximite/chapter/format/reasons_fr.properties"));
        bundles.put("fr", fr);
        bundles.put("en", en);
        bundles.put("pt", portuguese());
        return new InterfaceTexts(bundles);
    }

    /** The text of a key in a language's bundle, or null. */
    String text(String language, String key) {
        return bundles.get(language).get(key);
    }

    /**
     * What is wrong in the texts of one view shown in one language, each problem as
     * "where × language: what — the text found"; empty when nothing is.
     */
    List<String> problems(String where, String language, Collection<Shown> texts) {
        Set<String> problems = new LinkedHashSet<>();
        for (Shown each : new LinkedHashSet<>(texts)) {
            String text = each.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            String shown = text.strip().replaceAll("\\s+", " ");
            find(MISSING_KEY, shown).forEach(found -> problems.add(problem(where, language, "missing key " + found, shown)));
            find(VAADIN_MARKER, shown).forEach(found -> problems.add(problem(where, language, "missing translation " + found, shown)));
            find(PLACEHOLDER, shown).forEach(found -> problems.add(problem(where, language, "unformatted placeholder " + found, shown)));
            for (String word : find(KEY_LIKE, shown)) {
                String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
                if (keys.contains(key)) {
                    problems.add(problem(where, language, "raw key " + key, shown));
                }
            }
            // A text marked as written in another language (content in English on a French page) may well be English.
            boolean inLanguage = each.lang() == null || each.lang().isEmpty() || each.lang().equals(language) || each.lang().startsWith(language + "-");
            english.getOrDefault(language, Map.of()).forEach((key, sentence) -> {
                if (inLanguage && sentence.is(shown)) {
                    problems.add(problem(where, language, "English text of " + key + " (\"" + bundles.get("en").get(key) + "\")", shown));
                }
            });
        }
        return new ArrayList<>(problems);
    }

    private static String problem(String where, String language, String what, String text) {
        String quoted = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return where + " × " + language + ": " + what + " — in \"" + quoted + "\"";
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The words of a text outside its placeholders. */
    private static int words(String pattern) {
        String literal = rendered(pattern).replace("\u0000", " ").strip();
        return literal.isEmpty() ? 0 : (int) java.util.Arrays.stream(literal.split("\\s+")).filter(word -> word.matches(".*\\p{L}.*")).count();
    }

    /**
     * A bundle's text as a reader sees it, each placeholder (choice formats included) as one
     * NUL: MessageFormat's quotes taken out ({@code ''} is one apostrophe) when there are
     * placeholders, the text as is when there are none (the provider formats only with parameters).
     */
    private static String rendered(String pattern) {
        if (pattern.indexOf('{') < 0) {
            return pattern.strip();
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int depth = 1;
                while (depth > 0 && ++i < pattern.length()) {
                    depth += pattern.charAt(i) == '{' ? 1 : pattern.charAt(i) == '}' ? -1 : 0;
                }
                out.append('\u0000');
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** The longest part of a text between its placeholders, its spaces as one. */
    private static String anchor(String pattern) {
        String longest = "";
        for (String part : rendered(pattern).split("\u0000")) {
            String words = part.strip().replaceAll("\\s+", " ");
            if (words.length() > longest.length()) {
                longest = words;
            }
        }
        return longest;
    }

    /** A pattern that finds the text as rendered, whatever its parameters and however its lines were wrapped. */
    private static Pattern asRendered(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : rendered(pattern).split("\u0000")) {
            if (part.isBlank()) {
                continue;
            }
            if (!regex.isEmpty()) {
                regex.append(".*?");
            }
            String[] words = part.strip().split("\\s+");
            List<String> quoted = new ArrayList<>();
            for (String word : words) {
                if (!word.isEmpty()) {
                    quoted.add(Pattern.quote(word));
                }
            }
            regex.append(String.join("\\s+", quoted));
        }
        // A label may be followed by its colon, a sentence by its full stop.
        return Pattern.compile(regex + "[\\s:.,;…]*", Pattern.DOTALL);
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = InterfaceTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return asMap(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> portuguese() {
        try (JarInputStream jar = new JarInputStream(InterfaceTexts.class.getResourceAsStream("/shipped-chapters/guinea-bissau.jar"))) {
            for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
                if (entry.getName().equals("chapter/i18n/translations_pt.properties")) {
                    return asMap(jar);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("The Guinea-Bissau chapter brings no Portuguese bundle");
    }

    private static Map<String, String> asMap(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
