package org.agorapolis.shared.web;

import java.util.Optional;

import jakarta.faces.context.FacesContext;

/**
 * Reads query parameters defensively: anything malformed is treated as absent, never as an
 * error page.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static Optional<String> text(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public static Optional<Long> id(String name) {
        return text(name).flatMap(RequestParameters::parseId);
    }

    public static int number(String name, int fallback) {
        return text(name).flatMap(RequestParameters::parseId).filter(n -> n <= Integer.MAX_VALUE).map(Long::intValue).orElse(fallback);
    }

    static Optional<Long> parseId(String value) {
        if (value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value)).filter(n -> n > 0);
    }

    public static <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return text(name).flatMap(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return Optional.of(constant);
                }
            }
            return Optional.empty();
        });
    }
}
