package org.sourcequiz.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Home: choose a set (or all), the mode, how many questions, a tag and a kind; start. */
final class HomeScreen implements Screen<HomeView> {

    @Override
    public Page page(HomeView v, int width) {
        List<Line> body = new ArrayList<>();
        int focus = -1;
        body.add(Line.EMPTY);
        body.add(Line.of(Span.of(" Question sets", Style.BOLD)).withRight(Span.of("questions ", Style.DIM)));
        HomeView.RowKind last = HomeView.RowKind.SET;
        for (int i = 0; i < v.rows().size(); i++) {
            HomeView.Row row = v.rows().get(i);
            if (row.kind() != last) {
                body.add(Line.EMPTY);
                if (row.kind() == HomeView.RowKind.SETTING) {
                    body.add(Line.of(Span.of(" " + Wrap.fit(v.rows().get(v.chosen()).label(), width - 2), Style.BOLD)));
                    Wrap.text(v.detail(), Style.DIM, width - 4).forEach(l -> body.add(l.prefixed(Span.plain(" "))));
                    body.add(Line.EMPTY);
                }
                last = row.kind();
            }
            if (i == v.cursor()) {
                focus = body.size();
            }
            body.add(row(v, i, row, width));
        }
        Line status = v.message().isEmpty() ? Keys.status(v.summary(), false) : Keys.status(v.message(), true);
        Line footer = Keys.footer(width, "↑↓", "choose", "←→", "change", "Tab", "settings", "Enter", "start", "q", "quit", "?", "help");
        return new Page(Headers.title("sourcequiz · Belarus and Russia, 2020–2022", "? help"), body, focus, v.scroll(),
                Optional.empty(), status, footer);
    }

    private static Line row(HomeView v, int i, HomeView.Row row, int width) {
        boolean here = i == v.cursor();
        String mark = switch (row.kind()) {
            case SET -> i == v.chosen() ? " ● " : "   ";
            case ENTRY -> " » ";
            default -> "   ";
        };
        Line line = switch (row.kind()) {
            case SET, ENTRY -> Line.of(Span.plain(mark + Wrap.fit(row.label(), width - 14))).withRight(Span.plain(row.value() + " "));
            case SETTING -> Line.of(Span.plain(mark + pad(row.label(), 11)), Span.plain(here ? "‹ " : "  "),
                    Span.of(Wrap.fit(row.value(), width - 22), here ? Style.PLAIN : Style.BOLD), Span.plain(here ? " ›" : ""));
            case START -> Line.of(Span.of(mark + row.label(), here ? Style.PLAIN : Style.BOLD),
                    Span.plain("  " + Wrap.fit(row.value(), width - 14)));
        };
        return here ? line.filled(Style.SELECTED) : line;
    }

    private static String pad(String s, int n) {
        return s + " ".repeat(Math.max(1, n - Wrap.width(s)));
    }

    @Override
    public Optional<Intent> intent(KeyStroke k, HomeView v) {
        if (Keys.is(k, 'q') || Keys.is(k, KeyType.Escape)) {
            return Optional.of(new Intent.Close());
        }
        if (Keys.is(k, '?') || Keys.is(k, KeyType.F1)) {
            return Optional.of(new Intent.ShowHelp());
        }
        Optional<Character> c = Keys.ch(k);
        if (c.isPresent()) {
            return switch (c.get()) {
                case 'm' -> Optional.of(new Intent.Cycle(HomeSetting.MODE));
                case 'n' -> Optional.of(new Intent.Cycle(HomeSetting.COUNT));
                case 't' -> Optional.of(new Intent.Cycle(HomeSetting.TAG));
                case 'k' -> Optional.of(new Intent.Cycle(HomeSetting.KIND));
                case ' ' -> Optional.of(new Intent.Change(1));
                default -> Optional.empty();
            };
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> Optional.of(new Intent.Move(-1));
            case ArrowDown -> Optional.of(new Intent.Move(1));
            case ArrowLeft -> Optional.of(new Intent.Change(-1));
            case ArrowRight -> Optional.of(new Intent.Change(1));
            case Tab, ReverseTab -> Optional.of(new Intent.NextGroup());
            case Enter -> Optional.of(new Intent.Submit());
            case PageUp -> Optional.of(new Intent.Move(-5));
            case PageDown -> Optional.of(new Intent.Move(5));
            default -> Optional.empty();
        };
    }

    @Override
    public List<String> help(HomeView v) {
        return List.of("↑↓ choose a question set (● marks the one a quiz uses), or an entry below the sets.",
                "Tab jumps to the settings and back. On a setting, ← → change it; m, n, t and k change the mode, "
                        + "the number of questions, the tag and the kind from anywhere.",
                "Modes: practice shows the answer and its source passage after each question; exam grades at the end; "
                        + "flashcard lets you think, turn the card over and rate yourself.",
                "Enter starts the quiz (or opens the entry under the cursor). q or Esc leaves.");
    }
}
