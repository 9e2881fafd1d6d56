package org.sourcequiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcequiz.SeedArticles;
import org.sourcequiz.app.AppContext;
import org.sourcequiz.app.SearchBank;
import org.sourcequiz.engine.AnswerListener;
import org.sourcequiz.engine.QuizSession;
import org.sourcequiz.explore.SearchHit;
import org.sourcequiz.tui.TextUi;
import org.sourcequiz.tui.TuiSettings;

/**
 * The search screen as `sourcequiz search --sources DIR WORDS` opens it, on the bundled bank, the
 * real index and the seed articles, on Lanterna's virtual terminal: article paragraphs are among
 * the hits, and Enter on one shows the paragraph whole with the questions that cite it.
 */
class SearchScreenArticlesTest {

    @TempDir
    Path data;

    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(110, 40));

    private String screen() {
        StringBuilder b = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                b.append(terminal.getCharacter(new TerminalPosition(c, r)).getCharacterString());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The UI runs on its own thread, as on a terminal: wait until the screen shows {@code text}. */
    private String waitFor(String text) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!screen().contains(text) && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(screen()).contains(text);
        return screen();
    }

    @Test
    void articleHitsAreShownAndEnterShowsTheParagraphAndWhoCitesIt() throws Exception {
        AppContext ctx = new AppContext(Path.of("").toAbsolutePath(), Map.of("SOURCEQUIZ_HOME", data.toString()),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        SearchBank.Opened opened = SearchBank.open(ctx, List.of(), SeedArticles.dir(), null);
        String query = "Zapad-2021 exercise";
        List<SearchHit> hits = opened.index().search(query, SearchEntry.SHOWN);
        int at = 0;
        while (hits.get(at).type() != SearchHit.Type.ARTICLE) {
            at++;
        }
        SearchHit article = hits.get(at);
        String paragraph = opened.paragraph(article.sourceId(), article.paragraph()).orElseThrow();
        List<String> citing = opened.citing(article.sourceId(), article.paragraph());

        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        TuiSettings settings = new TuiSettings(false, (plan, options) -> QuizSession.start(plan, options, ctx.clock(), "s",
                AnswerListener.NONE), () -> 7, List.of());
        TextUi ui = TextUi.search(screen, opened.bank(), settings, SearchEntry.source(opened), query, "");
        CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
            try {
                ui.run();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        waitFor("Search: " + query);
        waitFor("hits ·");
        for (int i = 0; i < at; i++) {
            terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        }
        String onIt = waitFor("▸ article " + article.sourceId() + " · paragraph " + article.paragraph());
        assertThat(onIt).contains("Enter read the paragraph");
        terminal.addInput(new KeyStroke(KeyType.Enter));
        waitFor(article.sourceId() + " ¶ " + article.paragraph());
        waitFor(citing.isEmpty() ? "No question cites this paragraph." : "Questions citing this paragraph");
        String page = waitFor("Esc back"); // the footer: drawn last, so the page is whole
        String flat = page.replaceAll("\\s+", " ");
        String start = paragraph.substring(0, Math.min(60, paragraph.length())).replaceAll("\\s+", " ");
        assertThat(flat).contains(start.substring(0, start.lastIndexOf(' ')));
        assertThat(flat).contains(citing.isEmpty() ? "No question cites this paragraph." : "Questions citing this paragraph");
        citing.forEach(id -> assertThat(flat).contains(id));
        terminal.addInput(new KeyStroke(KeyType.Escape));
        waitFor("Search: " + query);
        terminal.addInput(new KeyStroke(KeyType.Escape));
        running.get(20, TimeUnit.SECONDS);
        assertThat(ui.results()).isEmpty();
    }
}
