package org.sourcequiz.bank;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where each value and key stood, so every
 * problem can name its line and column. YAML and JSON read into the same tree.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Location at();

    /** What a value is, in the words a message to an author uses. */
    String describe();

    record Entry(String key, Location keyAt, Node value) {}

    record MapNode(Location at, Map<String, Entry> entries) implements Node {
        public MapNode {
            // Not copied: the tree reader hands over a map it built for this node alone, and a
            // large bank has a million of them.
            entries = Collections.unmodifiableMap(entries);
        }

        Entry entry(String key) {
            return entries.get(key);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(Location at, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }

    record ScalarNode(Location at, String text, ScalarType type) implements Node {
        @Override
        public String describe() {
            return switch (type) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing (null)";
            };
        }
    }
}
