-- Demo subscriptions (dev run only): each demo tenant on its plan, monthly, in its currency, the current period from
-- the first day of the month of yesterday (UTC), so that it has begun in every demo tenant's time zone (all behind
-- UTC); later periods follow on their own. Idempotent: adds what is missing and overwrites nothing.

INSERT IGNORE INTO subscription (tenant_id, id, plan_code, billing_period, currency, period_start, period_end,
                                 created_at, updated_at)
SELECT t.id, UUID(), t.plan_code, 'MONTHLY', t.currency, DATE_FORMAT(UTC_DATE() - INTERVAL 1 DAY, '%Y-%m-01'),
       DATE_ADD(DATE_FORMAT(UTC_DATE() - INTERVAL 1 DAY, '%Y-%m-01'), INTERVAL 1 MONTH), UTC_TIMESTAMP(6),
       UTC_TIMESTAMP(6)
FROM tenant t
WHERE t.id IN ('inmobiliaria-sur', 'cafe-montana', 'ferreteria-norte');
