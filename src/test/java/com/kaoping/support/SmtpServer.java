package com.kaoping.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server for tests (GreenMail) on a port of its own, which a test can take down and
 * bring back on the same port (the mail server being away for a while).
 */
public final class SmtpServer {

    private final int port;
    private GreenMail server;

    private SmtpServer(int port) {
        this.port = port;
    }

    /** A running server on a free port. */
    public static SmtpServer start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            SmtpServer smtp = new SmtpServer(socket.getLocalPort());
            socket.close();
            smtp.up();
            return smtp;
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** The properties that point Kaoping at this server. */
    public String[] properties() {
        return new String[] {"kaoping.mail.smtp-host=127.0.0.1", "kaoping.mail.smtp-port=" + port,
                "kaoping.mail.from=hr@kaoping.test"};
    }

    /** Points a test's application context at this server. */
    public void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        for (String p : properties()) {
            registry.add(p.substring(0, p.indexOf('=')), () -> p.substring(p.indexOf('=') + 1));
        }
    }

    /** Takes the server away: connections are refused until {@link #up()}. */
    public void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Brings it (back) up on the same port, with no mail received. */
    public void up() {
        down();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** The mails received for this address, in the order they came. */
    public List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of a plain-text mail, decoded. */
    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
