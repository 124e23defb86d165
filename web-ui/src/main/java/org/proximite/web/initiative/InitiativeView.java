package org.proximite.web.initiative;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.initiative.InitiativePage;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.Badge;
import org.proximite.web.content.ItemPageView;
import org.proximite.web.content.ShownKind;
import org.proximite.web.content.SourceList;
import org.proximite.web.content.TitledList;
import org.proximite.web.editing.EditorAccess;
import org.proximite.web.practice.PracticeView;

/**
 * One initiative: what every item's page shows, with its kind, dates and place, who took part,
 * the organisations involved and the practices it applied.
 */
@Route("workspace/initiatives/:slug")
@PermitAll
public class InitiativeView extends ItemPageView<InitiativePage> {

    public InitiativeView(InitiativeQueries initiatives, MarkdownRenderer markdown, EditorAccess access) {
        super(new ShownKind<>(ItemKind.INITIATIVE, initiatives::find, InitiativePage::item, InitiativePage::shown, InitiativesView.class,
                InitiativeEditorView.class), markdown, access::canEdit);
    }

    @Override
    protected List<Badge> badges(InitiativePage initiative) {
        return InitiativeLabels.badges(this, getLocale(), initiative.facts());
    }

    @Override
    protected void showOwn(InitiativePage initiative) {
        List<Span> participants = new ArrayList<>();
        if (initiative.facts().participantsTotal() != null) {
            participants.add(new Span(getTranslation("initiative.participants.count", initiative.facts().participantsTotal())));
        }
        initiative.participants().forEach(group ->
                participants.add(new Span(getTranslation("initiative.participants.group", group.label(), group.count()))));
        add(new TitledList(getTranslation("initiative.participants"), participants));
        add(new TitledList(getTranslation("initiative.organisations"), initiative.organisations().stream().map(Span::new).toList()));
        add(new TitledList(getTranslation("initiative.practices"), TitledList.links(initiative.practices(), PracticeView.class)));
        add(new SourceList(initiative.sources()));
    }
}
