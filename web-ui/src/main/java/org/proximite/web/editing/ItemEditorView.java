package org.proximite.web.editing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.proximite.core.actor.Actor;
import org.proximite.core.actor.NotAllowedException;
import org.proximite.core.content.ItemDraft;
import org.proximite.core.editing.ConflictException;
import org.proximite.core.editing.ContentNotFoundException;
import org.proximite.core.editing.InvalidEditException;
import org.proximite.core.editing.StaleEditException;
import org.proximite.core.language.LanguageQueries;
import org.proximite.core.text.MarkdownRenderer;
import org.proximite.web.content.KindKeys;
import org.proximite.web.content.ReaderLanguage;

/**
 * The editor of one item, whatever its kind: what every item has (address, default language,
 * archived), the kind's own fields, and the texts side by side, one language a column with its own
 * state, its sources, numbered as readers see them, and its tools and resources. Saving checks
 * every field first and brings the first wrong one into view; what someone else saved meanwhile to
 * other fields merges, and a field both changed shows both texts and asks which to keep
 * ({@link ConflictDialog}), the editor's text staying on screen until they choose; leaving with
 * unsaved changes asks first.
 *
 * @param <D> the kind's draft
 */
public abstract class ItemEditorView<D> extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final EditedKind<D> kind;
    private final LanguageQueries languages;
    private final MarkdownRenderer markdown;
    private final EditorAccess access;
    private final TextWork work;

    private D loaded;
    /** The draft as the fields held it once filled: what "unsaved changes" compares with; null once saved. */
    private D asFilled;
    private ItemHeaderFields header;
    private ItemTextColumns texts;
    private SourceFields sources;
    private ResourceFields resources;
    /** The languages content can be written in, by code, with their own names. */
    private Map<String, String> languageNames;
    private Paragraph warnings;
    private EditorMessage message;
    /** Keeps what is typed and not saved, every few seconds, while the editor is open. */
    private com.vaadin.flow.shared.Registration keeping;
    /** Keeps it once more when the instance stops, so that the seconds since are not lost. */
    private com.vaadin.flow.shared.Registration keepingAtStop;
    /** The draft last kept by this editor, not kept again while it stays the same. */
    private String lastKept;
    /** Set while a kept draft is being put back: the offer is not made again for it. */
    private boolean restoring;
    /** Who else has this item open; the same one while the item stays the same, none for a new item. */
    private PresenceNotice presence;

    protected ItemEditorView(EditedKind<D> kind, LanguageQueries languages, MarkdownRenderer markdown, EditorAccess access, TextWork work) {
        this.kind = kind;
        this.languages = languages;
        this.markdown = markdown;
        this.access = access;
        this.work = work;
        addClassNames(kind.kind().name().toLowerCase(Locale.ROOT) + "-editor", "editor", "page-wide");
    }

    /** The route parameters of an item's editor. */
    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    /** The fields only this kind has, laid out, shown below those every item has. */
    protected abstract Component ownFields();

    protected abstract void fillOwn(D draft);

    /** The draft with the values of the kind's own fields. */
    protected abstract D withOwn(D draft);

    /** Names the kind's own fields as the core names them in its field problems. */
    protected abstract void registerOwn(FieldErrors errors);

    /** Whether a field holds what the browser could not read (a malformed date, say): nothing can be saved then. */
    protected boolean hasUnreadableInput() {
        return false;
    }

    /**
     * What an editor should look at in the draft before publishing it, translated; nothing is
     * refused for it (an initiative's dates without a source, say).
     */
    protected List<String> warnings(D draft) {
        return List.of();
    }

    /**
     * The editor removed the source of this number (from 1): what cites sources by number follows,
     * so that no citation points to another source than the one it named.
     */
    protected void sourceRemoved(int number) {
    }

    /** Says again what {@link #warnings} finds in the draft as the fields hold it now. */
    protected void refreshWarnings() {
        if (warnings == null || sources == null || texts == null) {
            return;
        }
        List<String> found = warnings(current());
        warnings.setText(String.join(" ", found));
        warnings.setVisible(!found.isEmpty());
    }

    /**
     * A part of the item as a person reads it when someone else changed it too: themes and
     * practices by name, the kind's own fields ({@code evidence}, {@code facts}) in words; null
     * for what the editor describes itself (texts, sources, resources, the address).
     */
    protected String describe(String part, D draft) {
        return null;
    }

    /** Saves the draft as the actor and returns it as saved; chapters' advice goes to {@link #message()}. */
    protected abstract D save(D draft, Actor actor);

    protected EditorMessage message() {
        return message;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse(null);
        removeAll();
        try {
            loaded = slug == null ? kind.blank().apply(ReaderLanguage.of(getLocale())) : kind.load().apply(slug);
        } catch (ContentNotFoundException e) {
            loaded = null;
            asFilled = null;
            add(new H1(getTranslation(KindKeys.of(kind.kind(), "not-found.title"))),
                    new Paragraph(getTranslation(KindKeys.of(kind.kind(), "not-found"), slug)));
            return;
        }
        build();
    }

    private void build() {
        languageNames = new LinkedHashMap<>();
        languages.all().forEach(language -> languageNames.put(language.code(), language.nativeName()));
        FieldErrors errors = new FieldErrors();
        message = new EditorMessage(errors);
        header = new ItemHeaderFields(languageNames);
        // A language a chapter brings can be chosen at once; the texts' columns stay as they are, with what is typed in them.
        work.openLists().follow(header, () -> {
            languages.all().forEach(language -> languageNames.putIfAbsent(language.code(), language.nativeName()));
            header.offerLanguages(languageNames);
        });
        texts = new ItemTextColumns(kind.kind(), item(loaded), languageNames, markdown);
        sources = new SourceFields();
        resources = new ResourceFields(languageNames);
        warnings = new Paragraph();
        warnings.addClassName("editor-warnings");
        warnings.setVisible(false);
        header.register(errors);
        registerOwn(errors);
        sources.register(errors);
        resources.register(errors);
        texts.register(errors);
        Button save = new Button(getTranslation("editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("save-button");
        Button cancel = new Button(getTranslation("editor.cancel"), click -> leave(item(loaded).isNew() ? null : item(loaded).slug()));
        cancel.addClassName("cancel-button");
        Div actions = new Div(save, cancel);
        actions.addClassName("editor-actions");
        add(new H1(heading()), header, ownFields(), sources, resources, warnings, message, texts, actions);
        presence = work.presence().noticeFor(presence, kind.kind(), item(loaded), access.actor());
        if (presence != null) {
            addComponentAtIndex(1, presence);
        }
        header.setValue(item(loaded));
        fillOwn(loaded);
        sources.setValue(item(loaded).sources());
        resources.setValue(item(loaded).resources());
        texts.setValue(item(loaded));
        showWorkflow(languageNames);
        asFilled = current();
        if (!restoring) {
            offerKeptDraft();
        }
        sources.onChange(this::refreshWarnings);
        sources.onRemoved(this::sourceRemoved);
        refreshWarnings();
    }

    /** The draft as the fields hold it now. */
    private D current() {
        ItemDraft item = texts.applyTo(header.applyTo(item(loaded))).withSources(sources.getValue()).withResources(resources.getValue());
        return withOwn(kind.withItem().apply(loaded, item));
    }

    private boolean hasUnsavedChanges() {
        return asFilled != null && !asFilled.equals(current());
    }

    private void save() {
        if (hasUnreadableInput() || sources.hasUnreadableInput()) {
            message.invalid();
            return;
        }
        message.clear();
        try {
            D saved = save(current(), access.actor());
            asFilled = null;
            work.autosaves().discard(access.actor(), kind.kind(), keptKey());
            lastKept = null;
            message.saved();
            stayOn(saved);
        } catch (InvalidEditException e) {
            message.invalid(e);
        } catch (ConflictException e) {
            conflict(e);
        } catch (StaleEditException e) {
            message.stale();
        } catch (NotAllowedException e) {
            message.denied(e);
        }
    }

    /**
     * Someone else changed the same fields since this editor loaded the item: nothing was saved.
     * Each field shows both texts and a choice; the editor's text stays in the fields until they
     * choose, and closing the question leaves it there, unsaved.
     */
    private void conflict(ConflictException e) {
        D mine = current();
        // By the address it is stored at: the editor may have changed it, unsaved.
        ItemDraft opened = item(loaded).original() != null ? item(loaded).original() : item(loaded);
        D theirs;
        try {
            theirs = kind.load().apply(opened.slug());
        } catch (ContentNotFoundException renamedOrRemoved) {
            message.stale();
            return;
        }
        message.conflict();
        var stored = work.items().find(kind.kind(), item(theirs).slug(), true)
                .map(item -> new ConflictFields.SavedBy(item.updatedBy(), item.updatedAt())).orElse(null);
        new ConflictDialog(ConflictFields.of(this, kind.kind(), e.conflicts(), item(mine), item(theirs), languageNames,
                part -> describe(part, mine), part -> describe(part, theirs), stored),
                (takeTheirs, reworked) -> resolve(mine, theirs, takeTheirs, reworked)).open();
    }

    /**
     * Carries the editor's draft over the item as stored now, with what they chose for each field
     * both changed (their own text as reworked, or the stored one), shows it, and saves it again:
     * what the other person saved to other fields is kept, as it is in the item now.
     */
    private void resolve(D mine, D theirs, java.util.Set<String> takeTheirs, Map<String, String> reworked) {
        D rebased = kind.rebase().apply(mine, theirs, takeTheirs);
        ItemDraft item = item(rebased);
        for (var field : reworked.entrySet()) {
            int dot = field.getKey().indexOf('.');
            String language = field.getKey().substring(0, dot);
            Map<String, String> values = new LinkedHashMap<>(item.text(language).fields());
            values.put(field.getKey().substring(dot + 1), field.getValue());
            item = item.withText(language, org.proximite.core.content.ItemText.of(kind.kind(), values));
        }
        restore(kind.withItem().apply(rebased, item));
        save();
    }

    /** After a save, the editor goes on from what was saved, at the item's own address when it was new. */
    private void stayOn(D saved) {
        boolean wasNew = item(loaded).isNew();
        loaded = saved;
        if (wasNew) {
            getUI().ifPresent(ui -> ui.navigate(getClass(), parameters(item(saved).slug())));
        } else {
            removeAll();
            build();
        }
    }

    /** Each language's place in the workflow, the moves the signed-in person may make, and the fields whose source changed. */
    private void showWorkflow(Map<String, String> languageNames) {
        ItemDraft item = item(loaded);
        Actor actor = access.actor();
        Map<String, List<String>> outdated = item.isNew() ? Map.of() : work.outdated().byLanguage(kind.kind(), item.slug());
        for (ItemTextFields column : texts.columns()) {
            String language = column.language();
            column.limitStates(java.util.Arrays.stream(org.proximite.core.content.TextState.values())
                    .filter(state -> actor.mayReview(item.chapterId(), language)
                            || state == org.proximite.core.content.TextState.DRAFT || state == org.proximite.core.content.TextState.IN_REVIEW)
                    .toList());
            org.proximite.core.content.LanguageText text = item.texts().get(language);
            if (item.isNew() || text == null) {
                continue;
            }
            List<String> stale = outdated.getOrDefault(language, List.of());
            column.markOutdated(stale);
            column.showWorkflow(new TextWorkflowBar(kind.kind(), text,
                    org.proximite.core.workflow.Transition.available(actor, item.chapterId(), language, text.state()), stale,
                    languageNames.getOrDefault(item.defaultLanguage(), item.defaultLanguage()), new TextWorkflowBar.Actions() {
                        @Override
                        public void move(org.proximite.core.workflow.Transition transition) {
                            askAndMove(language, languageNames.getOrDefault(language, language), text, transition);
                        }

                        @Override
                        public void history() {
                            new RevisionsDialog(work.revisions(), kind.kind(), item.slug(), language, languageNames.getOrDefault(language, language),
                                    actor.mayEditText(item.chapterId(), language), version -> restore(language, text, version)).open();
                        }

                        @Override
                        public void confirmSource() {
                            act(() -> work.outdated().confirm(kind.kind(), item.slug(), language, access.actor()), "workflow.confirmed");
                        }
                    }));
        }
    }

    private void askAndMove(String language, String languageName, org.proximite.core.content.LanguageText text,
            org.proximite.core.workflow.Transition transition) {
        if (hasUnsavedChanges()) {
            message.refusedWith(getTranslation("workflow.save-first"));
            return;
        }
        var at = new org.proximite.core.workflow.TextWorkflow.TextAt(kind.kind(), item(loaded).slug(), language, text.version());
        String done = "workflow.moved." + transition.name().toLowerCase(Locale.ROOT);
        if (transition == org.proximite.core.workflow.Transition.RETURN || transition == org.proximite.core.workflow.Transition.SUBMIT) {
            new CommentDialog(transition, languageName, comment -> act(() -> work.workflow().move(at, transition, comment, access.actor()), done)).open();
        } else {
            act(() -> work.workflow().move(at, transition, null, access.actor()), done);
        }
    }

    private void restore(String language, org.proximite.core.content.LanguageText text, int version) {
        if (hasUnsavedChanges()) {
            message.refusedWith(getTranslation("workflow.save-first"));
            return;
        }
        act(() -> work.revisions().restore(kind.kind(), item(loaded).slug(), language, version, text.version(), access.actor()),
                "revisions.restored");
    }

    /** Does a move or a restore, says so, and shows the item as it is now; a refusal is said and changes nothing. */
    private void act(Runnable change, String doneKey) {
        message.clear();
        try {
            change.run();
            loaded = kind.load().apply(item(loaded).slug());
            asFilled = null;
            removeAll();
            build();
            message.done(getTranslation(doneKey));
        } catch (StaleEditException e) {
            message.stale();
        } catch (NotAllowedException e) {
            message.denied(e);
        } catch (org.proximite.core.workflow.WorkflowRefusedException e) {
            message.refusedWith(WorkflowWords.refusal(this, e));
        }
    }

    private void leave(String slug) {
        getUI().ifPresent(ui -> {
            if (slug == null) {
                ui.navigate(kind.list());
            } else {
                ui.navigate(kind.reader(), new RouteParameters("slug", slug));
            }
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasUnsavedChanges()) {
            BeforeLeaveEvent.ContinueNavigationAction leaving = event.postpone();
            new UnsavedChangesDialog(() -> {
                // Leaving without saving is a choice: nothing is offered back next time.
                work.autosaves().discard(access.actor(), kind.kind(), keptKey());
                leaving.proceed();
            }).open();
        }
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval((int) KEEP_EVERY.toMillis());
        keeping = event.getUI().addPollListener(poll -> keepUnsaved(access.actor()));
        // A stop runs on no request: the person is the one who opened the editor. Others are told
        // at once that it closed, not after the heartbeats it misses.
        Actor openedBy = access.actor();
        keepingAtStop = work.openEditors().opened(event.getUI(), () -> {
            keepUnsaved(openedBy);
            if (presence != null) {
                presence.close();
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        if (keeping != null) {
            keeping.remove();
            keeping = null;
        }
        if (keepingAtStop != null) {
            keepingAtStop.remove();
            keepingAtStop = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** How often what is typed and not saved is kept: at most this much typing is lost if the instance crashes. */
    static final java.time.Duration KEEP_EVERY = java.time.Duration.ofSeconds(10);

    /** Keeps the draft as the fields hold it, as {@code actor}'s, when it differs from what is saved. */
    void keepUnsaved(Actor actor) {
        if (loaded != null && hasUnsavedChanges()) {
            String draft = work.json().write(current());
            // Written only when it changed since it was last kept: an open editor nobody types in writes nothing.
            if (!draft.equals(lastKept)) {
                work.autosaves().keep(actor, kind.kind(), keptKey(), draft);
                lastKept = draft;
            }
        }
    }

    /** The item a kept draft belongs to: its slug as loaded, or none for a new item. */
    private String keptKey() {
        ItemDraft item = item(loaded);
        return item.isNew() ? null : item.slug();
    }

    /** Offers back what this person typed here and did not save (a restart, a closed tab), if it differs from what is saved. */
    private void offerKeptDraft() {
        var kept = work.autosaves().find(access.actor(), kind.kind(), keptKey());
        if (kept.isEmpty()) {
            return;
        }
        D draft = work.json().read(kept.get().draft(), kind.type());
        if (draft == null || draft.equals(asFilled)) {
            work.autosaves().discard(access.actor(), kind.kind(), keptKey());
            return;
        }
        Paragraph offer = new Paragraph(getTranslation("editor.kept.offer", java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                java.time.format.FormatStyle.MEDIUM).withLocale(getLocale()).format(kept.get().savedAt().atZoneSameInstant(java.time.ZoneOffset.UTC))
                + " UTC"));
        Button restore = new Button(getTranslation("editor.kept.restore"), click -> restore(draft));
        restore.addThemeVariants(ButtonVariant.PRIMARY);
        restore.addClassName("restore-kept");
        Div banner = new Div();
        Button discard = new Button(getTranslation("editor.kept.discard"), click -> {
            work.autosaves().discard(access.actor(), kind.kind(), keptKey());
            banner.removeFromParent();
        });
        discard.addClassName("discard-kept");
        banner.add(offer, restore, discard);
        banner.addClassName("kept-draft");
        addComponentAtIndex(1, banner);
    }

    /**
     * Puts a kept draft (or one carried over a conflict) back in the fields, still unsaved: saving
     * it checks it against what is stored now, as any save.
     */
    private void restore(D draft) {
        D stored = asFilled;
        loaded = draft;
        restoring = true;
        try {
            removeAll();
            build();
        } finally {
            restoring = false;
        }
        asFilled = stored;
    }

    private String heading() {
        return getTranslation("editor." + KindKeys.of(kind.kind(), loaded == null || item(loaded).isNew() ? "new" : "edit"));
    }

    private ItemDraft item(D draft) {
        return kind.item().apply(draft);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", heading());
    }
}
