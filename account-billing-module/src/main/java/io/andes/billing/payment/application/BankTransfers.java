package io.andes.billing.payment.application;

import io.andes.billing.invoice.application.BillingCalendar;
import io.andes.billing.invoice.domain.Invoice;
import io.andes.billing.invoice.domain.InvoiceNumber;
import io.andes.billing.invoice.domain.InvoiceRepository;
import io.andes.billing.payment.api.PaymentViews;
import io.andes.billing.payment.domain.Payment;
import io.andes.billing.payment.domain.PaymentMethod;
import io.andes.billing.payment.domain.PaymentRepository;
import io.andes.billing.payment.domain.PaymentStatus;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.StaffTenantAccess;
import io.andes.core.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;

/**
 * Billing staff record a bank transfer received against a tenant's invoice, with the bank's reference and the day it
 * arrived (today when not given, never a future day): an audited staff access to the tenant. Part of what is owed may
 * be paid; more than what is owed is refused (422). Staff also read what an invoice has received and still owes.
 */
@ApplicationScoped
public class BankTransfers {

    @Inject
    StaffTenantAccess staff;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PayNow payNow;

    @Inject
    PaymentContext context;

    @Inject
    BillingCalendar calendar;

    public PaymentViews.Payment record(TenantId tenant, String number, BigDecimal amount, String reference) {
        return record(tenant, number, amount, reference, null);
    }

    public PaymentViews.Payment record(
            TenantId tenant, String number, BigDecimal amount, String reference, LocalDate receivedOn) {
        return staff.call(tenant, "payment.transfer-recorded", number, "transferencia " + reference, () -> {
            Invoice invoice = InvoiceNumber.parse(number)
                    .flatMap(invoices::lock)
                    .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number));
            Instant received = receivedAt(receivedOn);
            BigDecimal owed = payNow.owed(invoice);
            BigDecimal paid = exact(amount, invoice.currency());
            if (paid.compareTo(owed) > 0) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "La transferencia (" + paid.toPlainString() + ") supera el saldo de la factura ("
                                + owed.toPlainString() + " " + invoice.currency() + "). No se registró nada.",
                        "The transfer (" + paid.toPlainString() + ") exceeds what is owed on the invoice ("
                                + owed.toPlainString() + " " + invoice.currency() + "). Nothing was recorded.",
                        Map.of("reason", "overpayment", "owed", owed.toPlainString()));
            }
            Payment payment = new Payment(
                    new Payment.PayableInvoice(invoice.id(), invoice.number(), invoice.currency()),
                    payments.ofInvoice(invoice.id()).size() + 1,
                    PaymentMethod.TRANSFER,
                    "transfer",
                    paid,
                    context.startedNow());
            payments.add(payment);
            settlement.succeeded(payment.id(), null, reference, received);
            return PaymentPresenter.view(payments.find(payment.id()).orElseThrow());
        });
    }

    /** What the tenant's invoice has received so far and still owes (an audited staff read). */
    public PaymentViews.InvoicePayments received(TenantId tenant, String number, String reason) {
        return staff.call(tenant, "invoice.payments.read", number, reason, () -> {
            Invoice invoice = InvoiceNumber.parse(number)
                    .flatMap(invoices::find)
                    .orElseThrow(() -> ProblemException.notFound("la factura " + number, "Invoice " + number));
            BigDecimal paid = settlement.paidSoFar(invoice.id());
            BigDecimal left = invoice.total().subtract(paid);
            boolean payable = invoice.payable() && left.signum() > 0;
            return new PaymentViews.InvoicePayments(
                    invoice.number(),
                    invoice.currency(),
                    invoice.total(),
                    paid,
                    payable ? left : BigDecimal.ZERO.setScale(invoice.total().scale()),
                    payable,
                    payments.ofInvoice(invoice.id()).stream()
                            .filter(payment -> payment.status() != PaymentStatus.PENDING
                                    && payment.status() != PaymentStatus.FAILED)
                            .map(PaymentPresenter::view)
                            .toList());
        });
    }

    private Instant receivedAt(LocalDate receivedOn) {
        return receivedAt(receivedOn, calendar.today(), calendar.tenant().zone(), context.now());
    }

    /**
     * When the bank credited it: now when no day or today is given, else the start of that day in the tenant's zone;
     * a future day is refused.
     */
    static Instant receivedAt(LocalDate receivedOn, LocalDate today, ZoneId zone, Instant now) {
        if (receivedOn == null || receivedOn.equals(today)) {
            return now;
        }
        if (receivedOn.isAfter(today)) {
            throw ProblemException.invalidField(
                    "receivedOn",
                    "no puede ser una fecha futura",
                    "La fecha de la transferencia no puede ser posterior a hoy (" + today + ").",
                    "The transfer date cannot be later than today (" + today + ").");
        }
        return receivedOn.atStartOfDay(zone).toInstant();
    }

    /** A positive amount with no more decimals than the currency has. */
    private static BigDecimal exact(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (amount == null
                || amount.signum() <= 0
                || amount.stripTrailingZeros().scale() > digits) {
            throw ProblemException.invalidField(
                    "amount",
                    "debe ser positivo con a lo más " + digits + " decimales",
                    "El monto debe ser positivo, con a lo más " + digits + " decimales en " + currency + ".",
                    "The amount must be positive, with at most " + digits + " decimals in " + currency + ".");
        }
        return amount.setScale(digits);
    }
}
