package org.sourcequiz.fuzz;

import java.nio.charset.StandardCharsets;

/** How the fuzzer measures, cuts, saves and shows one kind of input. */
public interface Shape<T> {
    int length(T input);

    /** {@code input} without the units {@code [from, to)}. */
    T cut(T input, int from, int to);

    byte[] save(T input);

    /** One line for a failure message: escaped, and cut when long. */
    String show(T input);

    /** Raw file contents: saved as they are, so the saved file reproduces the failure by itself. */
    Shape<byte[]> BYTES = new Shape<>() {
        @Override
        public int length(byte[] input) {
            return input.length;
        }

        @Override
        public byte[] cut(byte[] input, int from, int to) {
            byte[] out = new byte[input.length - (to - from)];
            System.arraycopy(input, 0, out, 0, from);
            System.arraycopy(input, to, out, from, input.length - to);
            return out;
        }

        @Override
        public byte[] save(byte[] input) {
            return input;
        }

        @Override
        public String show(byte[] input) {
            return Escape.java(new String(input, StandardCharsets.UTF_8));
        }
    };

    /**
     * Typed text. Saved escaped, one Java string literal, because text may hold lone surrogates
     * that no encoding keeps.
     */
    Shape<String> TEXT = new Shape<>() {
        @Override
        public int length(String input) {
            return input.length();
        }

        @Override
        public String cut(String input, int from, int to) {
            return input.substring(0, from) + input.substring(to);
        }

        @Override
        public byte[] save(String input) {
            return ("\"" + Escape.java(input, Integer.MAX_VALUE) + "\"\n").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String show(String input) {
            return "\"" + Escape.java(input) + "\"";
        }
    };

    /** An input that is not text (a response object): shown and saved as its toString, never shrunk. */
    static <T> Shape<T> opaque() {
        return new Shape<>() {
            @Override
            public int length(T input) {
                return 1;
            }

            @Override
            public T cut(T input, int from, int to) {
                return input;
            }

            @Override
            public byte[] save(T input) {
                return (String.valueOf(input) + "\n").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public String show(T input) {
                return Escape.java(String.valueOf(input));
            }
        };
    }
}
