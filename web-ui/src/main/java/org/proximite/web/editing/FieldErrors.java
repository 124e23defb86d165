package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.proximite.core.editing.FieldProblem;

/**
 * The fields of a form by the names the core uses ({@code slug}, {@code fr.title}), so that the
 * core's field problems show on the right field, translated.
 */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public void register(String name, HasValidation field) {
        fields.put(name, field);
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
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
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                field = fields.get(problem.field().substring(0, Math.max(0, problem.field().indexOf('.'))));
            }
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.add(message);
            }
        }
        return unplaced;
    }
}
