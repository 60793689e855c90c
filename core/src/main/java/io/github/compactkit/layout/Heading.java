package io.github.compactkit.layout;

import io.github.compactkit.model.Span;

/**
 * A heading: {@code number} as written ("2.3", "3", "Part 3", "Section Two", "Appendix A"; null when
 * unnumbered), its title, and its depth when the number or the source says (0 when unknown).
 */
public record Heading(String number, String title, int level, Span span) implements Block {
    @Override
    public String text() {
        return number == null ? title : (title.isEmpty() ? number : number + " " + title);
    }
}
