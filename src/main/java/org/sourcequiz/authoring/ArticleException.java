package org.sourcequiz.authoring;

/** An article that cannot be read as plain UTF-8 text: the message is one line naming the file and what to do. */
public final class ArticleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ArticleException(String message) {
        super(message);
    }
}
