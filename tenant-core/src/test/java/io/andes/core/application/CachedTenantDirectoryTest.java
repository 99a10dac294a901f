package io.andes.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.andes.core.api.EntitlementType;
import io.andes.core.api.TenantSummary;
import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.TaxId;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantProfile;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.domain.tenant.TestPlans;
import io.andes.core.infrastructure.Transactions;
import io.andes.core.tenancy.TenantId;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedTenantDirectoryTest {

    private static final TenantId ACME = new TenantId("acme");

    private final Transaction transaction = new Transaction();
    private final Rows rows = new Rows();
    private final CachedTenantDirectory directory = new CachedTenantDirectory();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T12:00:00Z"));

    {
        directory.tenants = rows;
        directory.transactions = new Transactions();
        directory.clock = clock;
        directory.registry = transaction;
    }

    @Test
    void answersFromTheCacheUntilForgotten() {
        assertThat(status()).isEqualTo("ACTIVE");
        rows.committed.suspend("Impago");
        assertThat(status()).isEqualTo("ACTIVE");

        directory.forget(ACME);

        assertThat(status()).isEqualTo("SUSPENDED");
        assertThat(rows.singleLoads).isEqualTo(2);
    }

    @Test
    void aLoadBetweenTheForgetAndTheCommitIsForgottenWhenTheTransactionEnds() {
        assertThat(status()).isEqualTo("ACTIVE");
        transaction.begin();
        directory.forget(ACME); // the cancellation's own transaction, not committed yet

        assertThat(status()).as("another request still reads the committed row").isEqualTo("ACTIVE");
        rows.committed.cancel("Término de contrato");
        transaction.commit();

        assertThat(status()).isEqualTo("CANCELLED");
    }

    @Test
    void aLoadThatTheCommitOvertakesIsNotKept() {
        transaction.begin();
        directory.forget(ACME);
        rows.duringNextLoad = () -> {
            // the load has read the row as it was; the cancellation commits before the load is cached
            rows.committed.cancel("Término de contrato");
            transaction.commit();
        };

        assertThat(status()).as("the answer of the load that began first").isEqualTo("ACTIVE");

        assertThat(status()).isEqualTo("CANCELLED");
    }

    @Test
    void theRefreshReloadsAnEntryInUseBeforeItExpiresSoRequestsNeverLoadIt() {
        assertThat(status()).isEqualTo("ACTIVE");
        rows.committed.suspend("Impago");

        for (int second = 0; second < 60; second++) {
            clock.pass(Duration.ofSeconds(1));
            if (second % 5 == 4) {
                directory.refresh();
            }
            String seen = status();
            assertThat(rows.singleLoads)
                    .as("requests never load the tenant themselves")
                    .isEqualTo(1);
            if (second >= 9) {
                assertThat(seen).as("seen within two refreshes").isEqualTo("SUSPENDED");
            }
        }
        assertThat(rows.batchLoads).isEqualTo(12);
    }

    @Test
    void anEntryNoRequestUsesIsDroppedInsteadOfRefreshed() {
        assertThat(status()).isEqualTo("ACTIVE");

        clock.pass(CachedTenantDirectory.IDLE.plusSeconds(1));
        directory.refresh();

        assertThat(rows.batchLoads).as("nothing reloaded for an idle tenant").isZero();
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(rows.singleLoads).as("loaded again on its next use").isEqualTo(2);
    }

    @Test
    void aRefreshThatAForgetOvertookKeepsNothing() {
        assertThat(status()).isEqualTo("ACTIVE");
        clock.pass(CachedTenantDirectory.REFRESH_AFTER.plusSeconds(1));
        rows.duringNextLoad = () -> {
            rows.committed.cancel("Término de contrato");
            directory.forget(ACME);
        };

        directory.refresh();

        assertThat(status()).isEqualTo("CANCELLED");
    }

    @Test
    void aForgetOutsideAnyTransactionNeedsNoCallback() {
        directory.forget(ACME);

        assertThat(transaction.synchronizations).isEmpty();
        assertThat(status()).isEqualTo("ACTIVE");
    }

    private String status() {
        return directory.find(ACME).map(TenantSummary::status).orElseThrow();
    }

    private static Tenant tenant() {
        return new Tenant(
                new TenantProfile(
                        ACME,
                        "Acme SpA",
                        TaxId.of(Country.CL, "76.086.428-5"),
                        Currency.getInstance("CLP"),
                        ZoneId.of("America/Santiago")),
                TestPlans.plan("pyme", "Pyme", Map.of(EntitlementType.USERS, 5)),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** The tenants table: each load reads the committed row as it is at that moment. */
    private static final class Rows implements TenantRepository {
        final Tenant committed = tenant();
        int singleLoads;
        int batchLoads;
        Runnable duringNextLoad;

        @Override
        public Optional<Tenant> find(TenantId id) {
            singleLoads++;
            return Optional.of(read());
        }

        private Tenant read() {
            TenantSummary read = CachedTenantDirectory.summary(committed);
            Tenant snapshot = tenant();
            if ("SUSPENDED".equals(read.status())) {
                snapshot.suspend("Impago");
            } else if ("CANCELLED".equals(read.status())) {
                snapshot.cancel("Término de contrato");
            }
            if (duringNextLoad != null) {
                Runnable during = duringNextLoad;
                duringNextLoad = null;
                during.run();
            }
            return snapshot;
        }

        @Override
        public List<Tenant> findAll(Collection<TenantId> ids) {
            batchLoads++;
            return ids.contains(ACME) ? List.of(read()) : List.of();
        }

        @Override
        public boolean existsTaxId(TaxId taxId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(Tenant tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Tenant> search(String text, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String text) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** One transaction of the caller, begun and committed by the test; synchronizations run at the commit. */
    private static final class Transaction implements TransactionSynchronizationRegistry {
        final List<Synchronization> synchronizations = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;

        void begin() {
            status = Status.STATUS_ACTIVE;
        }

        void commit() {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = Status.STATUS_COMMITTED;
            synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            synchronizations.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_ACTIVE ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
