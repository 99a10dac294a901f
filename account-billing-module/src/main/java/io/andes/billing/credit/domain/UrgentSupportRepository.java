package io.andes.billing.credit.domain;

import io.andes.core.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/** The bound tenant's urgent support purchases and credit proposals; the proposals awaiting staff, of every tenant. */
public interface UrgentSupportRepository {

    /** Adds and writes it; a second purchase for the ticket or under the key fails with a 409. */
    void add(UrgentPurchase purchase);

    Optional<UrgentPurchase> purchaseByKey(String idempotencyKey);

    Optional<UrgentPurchase> purchaseOf(String ticketNumber);

    List<UrgentPurchase> purchases(int offset, int limit);

    long countPurchases();

    void add(CreditProposal proposal);

    Optional<CreditProposal> proposalOf(String ticketNumber);

    Optional<CreditProposal> proposal(String id);

    /** The proposal locked until the transaction ends. */
    Optional<CreditProposal> lockProposal(String id);

    /** Proposals of every tenant in {@code status}, oldest first. */
    List<ProposalRef> proposals(String status, int limit);

    /** A proposal with its tenant (read across tenants). */
    record ProposalRef(TenantId tenant, String id) {}
}
