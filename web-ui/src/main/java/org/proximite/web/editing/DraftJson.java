package org.proximite.web.editing;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A draft as JSON and back, to keep what an editor typed and has not saved yet. */
@Component
public class DraftJson {

    private final JsonMapper mapper = JsonMapper.builder()
            // Derived values (a draft's "new", a text's "blank") are written but never read back.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object draft) {
        return mapper.writeValueAsString(draft);
    }

    /** The draft, or null when the text kept cannot be read as one (kept by an older version of the application). */
    public <D> D read(String json, Class<D> type) {
        try {
            return mapper.readValue(json, type);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
