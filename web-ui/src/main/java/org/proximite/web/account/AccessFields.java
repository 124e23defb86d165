package org.proximite.web.account;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.proximite.core.account.AccountAccess;
import org.proximite.core.actor.Role;
import org.proximite.web.i18n.ComponentTexts;

/** Roles, chapters and languages of an account, as an admin chooses them. */
class AccessFields extends FormLayout {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<String> chapters = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();

    AccessFields(List<String> chapterIds, List<String> languageCodes) {
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(role -> getTranslation("users.role." + role.name()));
        chapters.setLabel(getTranslation("users.chapters"));
        chapters.setHelperText(getTranslation("users.chapters-help"));
        chapters.setItems(chapterIds);
        languages.setLabel(getTranslation("users.languages"));
        languages.setHelperText(getTranslation("users.languages-help"));
        languages.setItems(languageCodes);
        ComponentTexts.translated(chapters);
        ComponentTexts.translated(languages);
        add(roles, chapters, languages);
    }

    void show(AccountAccess access) {
        roles.setValue(access.roles());
        chapters.setValue(access.chapterScopes());
        languages.setValue(access.languageScopes());
    }

    AccountAccess value() {
        return new AccountAccess(Set.copyOf(roles.getValue()), Set.copyOf(chapters.getValue()), Set.copyOf(languages.getValue()));
    }
}
