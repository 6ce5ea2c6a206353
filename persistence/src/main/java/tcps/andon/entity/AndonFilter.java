package tcps.andon.entity;

import java.time.Instant;

/**
 * Which Andon events a list asks for; every criterion is optional (null means any). {@code from} is inclusive and
 * {@code to} exclusive, both on the trigger time.
 */
public record AndonFilter(
        AndonStatus status, Severity severity, String skuId, Long workOrderId, Instant from, Instant to) {}
