package org.proximite.core.exchange;

import java.util.Set;
import org.jooq.DSLContext;
import org.proximite.chapter.format.ItemKind;
import org.proximite.core.actor.Actor;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.initiative.InitiativeDraft;
import org.proximite.core.initiative.InitiativeEditing;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.practice.PracticeDraft;
import org.proximite.core.practice.PracticeEditing;
import org.proximite.core.workflow.OutdatedTranslations;
import org.proximite.core.workflow.Revisions;
import org.proximite.core.workflow.TextWorkflow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The exchange of practices and of initiatives: one {@link ItemExchange} each, on its kind's editing service. */
@Configuration(proxyBeanMethods = false)
public class ExchangedKinds {

    @Bean
    ItemExchange<PracticeDraft, PracticeEvidence> practiceExchange(DSLContext dsl, PracticeEditing editing, LanguageQueries languages,
            OutdatedTranslations outdated, Revisions revisions, TextWorkflow workflow) {
        return new ItemExchange<>(dsl, practices(editing), languages, outdated, revisions, workflow);
    }

    @Bean
    ItemExchange<InitiativeDraft, InitiativeOwnFields> initiativeExchange(DSLContext dsl, InitiativeEditing editing, LanguageQueries languages,
            OutdatedTranslations outdated, Revisions revisions, TextWorkflow workflow) {
        return new ItemExchange<>(dsl, initiatives(editing), languages, outdated, revisions, workflow);
    }

    /** Practices: their own fields are the evidence level and the outcomes. */
    public static ExchangedKind<PracticeDraft, PracticeEvidence> practices(PracticeEditing editing) {
        return new ExchangedKind<>() {
            @Override
            public ItemKind kind() {
                return ItemKind.PRACTICE;
            }

            @Override
            public PracticeDraft load(String slug) {
                return editing.load(slug);
            }

            @Override
            public PracticeDraft blank(String defaultLanguage) {
                return PracticeDraft.blank(defaultLanguage);
            }

            @Override
            public ItemDraft item(PracticeDraft draft) {
                return draft.item();
            }

            @Override
            public PracticeEvidence own(PracticeDraft draft) {
                return new PracticeEvidence(draft.evidenceLevel(), draft.outcomes());
            }

            @Override
            public PracticeDraft edited(ItemDraft item, PracticeEvidence own, PracticeEvidence ownBase) {
                return new PracticeDraft(item, own.level(), ownBase == null ? null : ownBase.level(), own.outcomes(),
                        ownBase == null ? null : ownBase.outcomes());
            }

            @Override
            public boolean same(PracticeEvidence a, PracticeEvidence b) {
                return a.equals(b);
            }

            @Override
            public PracticeDraft save(PracticeDraft draft, Actor actor) {
                return editing.save(draft, actor).draft();
            }
        };
    }

    /** Initiatives: their own fields are the facts, the participants and the practices applied. */
    public static ExchangedKind<InitiativeDraft, InitiativeOwnFields> initiatives(InitiativeEditing editing) {
        return new ExchangedKind<>() {
            @Override
            public ItemKind kind() {
                return ItemKind.INITIATIVE;
            }

            @Override
            public InitiativeDraft load(String slug) {
                return editing.load(slug);
            }

            @Override
            public InitiativeDraft blank(String defaultLanguage) {
                return InitiativeDraft.blank(defaultLanguage);
            }

            @Override
            public ItemDraft item(InitiativeDraft draft) {
                return draft.item();
            }

            @Override
            public InitiativeOwnFields own(InitiativeDraft draft) {
                return new InitiativeOwnFields(draft.facts(), draft.participantsByGroup(), draft.practiceSlugs());
            }

            @Override
            public InitiativeDraft edited(ItemDraft item, InitiativeOwnFields own, InitiativeOwnFields ownBase) {
                InitiativeDraft loaded = ownBase == null ? null
                        : new InitiativeDraft(item.original(), ownBase.facts(), ownBase.participants(), ownBase.practices());
                return new InitiativeDraft(item, own.facts(), own.participants(), own.practices(), loaded);
            }

            @Override
            public boolean same(InitiativeOwnFields a, InitiativeOwnFields b) {
                return a.facts().normalised().equals(b.facts().normalised()) && a.participants().equals(b.participants())
                        && Set.copyOf(a.practices()).equals(Set.copyOf(b.practices()));
            }

            @Override
            public InitiativeDraft save(InitiativeDraft draft, Actor actor) {
                return editing.save(draft, actor);
            }
        };
    }
}
