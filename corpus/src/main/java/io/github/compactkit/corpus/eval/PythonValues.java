package io.github.compactkit.corpus.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** Python's {@code ==} and truth value for JSON values, as {@code score.py} applies them. */
final class PythonValues {
    private PythonValues() {
    }

    /** {@code value == expected} where None is a missing or null node and null. */
    static boolean equal(JsonNode value, String expected) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return expected == null;
        }
        return value.isTextual() && value.textValue().equals(expected);
    }

    /** {@code value == expected} for a number: 12 == 12.0 and True == 1 as in Python; "12" is not 12. */
    static boolean equalNumber(JsonNode value, int expected) {
        if (value != null && value.isBoolean()) {
            // Python's bool is an int.
            return (value.booleanValue() ? 1 : 0) == expected;
        }
        return value != null && value.isNumber() && value.decimalValue().compareTo(java.math.BigDecimal.valueOf(expected)) == 0;
    }

    /** A field read as score.py hands it to {@code tokens}: null for None, else its text. */
    static String string(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    /** Python truthiness: None, "", 0, false, [] and {} are false. */
    static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0.0;
        }
        if (value.isContainerNode()) {
            return value.size() > 0;
        }
        return true;
    }
}
