package org.guanxi.team;

import java.time.LocalDate;

import org.guanxi.core.Named;

/**
 * A {@code KNOWS} tie seen from one of its ends.
 *
 * @param other the other end: a {@link org.guanxi.stakeholder.Person} or a {@link SalesRep}
 * @param strength 0..1
 * @param since when the tie began, may be null
 * @param outgoing true when the tie is recorded from this side ({@code (this)-[:KNOWS]->(other)})
 */
public record KnowsTie(Named other, double strength, LocalDate since, boolean outgoing) {
}
