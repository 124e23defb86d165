package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.proximite.core.editing.FieldProblem;

/**
 * The fields of a form by the names the core uses ({@code slug}, {@code fr.title}), in the order
 * the form shows them, so that the core's field problems show on the right field, translated, and
 * the first wrong field can be brought to the editor's eyes.
 */
public class FieldErrors {

    private final Map<String, Component> fields = new LinkedHashMap<>();
    /** Folded sections, whose field is made when a problem is shown on it, if nobody opened them before. */
    private final Map<String, MarkdownSection> sections = new LinkedHashMap<>();
    /** What opens a folded section of rows, by the prefix of its fields' names. */
    private final Map<String, Runnable> openings = new LinkedHashMap<>();

    public <F extends Component & HasValidation> void register(String name, F field) {
        fields.put(name, field);
    }

    public void register(String name, MarkdownSection section) {
        sections.put(name, section);
    }

    /**
     * Registers what makes the fields whose names start with {@code prefix} (rows of a folded
     * section made when it is first opened): a problem on one of them opens it, which registers them.
     */
    public void registerOpening(String prefix, Runnable open) {
        openings.put(prefix, open);
    }

    /** Forgets the fields whose names start with {@code prefix}: rows that were removed or renumbered. */
    public void forget(String prefix) {
        fields.keySet().removeIf(name -> name.startsWith(prefix));
        sections.keySet().removeIf(name -> name.startsWith(prefix));
    }

    /** The fields made so far, in the order registered. */
    private List<Component> made() {
        List<Component> made = new ArrayList<>(fields.values());
        sections.values().stream().filter(MarkdownSection::hasField).forEach(section -> made.add(section.field().textArea()));
        return made;
    }

    /** The field of this name, made if it is a folded section's; null when none has it. */
    private Component named(String name) {
        MarkdownSection section = sections.get(name);
        if (section != null) {
            return section.field().textArea();
        }
        if (!fields.containsKey(name)) {
            openings.entrySet().stream().filter(opening -> name.startsWith(opening.getKey())).forEach(opening -> opening.getValue().run());
        }
        return fields.get(name);
    }

    public void clear() {
        made().forEach(field -> {
            ((HasValidation) field).setInvalid(false);
            ((HasValidation) field).setErrorMessage(null);
        });
    }

    /**
     * Shows each problem on its field; returns the messages of problems that have no field of
     * their own, to show elsewhere.
     */
    public List<String> show(Component translator, List<FieldProblem> problems) {
        clear();
        List<String> unplaced = new ArrayList<>();
        for (FieldProblem problem : problems) {
            String message = translator.getTranslation(problem.messageKey(), problem.arguments().toArray());
            Component field = named(problem.field());
            if (field == null) {
                field = fields.get(problem.field().substring(0, Math.max(0, problem.field().indexOf('.'))));
            }
            if (field != null) {
                ((HasValidation) field).setErrorMessage(message);
                ((HasValidation) field).setInvalid(true);
            } else {
                unplaced.add(message);
            }
        }
        return unplaced;
    }

    /**
     * The first field marked wrong, in the order the form shows them: rows added after the form was
     * built (a source, a resource) are registered last but shown where their section is.
     */
    public Optional<Component> firstInvalid() {
        List<Component> invalid = made().stream().filter(field -> ((HasValidation) field).isInvalid()).toList();
        if (invalid.size() < 2) {
            return invalid.stream().findFirst();
        }
        Component root = invalid.getFirst();
        while (root.getParent().isPresent()) {
            root = root.getParent().get();
        }
        java.util.Set<Component> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(invalid);
        return inFormOrder(root).filter(wanted::contains).findFirst().or(() -> invalid.stream().findFirst());
    }

    private static java.util.stream.Stream<Component> inFormOrder(Component component) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(component), component.getChildren().flatMap(FieldErrors::inFormOrder));
    }

    /**
     * Brings the first wrong field into view and puts the cursor in it, opening the folded section
     * it may sit in: a message at the top of a long form is not enough to find it.
     */
    public void focusFirstInvalid() {
        firstInvalid().ifPresent(field -> {
            for (Optional<Component> parent = field.getParent(); parent.isPresent(); parent = parent.get().getParent()) {
                if (parent.get() instanceof Details section) {
                    section.setOpened(true);
                }
            }
            field.scrollIntoView();
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        });
    }
}
