package io.andes.core.application;

import io.andes.core.api.OutgoingEmail;

/**
 * The e-mail a tenant's administrators get when staff suspend or reactivate the tenant: in Spanish, with an English
 * paragraph, naming the company, the reason, what it means for its users and whom to write to.
 */
enum TenantStatusNotice {
    SUSPENDED(
            "Cuenta suspendida / Account suspended: ",
            "La cuenta de %s en Andes fue suspendida.",
            "Mientras dure la suspensión, los usuarios de %s no pueden ingresar al portal ni usar la API. Sus datos"
                    + " se conservan: nada se borra.",
            "The Andes account of %s has been suspended. While it is suspended, its users cannot sign in to the"
                    + " portal or use the API; its data is kept and nothing is deleted."),
    REACTIVATED(
            "Cuenta reactivada / Account reactivated: ",
            "La cuenta de %s en Andes fue reactivada.",
            "Los usuarios de %s ya pueden ingresar al portal y usar la API como antes.",
            "The Andes account of %s has been reactivated. Its users can sign in to the portal and use the API again.");

    private static final int SUBJECT_LIMIT = NotificationInputs.SUBJECT_LIMIT;

    private final String subject;
    private final String spanishFact;
    private final String spanishMeaning;
    private final String english;

    TenantStatusNotice(String subject, String spanishFact, String spanishMeaning, String english) {
        this.subject = subject;
        this.spanishFact = spanishFact;
        this.spanishMeaning = spanishMeaning;
        this.english = english;
    }

    /** The notice to one administrator; {@code contact} is the vendor's address for questions. */
    OutgoingEmail to(String email, String firstName, String legalName, String reason, String contact) {
        String[] paragraphs = {
            "Hola " + firstName + ":",
            spanishFact.formatted(legalName),
            "Motivo: " + reason,
            spanishMeaning.formatted(legalName),
            "Si tiene preguntas o quiere regularizar la situación, escriba a " + contact + " o responda este correo.",
            english.formatted(legalName) + " Reason: " + reason + ". Questions: write to " + contact
                    + " or reply to this e-mail.",
            "Equipo Andes"
        };
        return new OutgoingEmail(email, subjectFor(legalName), String.join("\n\n", paragraphs), html(paragraphs));
    }

    private String subjectFor(String legalName) {
        String full = subject + legalName;
        return full.length() <= SUBJECT_LIMIT ? full : full.substring(0, SUBJECT_LIMIT - 1) + "…";
    }

    private static String html(String[] paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"es\"><body>");
        for (int i = 0; i < paragraphs.length; i++) {
            boolean english = i == paragraphs.length - 2;
            html.append(english ? "<p lang=\"en\"><i>" : "<p>")
                    .append(escape(paragraphs[i]))
                    .append(english ? "</i></p>" : "</p>");
        }
        return html.append("</body></html>").toString();
    }

    /** Legal names and reasons are typed by people: never markup. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
