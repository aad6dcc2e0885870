package vn.kstthc.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kstthc.public.rate-limit}: how often one client address may call {@code /public/**}
 * ({@link PublicRateLimitFilter}).
 *
 * @param requestsPerMinute the steady rate
 * @param burst requests accepted at once after a quiet time
 * @param maxClients addresses remembered at most (memory bound)
 */
@ConfigurationProperties("kstthc.public.rate-limit")
record PublicRateLimitProperties(
    @DefaultValue("60") int requestsPerMinute, @DefaultValue("20") int burst, @DefaultValue("10000") int maxClients) {}
