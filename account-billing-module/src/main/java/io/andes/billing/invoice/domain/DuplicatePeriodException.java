package io.andes.billing.invoice.domain;

/** Another runner issued the invoice of this period first: the database's unique key refused the second. */
public class DuplicatePeriodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicatePeriodException(Throwable cause) {
        super("The period is invoiced already", cause);
    }
}
