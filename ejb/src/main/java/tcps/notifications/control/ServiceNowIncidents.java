package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import tcps.alerting.control.AlertFacts;

/**
 * The bodies the ServiceNow Table API takes for the {@code incident} table: a new incident for a firing alert, and
 * the updates that acknowledge (In Progress) and resolve it. Choice fields go as their values, the way the Table API
 * answers them: {@code urgency} and {@code impact} 1 (High) to 3 (Low), {@code state} 2 (In Progress) and 6
 * (Resolved).
 */
final class ServiceNowIncidents {

    /** The task table's length of {@code short_description}. */
    static final int MAX_SHORT_DESCRIPTION = 160;
    /** The task table's length of {@code description}. */
    static final int MAX_DESCRIPTION = 4000;

    static final String IN_PROGRESS = "2";
    static final String RESOLVED = "6";

    /** Where the incidents go and how they are filed; null or blank fields are left to the instance's defaults. */
    record Filing(String assignmentGroup, String caller, String category, String closeCode) {}

    private ServiceNowIncidents() {}

    /** The encoded query that finds the active incident of a correlation id. */
    static String activeIncident(String correlationId) {
        return "correlation_id=" + correlationId + "^active=true";
    }

    static JsonObject create(AlertFacts alert, Notification.Links links, Filing filing) {
        StringBuilder description = new StringBuilder(TicketText.summary(alert));
        String more = TicketText.description(alert);
        if (more != null) {
            description.append("\n").append(more);
        }
        description.append("\n");
        TicketText.facts(alert).forEach(fact -> description
                .append("\n")
                .append(fact.name())
                .append(": ")
                .append(fact.value()));
        description.append("\nAlert: ").append(links.alert(alert.id()));
        String level = level(alert.severity());
        return incident(TicketText.title(alert), description.toString(), level, TicketText.key(alert), filing);
    }

    /** A channel test: the lowest urgency and impact, plainly named a test. */
    static JsonObject createTest(Notification notification, Filing filing) {
        String description =
                TicketText.testDescription() + "\n\n" + notification.links().dashboard();
        return incident(TicketText.TEST_TITLE, description, "3", TicketText.testKey(notification), filing);
    }

    static JsonObject stillFiring(AlertFacts alert) {
        return Json.createObjectBuilder()
                .add("work_notes", TicketText.stillFiring(alert))
                .build();
    }

    static JsonObject acknowledge(AlertFacts alert) {
        return Json.createObjectBuilder()
                .add("state", IN_PROGRESS)
                .add("work_notes", TicketText.acknowledged(alert))
                .build();
    }

    /** Close code and close notes are mandatory when an incident is resolved. */
    static JsonObject resolve(AlertFacts alert, Filing filing) {
        String why = TicketText.resolved(alert);
        return resolution(filing, why, why);
    }

    static JsonObject resolveTest(Filing filing) {
        return resolution(filing, TicketText.testDescription(), "Test of the ServiceNow channel: resolved at once.");
    }

    /** critical is urgent and high impact, warning medium, info and anything else low. */
    static String level(String severity) {
        return switch (severity == null ? "" : severity) {
            case "critical" -> "1";
            case "warning" -> "2";
            default -> "3";
        };
    }

    private static JsonObject incident(
            String title, String description, String level, String correlationId, Filing filing) {
        JsonObjectBuilder incident = Json.createObjectBuilder()
                .add("short_description", TicketText.cut(title, MAX_SHORT_DESCRIPTION))
                .add("description", TicketText.cut(description, MAX_DESCRIPTION))
                .add("urgency", level)
                .add("impact", level)
                .add("correlation_id", correlationId)
                .add("correlation_display", TicketText.PRODUCT);
        optional(incident, "assignment_group", filing.assignmentGroup());
        optional(incident, "caller_id", filing.caller());
        optional(incident, "category", filing.category());
        return incident.build();
    }

    private static JsonObject resolution(Filing filing, String closeNotes, String workNotes) {
        return Json.createObjectBuilder()
                .add("state", RESOLVED)
                .add("close_code", filing.closeCode())
                .add("close_notes", closeNotes)
                .add("work_notes", workNotes)
                .build();
    }

    private static void optional(JsonObjectBuilder object, String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value.trim());
        }
    }
}
