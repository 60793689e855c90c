package io.github.compactkit.model;

import java.util.List;

/** A shared principle; {@code name} is set for named principles ("Partnership – …"). */
public record Principle(String name, String text, String section, List<String> subItems, Span span) {
    public Principle {
        subItems = List.copyOf(subItems);
    }
}
