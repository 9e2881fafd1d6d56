package org.sourcequiz.tui;

/** An immutable picture of what one screen shows; screens draw only from these. */
sealed interface View permits HomeView, QuestionView, FeedbackView, ResultsView, PageView, SearchView,
        TimelineView, SourcesView, ArticleView {}
