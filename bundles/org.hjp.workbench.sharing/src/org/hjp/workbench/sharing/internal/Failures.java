package org.hjp.workbench.sharing.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import javax.net.ssl.SSLException;

import org.hjp.workbench.sharing.RepositoryException;
import org.hjp.workbench.sharing.RepositorySettings;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A failure of the server or the connection, said in a sentence that names the server and what to do. */
public final class Failures {

	private Failures() {
	}

	/** The sentence for {@code e}, met while {@code doing} (e.g. "Nothing was saved"). */
	public static RepositoryException of(SQLException e, RepositorySettings settings, String doing) {
		return new RepositoryException(doing + ": " + reason(e, settings), e);
	}

	/**
	 * Whether the connection was lost while a statement ran: the server may have committed it before it went, so
	 * what was asked is neither known done nor known undone.
	 */
	public static boolean connectionLost(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		return state.startsWith("08") || rootCause(e) instanceof java.io.IOException;
	}

	static String reason(SQLException e, RepositorySettings settings) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		String server = settings.host() + ":" + settings.port();
		switch (state) {
		case "28P01":
			return "the server " + server + " refused the password of " + settings.user() + ".";
		case "28000":
			return "the server " + server + " does not let " + settings.user() + " in: the login is unknown, or may not connect from this computer.";
		case "3D000":
			return "there is no database " + settings.database() + " on the server " + server + ".";
		case "42501":
			return "the server does not let " + settings.user() + " do this: " + serverMessage(e);
		case "08004":
			if (e.getMessage() != null && e.getMessage().contains("password")) {
				return "the server asks for the password of " + settings.user() + ", and none was given: put it in the pgpass file (~/.pgpass), or in PGPASSWORD.";
			}
			break;
		case "57P01", "57P02", "57P03":
			return "the server " + server + " is shutting down or starting up; try again in a moment.";
		default:
			break;
		}
		Throwable cause = rootCause(e);
		if (e.getMessage() != null && e.getMessage().contains("could not be verified")) {
			return "the server's certificate is not for the name " + settings.host() + ", which sslmode " + settings.sslMode()
					+ " checks: connect with the name the certificate gives, or ask whoever runs the server.";
		}
		if (inChain(e, SSLException.class) || inChain(e, java.security.GeneralSecurityException.class)) {
			return "no encrypted connection to " + server + " could be made that the settings (sslmode " + settings.sslMode()
					+ ") accept: " + cause.getMessage() + ".";
		}
		if (cause instanceof UnknownHostException) {
			return "the server " + settings.host() + " is not known: check its name.";
		}
		if (cause instanceof ConnectException || cause instanceof SocketTimeoutException || state.startsWith("08")) {
			if (e.getMessage() != null && e.getMessage().contains("does not support SSL")) {
				return "the server " + server + " offers no encrypted connection, and the settings (sslmode " + settings.sslMode() + ") require one.";
			}
			return "the server " + server + " cannot be reached (" + cause.getMessage() + "). Is it running, and is this computer online?";
		}
		return serverMessage(e);
	}

	private static String serverMessage(SQLException e) {
		if (e instanceof PSQLException psql) {
			ServerErrorMessage server = psql.getServerErrorMessage();
			if (server != null && server.getMessage() != null) {
				return server.getMessage();
			}
		}
		return e.getMessage();
	}

	private static boolean inChain(Throwable e, Class<? extends Throwable> kind) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}
}
