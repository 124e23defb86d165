package org.proximite.core.content;

import static org.proximite.db.jooq.Tables.CONTENT_RESOURCE;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.chapter.format.SourceRules;
import org.proximite.core.editing.FieldProblem;

/**
 * An item's tools and resources, read and checked the same way for practices and initiatives: in
 * their order, each with a title and a web address a reader can open ({@code https://} or
 * {@code http://}, with a host), for one language or for all.
 */
public final class ContentResources {

    /** As long as the database keeps them. */
    public static final int LABEL_LENGTH = 200;
    public static final int URL_LENGTH = 2000;

    /** A resource an editor adds is a link; files come with chapters. */
    public static final String LINK = "LINK";

    private static final Set<String> KINDS = Set.of("LINK", "FILE");

    private ContentResources() {}

    public static List<Resource> of(DSLContext context, long itemId) {
        return context.selectFrom(CONTENT_RESOURCE)
                .where(CONTENT_RESOURCE.ITEM_ID.eq(itemId))
                .orderBy(CONTENT_RESOURCE.POSITION)
                .fetch(row -> new Resource(row.getKind(), row.getLanguageCode(), row.getLabel(), row.getUrl()));
    }

    /**
     * What is wrong with each resource, on its field ({@code resources[0].url}).
     *
     * @param knownLanguages the languages content can be written in
     */
    public static List<FieldProblem> problems(List<Resource> resources, Set<String> knownLanguages) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            String field = "resources[" + i + "]";
            if (resource.label() == null || resource.label().isBlank()) {
                problems.add(new FieldProblem(field + ".label", "validation.required"));
            } else if (resource.label().length() > LABEL_LENGTH) {
                problems.add(new FieldProblem(field + ".label", "validation.tooLong", LABEL_LENGTH, resource.label().length()));
            }
            if (resource.url() == null || resource.url().isBlank()) {
                problems.add(new FieldProblem(field + ".url", "validation.required"));
            } else if (resource.url().length() > URL_LENGTH) {
                problems.add(new FieldProblem(field + ".url", "validation.tooLong", URL_LENGTH, resource.url().length()));
            } else if (!isWebAddress(resource.url())) {
                problems.add(new FieldProblem(field + ".url", "validation.url"));
            }
            if (resource.language() != null && !knownLanguages.contains(resource.language())) {
                problems.add(new FieldProblem(field + ".language", "validation.unknownLanguage", resource.language()));
            }
            if (resource.kind() == null || !KINDS.contains(resource.kind().toUpperCase(Locale.ROOT))) {
                problems.add(new FieldProblem(field + ".url", "validation.resourceKind", String.valueOf(resource.kind())));
            }
        }
        return problems;
    }

    /** An address a reader's browser opens as a web page: {@code https://} or {@code http://}, then a host. */
    public static boolean isWebAddress(String url) {
        if (!SourceRules.isWebAddress(url)) {
            return false;
        }
        try {
            String host = new URI(url).getHost();
            return host != null && !host.isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
