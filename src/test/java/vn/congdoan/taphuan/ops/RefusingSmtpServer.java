package vn.congdoan.taphuan.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that refuses every client: it greets with {@code 554} (no service) and
 * waits for the client to hang up, as a server that does not accept mail from this
 * machine does.
 */
final class RefusingSmtpServer implements AutoCloseable {

	private final ServerSocket socket;

	RefusingSmtpServer(int port) throws IOException {
		this.socket = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
		Thread thread = new Thread(this::serve, "refusing-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	private void serve() {
		while (!this.socket.isClosed()) {
			try (Socket client = this.socket.accept(); OutputStream out = client.getOutputStream()) {
				out.write("554 5.7.1 No SMTP service for this client\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				// let the client hang up first, so that this port is free again at once
				client.setSoTimeout(5000);
				client.getInputStream().transferTo(OutputStream.nullOutputStream());
			}
			catch (IOException ex) {
				// closed
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}
