package io.andes.core.domain.notification;

import java.util.List;
import java.util.stream.StreamSupport;

/**
 * A plug-in point for SMS providers, in the manner of Keycloak's SPIs: every implementation has a stable {@link #id}
 * and the setting {@code andes.sms.provider} names the one in use. Returning normally means the provider accepted
 * the message.
 */
public interface SmsSender {

    /** The stable name under which this provider is chosen ({@code log}, {@code http}); never change it. */
    String id();

    void send(PhoneNumber to, String text) throws DeliveryException;

    /** The provider whose id is {@code id}; an unknown id names the known ones. */
    static SmsSender choose(Iterable<? extends SmsSender> available, String id) {
        List<SmsSender> all = StreamSupport.stream(available.spliterator(), false)
                .map(SmsSender.class::cast)
                .toList();
        return all.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("andes.sms.provider=" + id + " is unknown; known providers: "
                                + all.stream().map(SmsSender::id).sorted().toList()));
    }
}
