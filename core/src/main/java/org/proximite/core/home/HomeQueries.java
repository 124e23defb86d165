package org.proximite.core.home;

import org.proximite.core.chapter.ChapterQueries;
import org.proximite.core.initiative.InitiativeQueries;
import org.proximite.core.practice.PracticeQueries;
import org.proximite.core.project.ProjectQueries;
import org.proximite.core.theme.ThemeQueries;
import org.springframework.stereotype.Service;

/** Gathers the home page. */
@Service
public class HomeQueries {

    static final int RECENT = 6;

    private final ChapterQueries chapters;
    private final ProjectQueries projects;
    private final ThemeQueries themes;
    private final PracticeQueries practices;
    private final InitiativeQueries initiatives;

    public HomeQueries(ChapterQueries chapters, ProjectQueries projects, ThemeQueries themes, PracticeQueries practices, InitiativeQueries initiatives) {
        this.chapters = chapters;
        this.projects = projects;
        this.themes = themes;
        this.practices = practices;
        this.initiatives = initiatives;
    }

    public HomePage load(String language) {
        return new HomePage(
                chapters.list(language),
                chapters.terms(language),
                projects.list(language),
                themes.tree(language),
                practices.recent(language, RECENT),
                initiatives.recent(language, RECENT));
    }
}
