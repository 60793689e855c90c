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

    /** {@code value == expected} for a number: 12 == 12.0 as in Python. */
    static boolean equalNumber(JsonNode value, int expected) {
        return value != null && value.isNumber() && value.decimalValue().compareTo(java.math.BigDecimal.valueOf(expected)) == 0;
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
