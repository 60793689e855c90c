package io.github.compactkit.compare;

import io.github.compactkit.model.Compact;

/** Which compact a side of a comparison is: its file name, area and date (EDTF, null when unknown). */
public record CompactRef(String file, String area, String date) {

    /** The reference of a parsed compact. */
    public static CompactRef of(Compact compact) {
        String file = compact.source() == null ? null : compact.source().file();
        String date = compact.date() == null ? null : compact.date().edtf();
        return new CompactRef(file, compact.area(), date);
    }

    /** The file name when known, else the area: how the JSON names a likely source. */
    public String label() {
        return file != null ? file : area != null ? area : "compact";
    }
}
