package io.lianxin.notification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A real SMTP conversation that refuses recipients: {@code perm…} addresses with 550 (permanent),
 * {@code temp…} with 451 (temporary). For the failure paths GreenMail does not produce.
 */
final class FakeSmtpServer implements AutoCloseable {

  private final ServerSocket socket;

  FakeSmtpServer() throws IOException {
    socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "fake-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException closed) {
        // stopped, or the client went away
      }
    }
  }

  private static void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII);
    out.print("220 fake ESMTP\r\n");
    out.flush();
    String line;
    while ((line = in.readLine()) != null) {
      String command = line.toUpperCase();
      if (command.startsWith("EHLO") || command.startsWith("HELO")) {
        out.print("250 fake\r\n");
      } else if (command.startsWith("MAIL FROM")) {
        out.print("250 2.1.0 ok\r\n");
      } else if (command.startsWith("RCPT TO")) {
        out.print(command.contains("<PERM") ? "550 5.1.1 no such mailbox\r\n" : "451 4.3.0 try again later\r\n");
      } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
        out.print("250 ok\r\n");
      } else if (command.startsWith("QUIT")) {
        out.print("221 bye\r\n");
        out.flush();
        return;
      } else {
        out.print("503 bad sequence\r\n");
      }
      out.flush();
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
