package org.proximite.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.Role;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.EditConflict;
import org.proximite.core.editing.FieldProblem;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.testing.ContentFixtures;
import org.proximite.core.testing.CoreServices;
import org.proximite.core.testing.TestChapterJars;
import org.proximite.core.testing.TestDatabase;

/**
 * What the editor saves beside texts: an item's resources, a practice's related practices, an
 * initiative's organisations; and a draft carried over what someone else saved meanwhile, with the
 * person's choice on each field both changed.
 */
class EditorPartsIT {

    private static final String PRACTICE = "local-security-plan";
    private static final String INITIATIVE = "share-fair";
    private static final Actor AISSATOU = Actor.user("aissatou", Set.of(Role.COORDINATOR));
    private static final Actor MAMADOU = Actor.user("mamadou", Set.of(Role.COORDINATOR));

    @TempDir
    Path plugins;

    private CoreServices withGuinea(TestDatabase database) throws IOException {
        CoreServices core = CoreServices.on(database);
        core.install(TestChapterJars.guinea(), plugins);
        return core;
    }

    private static PracticeDraft with(PracticeDraft draft, String language, String field, String value) {
        return draft.withItem(ContentFixtures.withField(ItemKind.PRACTICE, draft.item(), language, field, value));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void resourcesAndRelatedPracticesAreSavedAndReadBackAndOnlyWhatChangedIsWritten(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft loaded = core.practiceEditing().load(PRACTICE);
        assertThat(loaded.item().relatedSlugs()).containsExactly("local-security-assessment", "local-security-council",
                "problem-solving-with-neighbourhood-chiefs");
        List<Resource> resources = List.of(new Resource(ContentResources.LINK, null, "Modèle de plan", "https://example.org/plan.pdf"),
                new Resource(ContentResources.LINK, "en", "Plan template", "http://example.org/plan-en.pdf"));

        core.practiceEditing().save(loaded.withItem(loaded.item().withResources(resources)
                .withRelated(List.of("local-security-council", "youth-leaders-engagement"))), AISSATOU);

        PracticeDraft stored = core.practiceEditing().load(PRACTICE);
        assertThat(stored.item().resources()).isEqualTo(resources);
        assertThat(stored.item().relatedSlugs()).containsExactly("local-security-council", "youth-leaders-engagement");
        var page = core.practices().find(PRACTICE, "fr", false).orElseThrow();
        assertThat(page.resources()).isEqualTo(resources);

        // A text saved alone leaves them as they are.
        core.practiceEditing().save(with(stored, "fr", "summary", "Un autre résumé."), AISSATOU);
        assertThat(core.practiceEditing().load(PRACTICE).item().resources()).isEqualTo(resources);

        PracticeDraft again = core.practiceEditing().load(PRACTICE);
        core.practiceEditing().save(again.withItem(again.item().withResources(List.of()).withRelated(List.of())), AISSATOU);
        assertThat(core.practiceEditing().load(PRACTICE).item().resources()).isEmpty();
        assertThat(core.practiceEditing().load(PRACTICE).item().relatedSlugs()).isEmpty();
    }

    @Test
    void aResourceNeedsATitleAndAnAddressReadersCanOpenAndARelatedPracticeMustExistAndNotBeItself() throws IOException {
        CoreServices core = withGuinea(TestDatabase.H2);
        PracticeDraft loaded = core.practiceEditing().load(PRACTICE);
        List<Resource> resources = List.of(
                new Resource(ContentResources.LINK, null, "", "javascript:alert(1)"),
                new Resource(ContentResources.LINK, "xx", "Sans hôte", "https://"),
                new Resource(ContentResources.LINK, null, "Un FTP", "ftp://example.org/file"));

        InvalidEditException refused = catchThrowableOfType(InvalidEditException.class, () -> core.practiceEditing().save(
                loaded.withItem(loaded.item().withResources(resources).withRelated(List.of(PRACTICE, "no-such-practice"))), AISSATOU));

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("resources[0].label", "validation.required"),
                org.assertj.core.groups.Tuple.tuple("resources[0].url", "validation.url"),
                org.assertj.core.groups.Tuple.tuple("resources[1].url", "validation.url"),
                org.assertj.core.groups.Tuple.tuple("resources[1].language", "validation.unknownLanguage"),
                org.assertj.core.groups.Tuple.tuple("resources[2].url", "validation.url"),
                org.assertj.core.groups.Tuple.tuple("related", "validation.unknownPractice"),
                org.assertj.core.groups.Tuple.tuple("related", "validation.relatedToItself"));
        assertThat(core.practiceEditing().load(PRACTICE).item().resources()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anInitiativesOrganisationsAreSavedAndATextSavedAloneLeavesThem(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        InitiativeDraft loaded = core.initiativeEditing().load(INITIATIVE);
        assertThat(loaded.organisationSlugs()).containsExactlyInAnyOrder("partnersglobal", "coginta", "cecide", "government-of-guinea",
                "guinea-national-police");

        core.initiativeEditing().save(loaded.withOrganisations(List.of("partnersglobal", "inl")), AISSATOU);
        assertThat(core.initiativeEditing().load(INITIATIVE).organisationSlugs()).containsExactly("inl", "partnersglobal");
        assertThat(core.initiatives().find(INITIATIVE, "fr", false).orElseThrow().organisations())
                .containsExactlyInAnyOrder("PartnersGlobal", "Bureau of International Narcotics and Law Enforcement Affairs (INL), U.S. Department of State");

        // A draft that does not carry them (a tool's) leaves them as stored, even when its own fields change.
        InitiativeDraft stored = core.initiativeEditing().load(INITIATIVE);
        InitiativeDraft tools = new InitiativeDraft(stored.item(), new org.proximite.core.initiative.InitiativeFacts(stored.facts().kind(),
                stored.facts().countryCode(), "Kaloum", stored.facts().startDate(), stored.facts().endDate(), stored.facts().year(),
                stored.facts().planned(), stored.facts().participantsTotal()), stored.participantsByGroup(),
                stored.practiceSlugs(), new InitiativeDraft(stored.item(), stored.facts(), stored.participantsByGroup(), stored.practiceSlugs()));
        core.initiativeEditing().save(tools, AISSATOU);
        assertThat(core.initiativeEditing().load(INITIATIVE).organisationSlugs()).containsExactly("inl", "partnersglobal");

        InvalidEditException refused = catchThrowableOfType(InvalidEditException.class, () -> core.initiativeEditing().save(
                core.initiativeEditing().load(INITIATIVE).withOrganisations(List.of("nobody")), AISSATOU));
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("organisations");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDraftCarriedOverAConflictKeepsTheEditorsTextOrTakesTheirsAndLosesNoOtherChange(TestDatabase database) throws IOException {
        CoreServices core = withGuinea(database);
        PracticeDraft aissatous = core.practiceEditing().load(PRACTICE);
        PracticeDraft mamadous = core.practiceEditing().load(PRACTICE);
        core.practiceEditing().save(with(with(aissatous, "fr", "title", "Titre d’Aïssatou"), "en", "summary", "Aissatou's summary."), AISSATOU);

        PracticeDraft mine = with(with(mamadous, "fr", "title", "Titre de Mamadou"), "fr", "cost", "Peu coûteux.");
        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> core.practiceEditing().save(mine, MAMADOU));
        assertThat(conflict.conflicts()).extracting(EditConflict::key).containsExactly("fr.title");

        PracticeDraft current = core.practiceEditing().load(PRACTICE);
        PracticeDraft keptMine = mine.rebasedOn(current, Set.of());
        assertThat(keptMine.item().text("fr").title()).isEqualTo("Titre de Mamadou");
        assertThat(keptMine.item().text("fr").get("cost")).isEqualTo("Peu coûteux.");
        assertThat(keptMine.item().text("en").summary()).as("the other person's change to another field").isEqualTo("Aissatou's summary.");
        assertThat(keptMine.item().original()).isEqualTo(current.item().original());

        PracticeDraft tookTheirs = mine.rebasedOn(current, Set.of("fr.title"));
        assertThat(tookTheirs.item().text("fr").title()).isEqualTo("Titre d’Aïssatou");
        assertThat(tookTheirs.item().text("fr").get("cost")).isEqualTo("Peu coûteux.");

        int frenchVersion = current.item().texts().get("fr").version();
        core.practiceEditing().save(keptMine, MAMADOU);
        LanguageText french = core.practiceEditing().load(PRACTICE).item().texts().get("fr");
        assertThat(french.text().title()).isEqualTo("Titre de Mamadou");
        assertThat(french.text().get("cost")).isEqualTo("Peu coûteux.");
        assertThat(french.version()).as("a new revision over theirs").isEqualTo(frenchVersion + 1);
        assertThat(core.practiceEditing().load(PRACTICE).item().text("en").summary()).isEqualTo("Aissatou's summary.");
    }

    @Test
    void theSameResourcesChangedByBothConflictAndTheirsCanBeTaken() throws IOException {
        CoreServices core = withGuinea(TestDatabase.H2);
        PracticeDraft aissatous = core.practiceEditing().load(PRACTICE);
        PracticeDraft mamadous = core.practiceEditing().load(PRACTICE);
        List<Resource> hers = List.of(new Resource(ContentResources.LINK, null, "Le sien", "https://example.org/a"));
        List<Resource> his = List.of(new Resource(ContentResources.LINK, null, "Le mien", "https://example.org/b"));
        core.practiceEditing().save(aissatous.withItem(aissatous.item().withResources(hers)), AISSATOU);

        PracticeDraft mine = mamadous.withItem(mamadous.item().withResources(his).withRelated(List.of("local-security-council")));
        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> core.practiceEditing().save(mine, MAMADOU));
        assertThat(conflict.conflicts()).extracting(EditConflict::key).containsExactly("resources");

        core.practiceEditing().save(mine.rebasedOn(core.practiceEditing().load(PRACTICE), Set.of("resources")), MAMADOU);
        ItemDraft stored = core.practiceEditing().load(PRACTICE).item();
        assertThat(stored.resources()).isEqualTo(hers);
        assertThat(stored.relatedSlugs()).containsExactly("local-security-council");
    }
}
