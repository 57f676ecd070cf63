package org.hjp.workbench.core.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Tells a progress monitor of each byte read through it, one unit of work per byte, and stops reading with an
 * {@link InterruptedIOException} once the monitor is cancelled.
 */
final class MonitoredInputStream extends FilterInputStream {

	private final IProgressMonitor monitor;

	MonitoredInputStream(InputStream in, IProgressMonitor monitor) {
		super(in);
		this.monitor = monitor;
	}

	@Override
	public int read() throws IOException {
		stopIfCancelled();
		int b = super.read();
		if (b >= 0) {
			monitor.worked(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		stopIfCancelled();
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			monitor.worked(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		stopIfCancelled();
		long skipped = super.skip(n);
		monitor.worked((int) skipped);
		return skipped;
	}

	private void stopIfCancelled() throws InterruptedIOException {
		if (monitor.isCanceled()) {
			throw new InterruptedIOException("cancelled");
		}
	}
}
