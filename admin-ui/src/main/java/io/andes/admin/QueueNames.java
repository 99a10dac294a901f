package io.andes.admin;

import io.andes.core.web.LanguageSelection;
import io.andes.ticketing.api.CatalogAdminViews;
import io.andes.ticketing.application.QueueSetup;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The desk's queues as the console names them, read once per request from the catalog — the queues added in
 * "Catálogo" included — in the session's language. A code no queue has any more is shown as it is.
 */
@Named("queueNames")
@RequestScoped
public class QueueNames {

    @Inject
    QueueSetup setup;

    @Inject
    LanguageSelection language;

    private List<CatalogAdminViews.Queue> queues;

    public List<CatalogAdminViews.Queue> getAll() {
        if (queues == null) {
            queues = setup.queues();
        }
        return queues;
    }

    public String name(String code) {
        return getAll().stream()
                .filter(queue -> queue.code().equals(code))
                .map(queue -> queue.name(language.isEnglish()))
                .findFirst()
                .orElse(code);
    }
}
