package org.proximite.core.home;

import java.util.List;
import org.proximite.core.chapter.ChapterSummary;
import org.proximite.core.initiative.InitiativeCard;
import org.proximite.core.practice.PracticeCard;
import org.proximite.core.project.ProjectSummary;
import org.proximite.core.theme.ThemeNode;

/** Everything the home page shows, in one language. */
public record HomePage(
        List<ChapterSummary> chapters,
        java.util.Map<String, List<org.proximite.core.chapter.ChapterTerm>> terms,
        List<ProjectSummary> projects,
        List<ThemeNode> themes,
        List<PracticeCard> recentPractices,
        List<InitiativeCard> recentInitiatives) {}
