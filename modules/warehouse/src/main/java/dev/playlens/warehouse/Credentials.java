package dev.playlens.warehouse;

import java.util.Map;

/**
 * A database user and password, handed to {@link Warehouses#open}. The composition root (CLI, GUI)
 * decides where they come from — environment, keychain, a prompt — so nothing deep inside reads the
 * environment. Either part may be {@code null}: the JDBC URL's own user/password then apply.
 */
public record Credentials(String user, String password) {
    public static final String USER_VARIABLE = "PLAYLENS_DB_USER";
    public static final String PASSWORD_VARIABLE = "PLAYLENS_DB_PASSWORD";

    private static final Credentials NONE = new Credentials(null, null);

    public static Credentials none() {
        return NONE;
    }

    /** Reads {@code PLAYLENS_DB_USER} / {@code PLAYLENS_DB_PASSWORD} from the given map (pass {@code System.getenv()}). */
    public static Credentials fromEnvironment(Map<String, String> environment) {
        return new Credentials(blankToNull(environment.get(USER_VARIABLE)),
                blankToNull(environment.get(PASSWORD_VARIABLE)));
    }

    public boolean hasUser() {
        return user != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Never prints the password, so credentials can appear in logs and error messages safely. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
