package org.exokg.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The dependency tree of one sentence: its tokens, each pointing to its head, with offsets in the text the
 * sentence was parsed from, so that a mention's span can be mapped to the word that heads it.
 */
public final class DependencyParse {

    private final List<Token> tokens;

    public DependencyParse(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The word a token depends on, or null at the root. */
    public Token head(Token t) {
        return t.head() < 0 ? null : tokens.get(t.head());
    }

    public List<Token> dependents(Token t) {
        List<Token> found = new ArrayList<>();
        for (Token d : tokens) {
            if (d.head() == t.index()) {
                found.add(d);
            }
        }
        return found;
    }

    public List<Token> dependents(Token t, String label) {
        return dependents(t).stream().filter(d -> d.label().equals(label)).toList();
    }

    /** Tokens that overlap text[start, end). */
    public List<Token> within(int start, int end) {
        return tokens.stream().filter(t -> t.start() < end && t.end() > start).toList();
    }

    /**
     * The word that heads the span text[start, end) — the one token of the span whose head lies outside it (the
     * last such token if a bad parse gives several) — or null if no token overlaps the span.
     */
    public Token headOf(int start, int end) {
        List<Token> span = within(start, end);
        Token found = null;
        for (Token t : span) {
            Token h = head(t);
            if (h == null || h.start() >= end || h.end() <= start) {
                found = t;
            }
        }
        return found != null || span.isEmpty() ? found : span.get(span.size() - 1);
    }

    /** True if {@code ancestor} is {@code t} or lies on the way from {@code t} to the root. */
    public boolean dominates(Token ancestor, Token t) {
        for (Token x = t; x != null; x = head(x)) {
            if (x.index() == ancestor.index()) {
                return true;
            }
        }
        return false;
    }

    /** The tokens from {@code t} up to the root, {@code t} first. */
    public List<Token> pathToRoot(Token t) {
        List<Token> path = new ArrayList<>();
        for (Token x = t; x != null && path.size() <= tokens.size(); x = head(x)) {
            path.add(x);
        }
        return path;
    }

    /** The lowest token that dominates both, or null (never for tokens of one tree). */
    public Token commonAncestor(Token a, Token b) {
        List<Token> up = pathToRoot(a);
        for (Token x : pathToRoot(b)) {
            if (up.stream().anyMatch(y -> y.index() == x.index())) {
                return x;
            }
        }
        return null;
    }

    /** One line per token (index, form, POS, head, label): for tests and debugging. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.index()).append('\t').append(t.form()).append('\t').append(t.pos()).append('\t').append(t.head())
                    .append('\t').append(t.label()).append('\n');
        }
        return b.toString();
    }
}
