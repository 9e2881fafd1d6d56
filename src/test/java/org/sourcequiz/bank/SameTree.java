package org.sourcequiz.bank;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Compares two {@link Node} trees in everything the fast YAML path must match Jackson in: node
 * kinds, map key order, list order, text, scalar types and the location of every node and key.
 * ({@code Node} records' equals ignores map order.)
 */
final class SameTree {
    private SameTree() {}

    /** Null when the trees are the same, else where and how they first differ. */
    static String difference(Node a, Node b) {
        return difference(a, b, "$");
    }

    private static String difference(Node a, Node b, String path) {
        if (!a.at().equals(b.at())) {
            return path + ": at " + a.at() + " vs " + b.at();
        }
        if (a instanceof Node.MapNode ma && b instanceof Node.MapNode mb) {
            List<String> ka = List.copyOf(ma.entries().keySet());
            List<String> kb = List.copyOf(mb.entries().keySet());
            if (!ka.equals(kb)) {
                return path + ": keys " + ka + " vs " + kb;
            }
            for (String k : ka) {
                Node.Entry ea = ma.entries().get(k);
                Node.Entry eb = mb.entries().get(k);
                if (!ea.key().equals(eb.key()) || !ea.keyAt().equals(eb.keyAt())) {
                    return path + "." + k + ": key at " + ea.keyAt() + " vs " + eb.keyAt();
                }
                String d = difference(ea.value(), eb.value(), path + "." + k);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Node.ListNode la && b instanceof Node.ListNode lb) {
            if (la.items().size() != lb.items().size()) {
                return path + ": " + la.items().size() + " items vs " + lb.items().size();
            }
            Iterator<Node> ib = lb.items().iterator();
            int i = 0;
            for (Node na : la.items()) {
                String d = difference(na, ib.next(), path + "[" + i++ + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof Node.ScalarNode sa && b instanceof Node.ScalarNode sb) {
            if (sa.type() != sb.type() || !sa.text().equals(sb.text())) {
                return path + ": " + sa.type() + " `" + show(sa.text()) + "` vs " + sb.type() + " `" + show(sb.text()) + "`";
            }
            return null;
        }
        return path + ": " + a.describe() + " vs " + b.describe();
    }

    private static String show(String s) {
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /**
     * Reads {@code bytes} as YAML through {@link TreeReader} and tells whether the fast path took
     * it; when it did, checks that Jackson alone reads the same tree with no problem, else throws.
     */
    static boolean fastMatchesJackson(byte[] bytes) {
        long before = TreeReader.FAST_TREES.sum();
        Problems fastProblems = new Problems("f.yaml");
        Optional<Node> fast = TreeReader.read(bytes, false, fastProblems);
        if (TreeReader.FAST_TREES.sum() == before) {
            return false;
        }
        Problems problems = new Problems("f.yaml");
        Optional<Node> jackson = TreeReader.readWithJackson(bytes, false, problems);
        String input = new String(bytes, StandardCharsets.UTF_8);
        if (!problems.list().isEmpty() || jackson.isEmpty()) {
            throw new AssertionError("the fast path took a file Jackson reports: "
                    + problems.list().stream().map(Problem::format).toList() + "\n" + input);
        }
        if (fast.isEmpty() || !fastProblems.list().isEmpty()) {
            throw new AssertionError("the fast path gave no tree or problems\n" + input);
        }
        String d = difference(fast.get(), jackson.get());
        if (d != null) {
            throw new AssertionError("fast tree differs from Jackson's (fast vs Jackson) " + d + "\n" + input);
        }
        return true;
    }
}
