package dev.playlens.app.connections;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns a failed connection into one sentence that says what is wrong and what to check: host, port,
 * credentials, database, SSL. The driver's own message follows for the details.
 */
public final class ConnectionErrors {
    private ConnectionErrors() {
    }

    public static String describe(ConnectionProfile p, Throwable error) {
        String where = p.host() + ":" + p.port();
        String detail = rootMessage(error);
        String lower = chainText(error).toLowerCase(Locale.ROOT);
        String state = sqlState(error);
        if (ConnectionProfile.IAM.equals(p.auth()) && lower.contains("unable to load credentials")) {
            return "IAM sign-in found no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or AWS_PROFILE "
                    + "(~/.aws), or sign in with a password.";
        }
        if (has(error, UnknownHostException.class) || lower.contains("unknownhost")) {
            return "Unknown host '" + p.host() + "': check the host name. (" + detail + ")";
        }
        if ("28P01".equals(state) || "28000".equals(state) || lower.contains("password authentication failed")) {
            return "Wrong user or password: the server at " + where + " refused user '" + p.user() + "'. (" + detail + ")";
        }
        if ("3D000".equals(state) || (lower.contains("database") && lower.contains("does not exist"))) {
            return "Database '" + p.database() + "' does not exist on " + where + ". (" + detail + ")";
        }
        if (has(error, ConnectException.class) || lower.contains("refused")) {
            return "Nothing answers at " + where + ": check the port and that the server is running. (" + detail + ")";
        }
        if (has(error, SSLException.class) || detail.toLowerCase(Locale.ROOT).contains("ssl")) {
            return "SSL failed with " + where + " (SSL mode '" + p.sslMode() + "'): the server may not offer SSL, "
                    + "or its certificate is not trusted; check the SSL mode. (" + detail + ")";
        }
        if (has(error, SocketTimeoutException.class) || has(error, NoRouteToHostException.class)
                || lower.contains("timed out") || lower.contains("timeout")) {
            return "No answer from " + where + " within " + ConnectionProfile.CONNECT_TIMEOUT_SECONDS
                    + " s: check the host, the port and any firewall or VPN. (" + detail + ")";
        }
        return "Cannot connect to " + where + ": " + detail;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null && !s.getSQLState().startsWith("08")) return s.getSQLState();
            if (c.getCause() == c) break;
        }
        return null;
    }

    private static String chainText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append('\n');
            if (c.getCause() == c) break;
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable t) {
        Throwable deepest = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException && c.getMessage() != null) deepest = c;
            if (c.getCause() == c) break;
        }
        String m = deepest.getMessage();
        return m == null ? deepest.getClass().getSimpleName() : m.strip();
    }
}
