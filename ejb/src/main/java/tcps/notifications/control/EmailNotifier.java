package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email over SMTP (the product's {@code email_smtp}, {@code email_from}, {@code email_to}): HTML with a plain-text
 * alternative, STARTTLS when the server offers it, authentication when configured, time-outs on every step.
 */
@ApplicationScoped
public class EmailNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.smtp")
    Optional<String> smtp;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.from", defaultValue = "tcps-alerts@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.to")
    Optional<String> to;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.starttls", defaultValue = "true")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.starttls-required", defaultValue = "false")
    boolean starttlsRequired;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.ssl", defaultValue = "false")
    boolean ssl;

    /** Hosts whose certificate is trusted as it is ({@code *}: any), for an internal relay with its own certificate. */
    @Inject
    @ConfigProperty(name = "tcps.notifications.email.ssl-trust")
    Optional<String> sslTrust;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tcps.notifications.email.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tcps.notifications.http-timeout-ms", defaultValue = "10000")
    long timeoutMs;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean enabled() {
        return smtp.filter(s -> !s.isBlank()).isPresent()
                && to.filter(t -> !t.isBlank()).isPresent();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("smtp", smtp.orElse(""));
        settings.put("from", from);
        settings.put("to", to.orElse(""));
        settings.put("starttls", String.valueOf(starttls));
        settings.put("ssl", String.valueOf(ssl));
        settings.put("ssl-trust", sslTrust.orElse(""));
        settings.put("username", username.orElse(""));
        settings.put("password", Secrets.mask(password.orElse(null)));
        return settings;
    }

    /** People read it: alerts of one rule and component share an email, changes at most once a minute. */
    @Override
    public Grouping defaultGrouping() {
        return new Grouping(
                List.of("alertname", "component"), Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofHours(4));
    }

    @Override
    public String send(Notification notification) throws DeliveryFailure {
        try {
            MimeMessage message = message(notification);
            Transport.send(message, username.orElse(null), password.orElse(null));
            return message.getMessageID();
        } catch (AuthenticationFailedException e) {
            throw DeliveryFailure.permanent("the SMTP server refused the credentials: " + e.getMessage());
        } catch (MessagingException e) {
            throw SmtpFailures.of(e);
        }
    }

    MimeMessage message(Notification notification) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to.orElse(""), true));
        message.setSubject(EmailBody.subject(notification), "UTF-8");
        message.setSentDate(Date.from(notification.at()));
        message.setHeader("X-TCPS-Idempotency-Key", notification.idempotencyKey());
        message.setHeader("X-TCPS-Delivery", String.valueOf(notification.deliveryId()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(EmailBody.text(notification), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(EmailBody.html(notification), "UTF-8", "html");
        // Plain text first: a client shows the last alternative it understands
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /**
     * Always the {@code smtp} transport: {@code Transport.send} picks it for an email address whatever
     * {@code mail.transport.protocol} says, so implicit TLS is its {@code ssl.enable}, not the {@code smtps} protocol.
     */
    Session session() {
        String[] server = smtp.orElse("").trim().split(":", 2);
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.smtp.host", server[0]);
        properties.put("mail.smtp.port", server.length > 1 ? server[1] : ssl ? "465" : "587");
        properties.put("mail.smtp.ssl.enable", String.valueOf(ssl));
        sslTrust.filter(t -> !t.isBlank()).ifPresent(hosts -> {
            // A host trusted by name is trusted whatever its certificate names
            properties.put("mail.smtp.ssl.trust", hosts);
            properties.put("mail.smtp.ssl.checkserveridentity", "false");
        });
        properties.put(
                "mail.smtp.auth",
                String.valueOf(username.filter(u -> !u.isBlank()).isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls && !ssl));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttlsRequired && !ssl));
        for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
            properties.put("mail.smtp." + timeout, String.valueOf(timeoutMs));
        }
        return Session.getInstance(properties);
    }
}
