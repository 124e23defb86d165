package org.proximite.web.practice;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.practice.PracticePage.Adaptation;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.FieldLabels;
import org.proximite.web.content.ItemSections;

/** How another chapter adapts a practice: why, then each field it changes, in the adaptation's language. */
class AdaptationView extends Section {

    AdaptationView(MarkdownRenderer markdown, Adaptation adaptation) {
        addClassName("adaptation");
        getElement().setAttribute("lang", adaptation.language());
        add(new H2(getTranslation("practice.adapted-by", adaptation.chapterName())));
        if (adaptation.rationale() != null) {
            Paragraph rationale = new Paragraph(adaptation.rationale());
            rationale.addClassName("adaptation-rationale");
            add(rationale);
        }
        adaptation.fields().forEach((field, value) -> add(new H3(FieldLabels.of(this, ItemKind.PRACTICE, field)),
                ItemSections.value(markdown, ItemKind.PRACTICE, field, value)));
    }
}
