package org.hjp.workbench.tests.generator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server that a hostile file points at. It notes every connection made to it and never answers, so that
 * a test sees whether anything was fetched, and a fetch hangs (as it would on a slow server) instead of failing
 * fast and hiding the attempt.
 */
public final class Canary implements AutoCloseable {

	private final ServerSocket server;
	private final List<Socket> connections = new CopyOnWriteArrayList<>();

	public Canary() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread listener = new Thread(this::accept, "canary on port " + server.getLocalPort());
		listener.setDaemon(true);
		listener.start();
	}

	/** An address on this server: {@code http://127.0.0.1:port/path}. */
	public String url(String path) {
		return "http://127.0.0.1:" + server.getLocalPort() + "/" + path;
	}

	public int connections() {
		return connections.size();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				connections.add(server.accept());
			} catch (IOException closed) {
				return;
			}
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		for (Socket connection : connections) {
			connection.close();
		}
	}
}
