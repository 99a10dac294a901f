package io.andes.core.domain.webhook;

import io.andes.core.problem.ProblemException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The events an integrator may subscribe to; {@code webhook.ping} is sent only on request and always delivered. */
public enum WebhookEventType {
    TICKET_CREATED("ticket.created"),
    TICKET_UPDATED("ticket.updated"),
    PING("webhook.ping");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The subscribable events. */
    public static Set<WebhookEventType> subscribable() {
        return EnumSet.of(TICKET_CREATED, TICKET_UPDATED);
    }

    /** The events named by an integrator; none named means all of them; an unknown name is a 400 on {@code events}. */
    public static Set<WebhookEventType> subscription(Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return subscribable();
        }
        Set<WebhookEventType> chosen = EnumSet.noneOf(WebhookEventType.class);
        for (String name : names) {
            chosen.add(subscribable().stream()
                    .filter(e -> e.wireName.equals(name))
                    .findFirst()
                    .orElseThrow(WebhookEventType::unknown));
        }
        return chosen;
    }

    public static WebhookEventType fromWire(String name) {
        return Arrays.stream(values())
                .filter(e -> e.wireName.equals(name))
                .findFirst()
                .orElseThrow(WebhookEventType::unknown);
    }

    static String join(Set<WebhookEventType> events) {
        return events.stream().map(WebhookEventType::wireName).sorted().collect(Collectors.joining(","));
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }

    private static ProblemException unknown() {
        String known =
                subscribable().stream().map(WebhookEventType::wireName).toList().toString();
        return ProblemException.invalidField(
                "events",
                "solo se admiten " + known,
                "Evento desconocido; se admiten " + known + ".",
                "Unknown event; the known ones are " + known + ".");
    }
}
